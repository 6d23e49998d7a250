import type { SingleQuestion } from '../../../schemas/quiz';
import { fullMarks } from '../full-marks';
import { applyHintRule } from '../hints';
import type { SingleResponse } from '../response';
import type { Score, ScoreContext } from '../types';
import { invalid, UNKNOWN_OPTION_MESSAGE } from '../validation';
import { validateSingle } from './validate';

export const SINGLE_RIGHT_DEFAULT = 'That is right.';
export const SINGLE_WRONG_DEFAULT = 'Read the choices again and try once more.';

/** One point for the right choice; the feedback is what the author wrote for the pick. */
export function scoreSingle(
  question: SingleQuestion,
  response: SingleResponse,
  context: ScoreContext = {},
): Score {
  const validation = validateSingle(question, response);
  if (validation.type === 'invalid') return validation;
  const picked = question.choices.find((choice) => choice.id === response.choiceId);
  if (!picked) return invalid(UNKNOWN_OPTION_MESSAGE);
  const text = picked.feedback ?? (picked.correct ? SINGLE_RIGHT_DEFAULT : SINGLE_WRONG_DEFAULT);
  return applyHintRule(
    question,
    {
      earned: picked.correct ? 1 : 0,
      total: fullMarks(question),
      feedback: [{ tone: picked.correct ? 'correct' : 'incorrect', text }],
    },
    context,
  );
}
