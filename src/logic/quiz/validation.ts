/** Building blocks shared by the `validate…` functions, and the messages readers see. */
import type { Validation } from './types';

export const VALID: Validation = { type: 'valid' };

export function invalid(message: string): Validation & { type: 'invalid' } {
  return { type: 'invalid', message };
}

/**
 * Shown when a response names an option the question does not have. A reader cannot cause
 * this through the page, so the likely cause is a page that changed since it was loaded.
 */
export const UNKNOWN_OPTION_MESSAGE =
  'That answer does not match this question. Reload the page and try again.';

/** Shown when the response is not an answer at all (a wrong shape, or something else). */
export const UNREADABLE_RESPONSE_MESSAGE =
  'We could not read that answer. Reload the page and try again.';

/** Shown when the response is for another kind of question, such as ticks for a number. */
export const WRONG_KIND_MESSAGE =
  'That answer is for a different kind of question. Reload the page and try again.';

// In a module of its own so that the quiz-file reader, which every quiz loads before its first
// question, can use it without pulling this file's messages out of the scorer's chunk.
export { firstRepeatedId } from './first-repeated-id';

/**
 * A value the record holds itself, not one inherited from `Object.prototype`: an item whose id
 * is "constructor" must not be read as placed just because every object has a constructor.
 */
export function ownEntry<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
