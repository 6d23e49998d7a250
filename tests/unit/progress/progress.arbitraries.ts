/**
 * Generators of values that look like saved progress: mostly well formed, with a few fields
 * wrong, missing or extra. Random JSON would almost never be valid, so comparing two checks on it
 * would only show that both refuse nonsense; these reach the edges where rules could differ.
 */
import fc from 'fast-check';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Moments from years 0 to 9999, as `Date.prototype.toISOString` writes them. */
const isoFromDate: fc.Arbitrary<string> = fc
  .date({
    min: new Date('0000-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

/** Strings in the date-time format and near it: bad days, leap years, offsets, fractions. */
export const isoLike: fc.Arbitrary<string> = fc.oneof(
  isoFromDate,
  fc
    .record({
      year: fc.oneof(
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom(0, 100, 400, 1900, 2000, 2024, 2100),
      ),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 60 }),
      second: fc.integer({ min: 0, max: 60 }),
      fraction: fc.constantFrom('', '.', '.0', '.000', '.123456789', '.5'),
      zone: fc.constantFrom('Z', 'Z', 'z', '', '+00:00', '-05:30', 'Z '),
      separator: fc.constantFrom('T', 'T', 'T', 't', ' '),
    })
    .map(
      (p) =>
        `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}${p.separator}` +
        `${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}${p.fraction}${p.zone}`,
    ),
  fc.constantFrom(
    '2026-11-25T16:00Z',
    '2026-11-25',
    '+012026-11-25T16:00:00.000Z',
    '2026-11-25T16:00:00.000Z\n',
    '２026-11-25T16:00:00.000Z',
    '',
  ),
  fc.string({ maxLength: 30 }),
);

/** Strings that are slugs, nearly slugs, or keys with a special meaning in JavaScript. */
export const slugLike: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('-')),
  },
  fc.stringMatching(/^[a-zA-Z0-9_ -]{0,12}$/),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '-a',
    'a-',
    'a--b',
    'A',
    '0',
    '1.5',
    '-1',
    'trade-balance-2024',
  ),
  fc.string({ maxLength: 12 }),
);

/** Values that are not of the type a field wants, plus edge numbers. */
const oddValue: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  undefined,
  true,
  '1',
  [],
  {},
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_SAFE_INTEGER + 1,
);

const numberLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 0.5, 1, 1.5, 2, 3, 4, 5, 5.5, 6, 1e-9, 2 ** 53) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: oddValue },
);

/** Either a value from `arbitrary` or, now and then, something of the wrong type. */
const mostly = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: oddValue });

/** Builds an object with own properties, so a `__proto__` key becomes an ordinary key. */
const objectFrom = (entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> =>
  Object.fromEntries(entries);

/** Fields that are not part of the saved shape, to check they are dropped. */
const extraFields: fc.Arbitrary<Array<[string, unknown]>> = fc.array(
  fc.tuple(fc.constantFrom('note', 'score', '__proto__', 'constructor', 'box2'), fc.jsonValue()),
  { maxLength: 2 },
);

/** Objects shaped like an attempt, with fields sometimes wrong, missing or extra. */
export const attemptLike: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.record(
      {
        at: mostly(isoLike),
        earned: numberLike,
        total: numberLike,
        hintsUsed: numberLike,
      },
      { requiredKeys: [] },
    ),
    extraFields,
  )
  .map(([fields, extra]) => objectFrom([...Object.entries(fields), ...extra]));

/** A valid attempt, for entries that should mostly pass. */
const validAttempt = fc
  .record({
    at: isoFromDate,
    total: fc.integer({ min: 1, max: 5 }),
    hintsUsed: fc.integer({ min: 0, max: 3 }),
  })
  .chain((a) =>
    fc.integer({ min: 0, max: a.total }).map((earned) => ({
      at: a.at,
      earned,
      total: a.total,
      hintsUsed: a.hintsUsed,
    })),
  );

/** Mostly valid attempts, so that whole entries pass often enough to compare their output. */
const attemptOrValid = fc.oneof(
  { weight: 1, arbitrary: attemptLike },
  { weight: 8, arbitrary: validAttempt },
);

/** Objects shaped like one question's progress. */
export const entryLike: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.record(
      {
        attempts: fc.oneof(
          { weight: 6, arbitrary: fc.array(validAttempt, { minLength: 1, maxLength: 3 }) },
          { weight: 2, arbitrary: fc.array(attemptOrValid, { minLength: 0, maxLength: 22 }) },
          { weight: 1, arbitrary: oddValue },
        ),
        firstAttempt: fc.oneof(
          { weight: 1, arbitrary: attemptLike },
          { weight: 6, arbitrary: validAttempt },
        ),
        lastAnswered: fc.oneof(
          { weight: 6, arbitrary: isoFromDate },
          { weight: 1, arbitrary: isoLike },
        ),
        box: fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
          { weight: 1, arbitrary: numberLike },
        ),
        due: fc.oneof({ weight: 6, arbitrary: isoFromDate }, { weight: 1, arbitrary: isoLike }),
      },
      { requiredKeys: ['attempts', 'firstAttempt', 'lastAnswered', 'box', 'due'] },
    ),
    extraFields,
  )
  .map(([fields, extra]) => objectFrom([...Object.entries(fields), ...extra]));

/** Objects shaped like the whole saved value. */
export const progressLike: fc.Arbitrary<unknown> = fc
  .record({
    version: fc.oneof(
      { weight: 5, arbitrary: fc.constant(1) },
      { weight: 1, arbitrary: fc.constantFrom(0, 2, '1', 1.0000001) },
    ),
    questions: fc.oneof(
      {
        weight: 6,
        arbitrary: fc.array(fc.tuple(slugLike, entryLike), { maxLength: 3 }).map(objectFrom),
      },
      { weight: 1, arbitrary: oddValue },
    ),
    extra: extraFields,
  })
  .map(({ version, questions, extra }) =>
    objectFrom([['version', version], ['questions', questions], ...extra]),
  );
