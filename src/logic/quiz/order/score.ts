import type { OrderQuestion } from '../../../schemas/quiz';
import { fullMarks } from '../full-marks';
import { applyHintRule } from '../hints';
import type { OrderResponse } from '../response';
import type { FeedbackLine, Score, ScoreContext } from '../types';
import { quoted } from '../wording';
import { validateOrder } from './validate';

/**
 * Partial credit for an ordering, counted in pairs (Kendall's tau, as points): each of the
 * n(n−1)/2 pairs of items earns a point when the two are in the right order relative to each
 * other. Swapping two neighbours costs one point; reversing the list costs them all. Counting
 * positions instead would punish one early slip with every later item, however well ordered.
 */
export function scoreOrder(
  question: OrderQuestion,
  response: OrderResponse,
  context: ScoreContext = {},
): Score {
  const validation = validateOrder(question, response);
  if (validation.type === 'invalid') return validation;

  const rightPlace = new Map(question.items.map((item, index) => [item.id, index]));
  const ranks = response.itemIds.map((id) => rightPlace.get(id) ?? 0);
  const outOfOrder = ranks.map(() => 0);
  let earned = 0;
  for (let i = 0; i < ranks.length; i += 1) {
    for (let j = i + 1; j < ranks.length; j += 1) {
      if ((ranks[i] ?? 0) < (ranks[j] ?? 0)) {
        earned += 1;
      } else {
        outOfOrder[i] = (outOfOrder[i] ?? 0) + 1;
        outOfOrder[j] = (outOfOrder[j] ?? 0) + 1;
      }
    }
  }
  const total = fullMarks(question);
  const feedback: FeedbackLine[] = [];
  if (earned === total) {
    feedback.push({ tone: 'correct', text: 'Every item is in the right place.' });
  } else {
    feedback.push({
      tone: earned === 0 ? 'incorrect' : 'partial',
      text: `${earned} of ${total} pairs of items are in the right order. Each pair in the right order earns a point.`,
    });
    const worst = furthestOutOfPlace(outOfOrder);
    const worstItem = question.items.find((item) => item.id === response.itemIds[worst]);
    if (worstItem) {
      feedback.push({
        tone: 'info',
        text: `Look again at ${quoted(worstItem.text)}: it is the furthest out of place. The list runs from ${question.firstLabel} to ${question.lastLabel}.`,
      });
    }
  }
  return applyHintRule(question, { earned, total, feedback }, context);
}

/** The position of the item in the most wrongly ordered pairs (the first, on a tie). */
function furthestOutOfPlace(outOfOrder: readonly number[]): number {
  let worst = 0;
  outOfOrder.forEach((count, index) => {
    if (count > (outOfOrder[worst] ?? 0)) worst = index;
  });
  return worst;
}
