import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  isIsoDateTime,
  LEITNER_BOX_COUNT,
  MAX_ATTEMPTS_KEPT,
  parseAttempt,
  parseProgress,
  parseQuestionProgress,
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  questionEntry,
} from '../../../src/logic/progress/schema';
import { isSlug } from '../../../src/logic/guards';
import { savedProgress } from './progress.testdata';

describe('the saved progress schema', () => {
  it('uses one versioned key and a separate backup key', () => {
    expect(PROGRESS_KEY).toBe('tde-progress');
    expect(PROGRESS_VERSION).toBe(1);
    expect(PROGRESS_BACKUP_KEY).not.toBe(PROGRESS_KEY);
  });

  it('accepts empty and real progress', () => {
    expect(parseProgress(emptyProgress())).toEqual({ version: 1, questions: {} });
    expect(parseProgress(savedProgress)).toEqual(savedProgress);
  });

  it.each([
    ['a box outside 1–5', { box: 6 }],
    ['a box of 0', { box: 0 }],
    ['a due date that is not a date', { due: 'tomorrow' }],
    ['no attempts', { attempts: [] }],
    [
      'more points earned than available',
      { firstAttempt: { at: '2026-11-23T09:00:00.000Z', earned: 2, total: 1, hintsUsed: 0 } },
    ],
  ])('refuses an entry with %s', (_, change) => {
    const entry = { ...savedProgress.questions['trade-balance-2024'], ...change };
    expect(parseProgress({ version: 1, questions: { 'trade-balance-2024': entry } })).toBeNull();
  });

  it('refuses question ids that are not slugs', () => {
    const entry = savedProgress.questions['trade-balance-2024'];
    expect(parseProgress({ version: 1, questions: { 'Not A Slug': entry } })).toBeNull();
  });

  it('never reads an inherited property as an entry', () => {
    expect(questionEntry(emptyProgress(), 'constructor')).toBeUndefined();
    expect(questionEntry(savedProgress, 'goods-or-services')?.box).toBe(2);
  });
});

const attempt = { at: '2026-11-23T09:00:00.000Z', earned: 1, total: 2, hintsUsed: 0 };
const entry = {
  attempts: [attempt],
  firstAttempt: attempt,
  lastAnswered: '2026-11-23T09:00:00.000Z',
  box: 1,
  due: '2026-11-24T09:00:00.000Z',
};

