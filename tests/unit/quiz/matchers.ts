/**
 * Domain matchers for scores, so tests read like the rules they check:
 * `expect(scoreMulti(question, response)).toBeScoredAs({ earned: 2, total: 3 })`.
 * Import this file (for its side effect) from any test that uses them.
 */
import { expect } from 'vitest';
import type { Score, Validation } from '../../../src/logic/quiz/types';

export interface ExpectedPoints {
  readonly earned: number;
  readonly total: number;
  /** Checked only when given: whether the score counts as full marks. */
  readonly correct?: boolean;
}

/** Only what the scorer returns can be scored or invalid; anything else is a type error. */
type ScorerMatcher<R, T, Args extends unknown[]> = T extends Score | Validation
  ? (...args: Args) => R
  : never;

declare module 'vitest' {
  interface Assertion<R, T> {
    /** Passes when the value is a `points` score with exactly this `earned` and `total`. */
    toBeScoredAs: ScorerMatcher<R, T, [expected: ExpectedPoints]>;
    /** Passes when the value is an `invalid` score or validation, optionally with this message. */
    toBeInvalid: ScorerMatcher<R, T, [message?: string | RegExp]>;
  }
}

function isScore(value: unknown): value is Score {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    (value.type === 'points' || value.type === 'invalid')
  );
}

/** The message of an `invalid` score or validation, or null for anything else. */
function invalidMessage(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (!('type' in value) || value.type !== 'invalid') return null;
  if (!('message' in value) || typeof value.message !== 'string') return null;
  return value.message;
}

expect.extend({
  toBeScoredAs(received: unknown, expected: ExpectedPoints) {
    const shown = this.utils.stringify(received);
    if (!isScore(received) || received.type !== 'points') {
      return {
        pass: false,
        message: () =>
          `expected a points score of ${expected.earned}/${expected.total}, got ${shown}`,
      };
    }
    const pass =
      received.earned === expected.earned &&
      received.total === expected.total &&
      (expected.correct === undefined || received.correct === expected.correct);
    return {
      pass,
      message: () =>
        pass
          ? `expected a score other than ${expected.earned}/${expected.total}`
          : `expected ${expected.earned}/${expected.total}${expected.correct === undefined ? '' : ` (correct: ${expected.correct})`}, got ${received.earned}/${received.total} (correct: ${received.correct})`,
      actual: { earned: received.earned, total: received.total, correct: received.correct },
      expected,
    };
  },
  toBeInvalid(received: unknown, message?: string | RegExp) {
    const shown = this.utils.stringify(received);
    const actualMessage = invalidMessage(received);
    const messageMatches =
      actualMessage !== null &&
      (message === undefined ||
        (typeof message === 'string' ? actualMessage === message : message.test(actualMessage)));
    const pass = messageMatches;
    return {
      pass,
      message: () =>
        pass
          ? `expected ${shown} not to be invalid`
          : `expected an invalid result${message === undefined ? '' : ` with message ${String(message)}`}, got ${shown}`,
    };
  },
});
