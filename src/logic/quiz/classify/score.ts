import type { ClassifyQuestion } from '../../../schemas/quiz';
import { fullMarks } from '../full-marks';
import { applyHintRule } from '../hints';
import type { ClassifyResponse } from '../response';
import type { FeedbackLine, Score, ScoreContext } from '../types';
import { ownEntry } from '../validation';
import { quoted } from '../wording';
import { validateClassify } from './validate';

/**
 * One point per item in its right bucket. Each misplaced item gets a line, in the order the
 * reader placed them: the author's feedback for the item when there is some (it explains
 * why), otherwise a plain sentence. That sentence names the right bucket only when the
 * question has two buckets, where "not in A" already means "in B"; with more buckets it names
 * the wrong one, so the reader still has something to work out.
 */
export function scoreClassify(
  question: ClassifyQuestion,
  response: ClassifyResponse,
  context: ScoreContext = {},
): Score {
  const validation = validateClassify(question, response);
  if (validation.type === 'invalid') return validation;

  const itemsById = new Map(question.items.map((item) => [item.id, item]));
  const labels = new Map(question.buckets.map((bucket) => [bucket.id, bucket.label]));
  let earned = 0;
  const feedback: FeedbackLine[] = [];
  for (const itemId of Object.keys(response.placements)) {
    const item = itemsById.get(itemId);
    const placed = ownEntry(response.placements, itemId);
    if (!item || typeof placed !== 'string') continue;
    if (placed === item.bucket) {
      earned += 1;
      continue;
    }
    const text =
      item.feedback ??
      (question.buckets.length === 2
        ? `${quoted(item.text)} belongs in ${labels.get(item.bucket) ?? 'the other group'}.`
        : `${quoted(item.text)} does not belong in ${labels.get(placed) ?? 'that group'}.`);
    feedback.push({ tone: 'incorrect', text });
  }
  const total = fullMarks(question);
  feedback.unshift(
    earned === total
      ? { tone: 'correct', text: 'Every item is in the right group.' }
      : {
          tone: earned === 0 ? 'incorrect' : 'partial',
          text: `${earned} of ${total} items are in the right group.`,
        },
  );
  return applyHintRule(question, { earned, total, feedback }, context);
}