describe('isSlug', () => {
  it.each(['a', 'trade-balance-2024', '2024', 'a1-b2-c3', 'constructor'])('accepts %s', (id) => {
    expect(isSlug(id)).toBe(true);
  });

  it.each([
    '',
    'A',
    'Trade-balance',
    'trade_balance',
    'trade balance',
    '-trade',
    'trade-',
    'trade--balance',
    '__proto__',
    'é',
    'trade-balance\n',
  ])('refuses %j', (id) => {
    expect(isSlug(id)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    for (const value of [null, undefined, 1, ['a'], { a: 1 }]) expect(isSlug(value)).toBe(false);
  });
});

describe('isIsoDateTime', () => {
  it.each([
    '2026-11-25T16:00:00.000Z',
    '2026-11-25T16:00:00Z',
    '2026-11-25T16:00:00.1Z',
    '2026-11-25T16:00:00.123456Z',
    '2024-02-29T00:00:00.000Z',
    '2000-02-29T23:59:59.999Z',
    '0000-02-29T00:00:00.000Z',
    '1970-01-01T00:00:00.000Z',
  ])('accepts %s', (value) => {
    expect(isIsoDateTime(value)).toBe(true);
  });

  it.each([
    ['a date without a time', '2026-11-25'],
    ['no seconds', '2026-11-25T16:00Z'],
    ['no zone', '2026-11-25T16:00:00.000'],
    ['an offset instead of Z', '2026-11-25T16:00:00.000+00:00'],
    ['a lower-case z', '2026-11-25T16:00:00.000z'],
    ['a space instead of T', '2026-11-25 16:00:00.000Z'],
    ['an empty fraction', '2026-11-25T16:00:00.Z'],
    ['month 13', '2026-13-01T00:00:00.000Z'],
    ['month 0', '2026-00-01T00:00:00.000Z'],
    ['day 0', '2026-11-00T00:00:00.000Z'],
    ['31 November', '2026-11-31T00:00:00.000Z'],
    ['29 February in a common year', '2026-02-29T00:00:00.000Z'],
    ['29 February 1900 (not a leap year)', '1900-02-29T00:00:00.000Z'],
    ['hour 24', '2026-11-25T24:00:00.000Z'],
    ['minute 60', '2026-11-25T16:60:00.000Z'],
    ['a leap second', '2026-12-31T23:59:60.000Z'],
    ['an extended year', '+012026-11-25T16:00:00.000Z'],
    ['a trailing newline', '2026-11-25T16:00:00.000Z\n'],
    ['words', 'tomorrow'],
  ])('refuses %s', (_, value) => {
    expect(isIsoDateTime(value)).toBe(false);
  });

  it('refuses values that are not strings, even a Date', () => {
    for (const value of [null, 0, new Date(0), ['2026-11-25T16:00:00.000Z']]) {
      expect(isIsoDateTime(value)).toBe(false);
    }
  });
});

describe('parseAttempt', () => {
  it('returns a copy with only the known fields', () => {
    const input = { ...attempt, correct: true, note: 'extra' };
    const parsed = parseAttempt(input);
    expect(parsed).toEqual(attempt);
    expect(parsed).not.toBe(input);
    expect(Object.keys(parsed ?? {})).toEqual(['at', 'earned', 'total', 'hintsUsed']);
  });

  it('accepts half points, no points and full marks', () => {
    expect(parseAttempt({ ...attempt, earned: 0.5 })).not.toBeNull();
    expect(parseAttempt({ ...attempt, earned: 0 })).not.toBeNull();
    expect(parseAttempt({ ...attempt, earned: 2 })).not.toBeNull();
  });

  it.each([
    ['a missing date', { at: undefined }],
    ['a date that is a number', { at: 0 }],
    ['negative points', { earned: -1 }],
    ['more points earned than available', { earned: 3 }],
    ['points as text', { earned: '1' }],
    ['NaN points', { earned: Number.NaN }],
    ['infinite points available', { total: Number.POSITIVE_INFINITY }],
    ['no points available', { total: 0, earned: 0 }],
    ['negative hints', { hintsUsed: -1 }],
    ['half a hint', { hintsUsed: 0.5 }],
    ['an unsafe hint count', { hintsUsed: 2 ** 53 }],
    ['a hint count as text', { hintsUsed: '0' }],
  ])('refuses %s', (_, change) => {
    expect(parseAttempt({ ...attempt, ...change })).toBeNull();
  });

  it('refuses values that are not objects', () => {
    for (const value of [null, undefined, 'attempt', 1, [attempt]]) {
      expect(parseAttempt(value)).toBeNull();
    }
  });

  it('never takes a field from the prototype', () => {
    const { hintsUsed, ...rest } = attempt;
    const inherited: unknown = Object.assign(Object.create({ hintsUsed }), rest);
    expect(parseAttempt(inherited)).toBeNull();
  });
});

/** A list of three attempts with nothing at index 1, as a hand-edited file might hold. */
const withHole: unknown[] = [attempt];
withHole[2] = attempt;

describe('parseQuestionProgress', () => {
  it('returns a copy with only the known fields', () => {
    const parsed = parseQuestionProgress({
      ...entry,
      notes: 'extra',
      attempts: [{ ...attempt, x: 1 }],
    });
    expect(parsed).toEqual(entry);
    expect(Object.keys(parsed ?? {})).toEqual([
      'attempts',
      'firstAttempt',
      'lastAnswered',
      'box',
      'due',
    ]);
    expect(parsed?.attempts[0]).not.toHaveProperty('x');
  });

  it('accepts from 1 to MAX_ATTEMPTS_KEPT attempts and every box from 1 to 5', () => {
    const most = Array.from({ length: MAX_ATTEMPTS_KEPT }, () => attempt);
    expect(parseQuestionProgress({ ...entry, attempts: most })?.attempts).toHaveLength(
      MAX_ATTEMPTS_KEPT,
    );
    for (let box = 1; box <= LEITNER_BOX_COUNT; box += 1) {
      expect(parseQuestionProgress({ ...entry, box })?.box).toBe(box);
    }
  });

  it.each([
    [
      'too many attempts',
      { attempts: Array.from({ length: MAX_ATTEMPTS_KEPT + 1 }, () => attempt) },
    ],
    ['attempts that are not a list', { attempts: { 0: attempt } }],
    ['one damaged attempt among good ones', { attempts: [attempt, { ...attempt, total: -1 }] }],
    ['a hole in the attempts', { attempts: withHole }],
    ['no first attempt', { firstAttempt: undefined }],
    ['a damaged first attempt', { firstAttempt: { ...attempt, at: 'Monday' } }],
    ['a last-answered date that is not a date', { lastAnswered: 'yesterday' }],
    ['no due date', { due: undefined }],
    ['a box of 2.5', { box: 2.5 }],
    ['a box as text', { box: '1' }],
    ['no box', { box: undefined }],
  ])('refuses an entry with %s', (_, change) => {
    expect(parseQuestionProgress({ ...entry, ...change })).toBeNull();
  });

  it('refuses values that are not objects', () => {
    for (const value of [null, 'entry', 3, [entry]])
      expect(parseQuestionProgress(value)).toBeNull();
  });
});

describe('parseProgress', () => {
  it('returns a copy, not the value it was given', () => {
    const parsed = parseProgress(savedProgress);
    expect(parsed).toEqual(savedProgress);
    expect(parsed).not.toBe(savedProgress);
    expect(parsed?.questions).not.toBe(savedProgress.questions);
  });

  it('drops fields outside the saved shape', () => {
    expect(parseProgress({ version: 1, questions: {}, theme: 'dark' })).toEqual(emptyProgress());
  });

  it.each([
    ['no version', { questions: {} }],
    ['version 0', { version: 0, questions: {} }],
    ['version 2', { version: 2, questions: {} }],
    ['the version as text', { version: '1', questions: {} }],
    ['no questions', { version: 1 }],
    ['questions as a list', { version: 1, questions: [entry] }],
    ['questions as null', { version: 1, questions: null }],
    ['questions as a Map', { version: 1, questions: new Map([['a', entry]]) }],
  ])('refuses a value with %s', (_, value) => {
    expect(parseProgress(value)).toBeNull();
  });

  it('refuses values that are not objects', () => {
    for (const value of [null, undefined, '{}', 1, []]) expect(parseProgress(value)).toBeNull();
  });

  it('skips a __proto__ key without touching the result’s prototype', () => {
    const raw: unknown = JSON.parse(
      `{"version":1,"questions":{"__proto__":{"polluted":true},"a":${JSON.stringify(entry)}}}`,
    );
    const parsed = parseProgress(raw);
    expect(parsed).toEqual({ version: 1, questions: { a: entry } });
    expect(Object.getPrototypeOf(parsed?.questions)).toBe(Object.prototype);
    expect(Object.keys(parsed?.questions ?? {})).toEqual(['a']);
    expect({}).not.toHaveProperty('polluted');
  });

  it('reads a question called "constructor" as an ordinary entry', () => {
    const raw: unknown = JSON.parse(
      `{"version":1,"questions":{"constructor":${JSON.stringify(entry)}}}`,
    );
    expect(questionEntry(parseProgress(raw) ?? emptyProgress(), 'constructor')).toEqual(entry);
  });

  it('refuses an entry under a key such as "toString", which is not a slug', () => {
    expect(parseProgress({ version: 1, questions: { toString: entry } })).toBeNull();
  });

  it('never reads inherited questions or fields', () => {
    const questions: unknown = Object.create({ a: entry });
    expect(parseProgress({ version: 1, questions })).toEqual(emptyProgress());
    const inheritedVersion: unknown = Object.assign(Object.create({ version: 1 }), {
      questions: {},
    });
    expect(parseProgress(inheritedVersion)).toBeNull();
  });

  it('accepts questions in an object with no prototype', () => {
    const questions: unknown = Object.assign(Object.create(null), { a: entry });
    expect(parseProgress({ version: 1, questions })).toEqual({
      version: 1,
      questions: { a: entry },
    });
  });
});
