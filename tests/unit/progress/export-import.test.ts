import { describe, expect, it } from 'vitest';
import {
  exportProgress,
  IMPORT_DAMAGED_REASON,
  IMPORT_NEWER_REASON,
  IMPORT_NOT_JSON_REASON,
  IMPORT_OTHER_APP_REASON,
  IMPORT_TOO_LARGE_REASON,
  importProgress,
  MAX_IMPORT_BYTES,
  progressFileName,
} from '../../../src/logic/progress/export-import';
import { emptyProgress } from '../../../src/logic/progress/schema';
import { MONDAY, savedProgress, WEDNESDAY } from './progress.testdata';

/** An exported file with some header fields or entries changed. */
const fileWith = (changes: Record<string, unknown>) =>
  JSON.stringify({
    app: 'trade-deficits-explained',
    version: 1,
    exportedAt: WEDNESDAY.toISOString(),
    questions: savedProgress.questions,
    ...changes,
  });

describe('exportProgress', () => {
  it('writes a header naming the site, the version and the date', () => {
    const file: unknown = JSON.parse(exportProgress(savedProgress, WEDNESDAY));
    expect(file).toEqual({
      app: 'trade-deficits-explained',
      version: 1,
      exportedAt: '2026-11-25T09:00:00.000Z',
      questions: savedProgress.questions,
    });
  });

  it('suggests a dated file name', () => {
    expect(progressFileName(MONDAY)).toBe('trade-deficits-explained-progress-2026-11-23.json');
  });
});

describe('importProgress', () => {
  it('loads back what was exported', () => {
    expect(importProgress(exportProgress(savedProgress, WEDNESDAY))).toEqual({
      ok: true,
      progress: savedProgress,
    });
    expect(importProgress(exportProgress(emptyProgress(), WEDNESDAY))).toEqual({
      ok: true,
      progress: emptyProgress(),
    });
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(importProgress(`\uFEFF${exportProgress(savedProgress, WEDNESDAY)}`).ok).toBe(true);
  });

  it.each([
    ['plain text', 'my answers', IMPORT_NOT_JSON_REASON],
    ['an empty file', '', IMPORT_NOT_JSON_REASON],
    [
      'another app’s file',
      '{"app":"flashcards","version":1,"questions":{}}',
      IMPORT_OTHER_APP_REASON,
    ],
    [
      'the raw stored value, without a header',
      JSON.stringify(savedProgress),
      IMPORT_OTHER_APP_REASON,
    ],
    ['a JSON list', '[1,2,3]', IMPORT_OTHER_APP_REASON],
    ['a file from a newer version', fileWith({ version: 2 }), IMPORT_NEWER_REASON],
    ['a file with no date', fileWith({ exportedAt: undefined }), IMPORT_DAMAGED_REASON],
    ['a file with an unknown version', fileWith({ version: 'one' }), IMPORT_DAMAGED_REASON],
  ])('refuses %s with a reason', (_, text, reason) => {
    expect(importProgress(text)).toEqual({ ok: false, reason });
  });

  it('refuses a file with a damaged entry, naming the question', () => {
    const result = importProgress(
      fileWith({ questions: { ...savedProgress.questions, 'goods-or-services': { box: 12 } } }),
    );
    expect(result).toEqual({
      ok: false,
      reason:
        'This progress file is damaged: the saved answers for the question “goods-or-services” cannot be read. Your current progress has not changed.',
    });
  });

  it('refuses files over 1 MB, counted in bytes', () => {
    expect(importProgress(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      reason: IMPORT_TOO_LARGE_REASON,
    });
    // 400,000 three-byte characters is 1.2 MB though only 400,000 characters long.
    const wide = fileWith({ note: '€'.repeat(400_000) });
    expect(importProgress(wide)).toEqual({ ok: false, reason: IMPORT_TOO_LARGE_REASON });
  });
});

describe('importProgress checks the file header', () => {
  it.each([
    ['a date that is not an ISO date-time', fileWith({ exportedAt: '25/11/2026' })],
    ['a date with an offset', fileWith({ exportedAt: '2026-11-25T09:00:00.000+01:00' })],
    ['an older, unknown version', fileWith({ version: 0 })],
    ['no version', fileWith({ version: undefined })],
    ['questions as a list', fileWith({ questions: [] })],
    ['questions as null', fileWith({ questions: null })],
    ['questions as text', fileWith({ questions: '{}' })],
    ['no questions', fileWith({ questions: undefined })],
  ])('refuses a file with %s as damaged', (_, text) => {
    expect(importProgress(text)).toEqual({ ok: false, reason: IMPORT_DAMAGED_REASON });
  });

  it('ignores header fields it does not know, such as a note', () => {
    expect(importProgress(fileWith({ note: 'Homework for Ms Patel' }))).toEqual({
      ok: true,
      progress: savedProgress,
    });
  });

  it('drops fields it does not know from the entries', () => {
    const entry = savedProgress.questions['goods-or-services'];
    const result = importProgress(
      fileWith({ questions: { 'goods-or-services': { ...entry, teacherNote: 'good' } } }),
    );
    expect(result).toEqual({
      ok: true,
      progress: { version: 1, questions: { 'goods-or-services': entry } },
    });
  });

  it('skips a __proto__ entry without changing any prototype, as before', () => {
    const entry = JSON.stringify(savedProgress.questions['goods-or-services']);
    const text = `{"app":"trade-deficits-explained","version":1,"exportedAt":"2026-11-25T09:00:00.000Z","questions":{"__proto__":{"polluted":true},"goods-or-services":${entry}}}`;
    const result = importProgress(text);
    expect(result.ok && Object.keys(result.progress.questions)).toEqual(['goods-or-services']);
    expect(result.ok && Object.getPrototypeOf(result.progress.questions)).toBe(Object.prototype);
    expect({}).not.toHaveProperty('polluted');
  });

  it('refuses an entry under a key that is not a slug, naming it', () => {
    const entry = savedProgress.questions['goods-or-services'];
    expect(importProgress(fileWith({ questions: { toString: entry } }))).toEqual({
      ok: false,
      reason:
        'This progress file is damaged: the saved answers for the question “toString” cannot be read. Your current progress has not changed.',
    });
  });
});
