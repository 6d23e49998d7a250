import type { SingleQuestion } from '../../../schemas/quiz';
import type { SingleResponse } from '../response';
import type { Validation } from '../types';
import { invalid, UNKNOWN_OPTION_MESSAGE, VALID } from '../validation';

/** A single-choice answer is complete once one of the question's own choices is picked. */
export function validateSingle(question: SingleQuestion, response: SingleResponse): Validation {
  if (response.choiceId === null || response.choiceId === '') {
    return invalid('Choose an answer first.');
  }
  if (!question.choices.some((choice) => choice.id === response.choiceId)) {
    return invalid(UNKNOWN_OPTION_MESSAGE);
  }
  return VALID;
}
