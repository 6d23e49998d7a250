import type { MultiQuestion } from '../../../schemas/quiz';
import type { MultiResponse } from '../response';
import type { Validation } from '../types';
import { firstRepeatedId, invalid, UNKNOWN_OPTION_MESSAGE, VALID } from '../validation';

/**
 * A multiple-choice answer is complete once at least one option is ticked. Every question has
 * a right option, so an empty answer is never right and is better read as "not yet answered".
 */
export function validateMulti(question: MultiQuestion, response: MultiResponse): Validation {
  if (response.choiceIds.length === 0) return invalid('Tick at least one answer first.');
  const known = new Set(question.choices.map((choice) => choice.id));
  if (!response.choiceIds.every((id) => known.has(id))) return invalid(UNKNOWN_OPTION_MESSAGE);
  if (firstRepeatedId(response.choiceIds) !== null) {
    return invalid('An answer was ticked twice. Reload the page and try again.');
  }
  return VALID;
}
