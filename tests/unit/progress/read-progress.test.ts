import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NEWER_PROGRESS_NOTICE,
  PARTLY_READABLE_PROGRESS_NOTICE,
  readProgress,
  serializeProgress,
  UNREADABLE_PROGRESS_NOTICE,
} from '../../../src/logic/progress/read-progress';
import { emptyProgress } from '../../../src/logic/progress/schema';
import { savedProgress } from './progress.testdata';

describe('readProgress', () => {
  it('starts fresh, silently, when nothing is saved', () => {
    expect(readProgress(null)).toEqual({ progress: emptyProgress(), notice: null, setAside: null });
    expect(readProgress('  ')).toEqual({ progress: emptyProgress(), notice: null, setAside: null });
  });

  it('reads back what serializeProgress wrote', () => {
    expect(readProgress(serializeProgress(savedProgress))).toEqual({
      progress: savedProgress,
      notice: null,
      setAside: null,
    });
  });

  it.each([
    ['corrupt JSON', '{"version":1,"questions":{'],
    ['a bare number', '42'],
    ['an array', '[]'],
    ['JSON null', 'null'],
    ['another app’s object', '{"theme":"dark","fontSize":16}'],
    ['an older, unknown version', '{"version":0,"questions":{}}'],
    ['questions that are not an object', '{"version":1,"questions":[]}'],
  ])('sets %s aside and tells the reader', (_, raw) => {
    expect(readProgress(raw)).toEqual({
      progress: emptyProgress(),
      notice: UNREADABLE_PROGRESS_NOTICE,
      setAside: raw,
    });
  });

  it('sets progress from a newer version aside with its own notice', () => {
    const raw = JSON.stringify({ ...savedProgress, version: 2 });
    expect(readProgress(raw)).toEqual({
      progress: emptyProgress(),
      notice: NEWER_PROGRESS_NOTICE,
      setAside: raw,
    });
  });

  it('keeps the readable entries when only some are damaged', () => {
    const raw = JSON.stringify({
      version: 1,
      questions: {
        ...savedProgress.questions,
        broken: { box: 'seven' },
        'Bad Id': savedProgress.questions['goods-or-services'],
      },
    });
    expect(readProgress(raw)).toEqual({
      progress: savedProgress,
      notice: PARTLY_READABLE_PROGRESS_NOTICE,
      setAside: raw,
    });
  });

  it('sets everything aside when no entry is readable', () => {
    const raw = '{"version":1,"questions":{"a":{"box":9}}}';
    expect(readProgress(raw).notice).toBe(UNREADABLE_PROGRESS_NOTICE);
  });

  it('never throws and always returns valid progress, whatever is in storage', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const result = readProgress(raw);
          expect(result.progress.version).toBe(1);
          expect(result.notice === null).toBe(result.setAside === null);
          if (result.setAside !== null) expect(result.setAside).toBe(raw);
        },
      ),
      { numRuns: 500 },
    );
  });
});
