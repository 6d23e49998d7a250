import type { MultiQuestion } from '../../../schemas/quiz';
import { fullMarks } from '../full-marks';
import { applyHintRule } from '../hints';
import { countOf } from '../points';
import type { MultiResponse } from '../response';
import type { FeedbackLine, Score, ScoreContext } from '../types';
import { quoted } from '../wording';
import { validateMulti } from './validate';

/**
 * Partial credit for "tick all that apply". The total is the number of right options; each
 * right tick earns a point and each wrong tick takes one away, never below zero. Taking points
 * away is what stops "tick everything" from earning full marks.
 *
 * Feedback follows the order of the reader's ticks (the order they saw the options in), then
 * says how many right options were left unticked, without naming them.
 */
export function scoreMulti(
  question: MultiQuestion,
  response: MultiResponse,
  context: ScoreContext = {},
): Score {
  const validation = validateMulti(question, response);
  if (validation.type === 'invalid') return validation;

  const choicesById = new Map(question.choices.map((choice) => [choice.id, choice]));
  const total = fullMarks(question);
  let rightTicks = 0;
  let wrongTicks = 0;
  const feedback: FeedbackLine[] = [];
  for (const id of response.choiceIds) {
    const choice = choicesById.get(id);
    if (!choice) continue;
    if (choice.correct) rightTicks += 1;
    else wrongTicks += 1;
    feedback.push({
      tone: choice.correct ? 'correct' : 'incorrect',
      text:
        choice.feedback ??
        (choice.correct
          ? `Yes: ${quoted(choice.text)} is one of the right answers.`
          : `${quoted(choice.text)} is not one of the right answers.`),
    });
  }

  const missed = total - rightTicks;
  if (missed > 0) {
    feedback.push({
      tone: 'partial',
      text: `You left out ${countOf(missed, 'right answer')}.`,
    });
  }
  if (wrongTicks > 0) {
    feedback.push({ tone: 'info', text: 'Each wrong tick takes one point away.' });
  }
  return applyHintRule(
    question,
    { earned: Math.max(0, rightTicks - wrongTicks), total, feedback },
    context,
  );
}
