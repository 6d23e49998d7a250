/**
 * The hand-written validators in src/logic/progress/schema.ts replaced zod schemas, to keep zod
 * out of the browser, and were meant to change no behaviour. This file keeps those zod schemas
 * as a reference (tests never reach the browser, so zod costs nothing here) and checks, on
 * generated values near the edges of every rule, that both accept the same values and return
 * the same result, down to the order of keys. The slug rule is also checked against the site's
 * shared `slugSchema`, which src/logic/guards.ts copies instead of importing.
 */
import { z } from 'astro/zod';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  isIsoDateTime,
  LEITNER_BOX_COUNT,
  MAX_ATTEMPTS_KEPT,
  parseAttempt,
  parseProgress,
  parseQuestionProgress,
  PROGRESS_VERSION,
} from '../../../src/logic/progress/schema';
import { isSlug } from '../../../src/logic/guards';
import { slugSchema } from '../../../src/schemas/shared';
import { attemptLike, entryLike, isoLike, progressLike, slugLike } from './progress.arbitraries';

/** The schemas as they stood before the rewrite. */
const isoDateTimeSchema = z.iso.datetime();
const attemptSchema = z
  .object({
    at: isoDateTimeSchema,
    earned: z.number().nonnegative(),
    total: z.number().positive(),
    hintsUsed: z.int().nonnegative(),
  })
  .refine((attempt) => attempt.earned <= attempt.total);
const questionProgressSchema = z.object({
  attempts: z.array(attemptSchema).min(1).max(MAX_ATTEMPTS_KEPT),
  firstAttempt: attemptSchema,
  lastAnswered: isoDateTimeSchema,
  box: z.int().min(1).max(LEITNER_BOX_COUNT),
  due: isoDateTimeSchema,
});
const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  questions: z.record(slugSchema, questionProgressSchema),
});

const RUNS = { numRuns: 2000 };

/** Both refuse, or both accept and return equal values with their keys in the same order. */
function expectSameResult(
  reference: { success: true; data: unknown } | { success: false },
  parsed: unknown,
): void {
  expect(parsed !== null).toBe(reference.success);
  if (reference.success) {
    expect(isDeepStrictEqual(parsed, reference.data)).toBe(true);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(reference.data));
  }
}

describe('the validators agree with the zod schemas they replaced', () => {
  it('on slugs', () => {
    fc.assert(
      fc.property(slugLike, (id) => {
        expect(isSlug(id)).toBe(slugSchema.safeParse(id).success);
      }),
      RUNS,
    );
  });

  it('on ISO date-times', () => {
    fc.assert(
      fc.property(isoLike, (value) => {
        expect(isIsoDateTime(value)).toBe(isoDateTimeSchema.safeParse(value).success);
      }),
      RUNS,
    );
  });

  it('on attempts', () => {
    fc.assert(
      fc.property(attemptLike, (value) => {
        expectSameResult(attemptSchema.safeParse(value), parseAttempt(value));
      }),
      RUNS,
    );
  });

  it('on one question’s progress', () => {
    fc.assert(
      fc.property(entryLike, (value) => {
        expectSameResult(questionProgressSchema.safeParse(value), parseQuestionProgress(value));
      }),
      RUNS,
    );
  });

  it('on the whole saved value', () => {
    fc.assert(
      fc.property(progressLike, (value) => {
        expectSameResult(progressSchema.safeParse(value), parseProgress(value));
      }),
      RUNS,
    );
  });

  it('on records that are not plain data or have unusual keys', () => {
    const entry = {
      attempts: [{ at: '2026-11-23T09:00:00.000Z', earned: 1, total: 1, hintsUsed: 0 }],
      firstAttempt: { at: '2026-11-23T09:00:00.000Z', earned: 1, total: 1, hintsUsed: 0 },
      lastAnswered: '2026-11-23T09:00:00.000Z',
      box: 2,
      due: '2026-11-25T09:00:00.000Z',
    };
    const questions: unknown[] = [
      JSON.parse(`{"__proto__":${JSON.stringify(entry)}}`),
      JSON.parse(`{"constructor":${JSON.stringify(entry)}}`),
      Object.assign(Object.create(null), { a: entry }),
      Object.create({ a: entry }),
      Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }),
      { [Symbol('id')]: entry },
      { constructor: Object },
      new Map(),
      new Date(0),
      [],
    ];
    for (const value of questions) {
      const whole = { version: 1, questions: value };
      expectSameResult(progressSchema.safeParse(whole), parseProgress(whole));
    }
  });
});
