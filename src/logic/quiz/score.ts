/**
 * The one entry point the quiz island calls. `scoreResponse` says how right an answer is, or why
 * it cannot be scored yet; `validateResponse` says only the second. Both take whatever the
 * island holds, check its shape first and never throw: a malformed or mismatched response is
 * `invalid`, with a message the reader can act on.
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
import type { QuizResponse, Score, ScoreContext, Validation } from './types';
import { invalid, UNREADABLE_RESPONSE_MESSAGE, WRONG_KIND_MESSAGE } from './validation';

type QuestionType = Question['type'];
type QuestionOf<T extends QuestionType> = Extract<Question, { readonly type: T }>;
type ResponseOf<T extends QuestionType> = Extract<QuizResponse, { readonly type: T }>;

/** What one type of question needs to be marked: is the answer complete, and how right is it. */
interface Scoring<T extends QuestionType> {
  readonly validate: (question: QuestionOf<T>, response: ResponseOf<T>) => Validation;
  readonly score: (
    question: QuestionOf<T>,
    response: ResponseOf<T>,
    context: ScoreContext,
  ) => Score;
}

/**
 * Each question type and its scorer. Keyed by type so that a new type of question fails to
 * compile until it has both functions, and so that a scorer can only be handed its own type.
 */
export const scoringByType: { readonly [T in QuestionType]: Scoring<T> } = {
  single: { validate: validateSingle, score: scoreSingle },
  multi: { validate: validateMulti, score: scoreMulti },
  numeric: { validate: validateNumeric, score: scoreNumeric },
  classify: { validate: validateClassify, score: scoreClassify },
  order: { validate: validateOrder, score: scoreOrder },
};

// Both checks hold exactly when `question.type === type` and `response.type === type`; written as
// type guards so that TypeScript can pair a question with its scorer without a cast.
function isQuestionOf<T extends QuestionType>(
  type: T,
  question: Question,
): question is QuestionOf<T> {
  return question.type === type;
}

function isResponseOf<T extends QuestionType>(
  type: T,
  response: QuizResponse,
): response is ResponseOf<T> {
  return response.type === type;
}

/** Runs `mark` with the question's own scorer, or says the response is for another type. */
function withScoring<T extends QuestionType, R>(
  type: T,
  question: Question,
  response: unknown,
  mark: (scoring: Scoring<T>, question: QuestionOf<T>, response: ResponseOf<T>) => R,
): R | Extract<Validation, { type: 'invalid' }> {
  const read = readResponse(response);
  if (read === null) return invalid(UNREADABLE_RESPONSE_MESSAGE);
  if (!isQuestionOf(type, question) || !isResponseOf(type, read)) {
    return invalid(WRONG_KIND_MESSAGE);
  }
  return mark(scoringByType[type], question, read);
}

/** Whether `response` (normally a `QuizResponse`) is a complete, well-formed answer. */
export function validateResponse(question: Question, response: unknown): Validation {
  return withScoring(question.type, question, response, (scoring, typed, read) =>
    scoring.validate(typed, read),
  );
}

/**
 * How right `response` (normally a `QuizResponse`) is, given how many hints were opened. An
 * answer that is not complete yet is `invalid` with the same message `validateResponse` gives,
 * so this is the only call a quiz needs.
 */
export function scoreResponse(
  question: Question,
  response: unknown,
  context: ScoreContext = {},
): Score {
  return withScoring(question.type, question, response, (scoring, typed, read) =>
    scoring.score(typed, read, context),
  );
}
