/**
 * The one entry point the quiz island calls. `validateResponse` says whether an answer can be
 * scored yet; `scoreResponse` says how right it is. Both take whatever the island holds, check
 * its shape first and never throw: a malformed or mismatched response is `invalid`, with a
 * message the reader can act on.
 */
import type { Question } from '../../schemas/quiz';
import { scoreClassify } from './classify/score';
import { validateClassify } from './classify/validate';
import { scoreMulti } from './multi/score';
import { validateMulti } from './multi/validate';
import { scoreNumeric } from './numeric/score';
import { validateNumeric } from './numeric/validate';
import { scoreOrder } from './order/score';
import { validateOrder } from './order/validate';
import { readResponse } from './response';
import { scoreSingle } from './single/score';
import { validateSingle } from './single/validate';
import type { Score, ScoreContext, Validation } from './types';
import { invalid, UNREADABLE_RESPONSE_MESSAGE, WRONG_KIND_MESSAGE } from './validation';

/** Whether `response` (normally a `QuizResponse`) is a complete, well-formed answer. */
export function validateResponse(question: Question, response: unknown): Validation {
  const read = readResponse(response);
  if (read === null) return invalid(UNREADABLE_RESPONSE_MESSAGE);
  if (question.type === 'single' && read.type === 'single') return validateSingle(question, read);
  if (question.type === 'multi' && read.type === 'multi') return validateMulti(question, read);
  if (question.type === 'numeric' && read.type === 'numeric') {
    return validateNumeric(question, read);
  }
  if (question.type === 'classify' && read.type === 'classify') {
    return validateClassify(question, read);
  }
  if (question.type === 'order' && read.type === 'order') return validateOrder(question, read);
  return invalid(WRONG_KIND_MESSAGE);
}

/** How right `response` (normally a `QuizResponse`) is, given how many hints were opened. */
export function scoreResponse(
  question: Question,
  response: unknown,
  context: ScoreContext = {},
): Score {
  const read = readResponse(response);
  if (read === null) return invalid(UNREADABLE_RESPONSE_MESSAGE);
  if (question.type === 'single' && read.type === 'single') {
    return scoreSingle(question, read, context);
  }
  if (question.type === 'multi' && read.type === 'multi') {
    return scoreMulti(question, read, context);
  }
  if (question.type === 'numeric' && read.type === 'numeric') {
    return scoreNumeric(question, read, context);
  }
  if (question.type === 'classify' && read.type === 'classify') {
    return scoreClassify(question, read, context);
  }
  if (question.type === 'order' && read.type === 'order') {
    return scoreOrder(question, read, context);
  }
  return invalid(WRONG_KIND_MESSAGE);
}
