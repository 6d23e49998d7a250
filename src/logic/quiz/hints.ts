/**
 * What opening hints costs. The last hint of a question leads straight to the answer, so an
 * answer given after reading it shows the reader can follow the steps, not yet that they can
 * take them alone. Earlier hints are free: they are part of learning, and charging for them
 * would teach readers not to open them.
 */
import type { Question } from '../../schemas/quiz';
import type { FeedbackLine, Score, ScoreContext } from './types';
import { formatPoints } from './points';

/** Points before the hint rule: what the answer itself is worth. */
export interface RawPoints {
  readonly earned: number;
  readonly total: number;
  readonly feedback: readonly FeedbackLine[];
}

/**
 * How many hints the reader opened, read defensively: a missing, negative or NaN count is
 * zero, so a glitch in the island never costs the reader points.
 */
export function hintsOpened(context: ScoreContext): number {
  const used = context.hintsUsed;
  if (typeof used !== 'number' || Number.isNaN(used)) return 0;
  return Math.max(0, used);
}

/** Whether the reader had opened the question's final hint before answering. */
export function usedFinalHint(question: Question, context: ScoreContext): boolean {
  return question.hints.length > 0 && hintsOpened(context) >= question.hints.length;
}

/**
 * The most an answer given after the final hint can earn: one point less than full marks, or
 * half a point when the question is worth one point only.
 */
export function finalHintCap(total: number): number {
  return total > 1 ? total - 1 : total / 2;
}

/**
 * Turns raw points into a score, applying the hint rule:
 *
 * - It applies only when the question has hints and the reader opened all of them
 *   (`hintsUsed >= hints.length`). Opening some hints but not the last one costs nothing.
 * - Then `earned` is capped at `total − 1` when `total > 1`, and at `total / 2` (half a point)
 *   when `total` is 1. An answer already below the cap keeps its points, so a partly right
 *   answer is not charged twice. `earned` never goes below 0.
 * - `correct` means full marks, so it is false for an answer capped this way; a feedback line
 *   says why the points are short, so a right answer never looks wrong without explanation.
 */
export function applyHintRule(question: Question, raw: RawPoints, context: ScoreContext): Score {
  const total = raw.total;
  let earned = Math.min(Math.max(raw.earned, 0), total);
  const feedback = [...raw.feedback];
  if (usedFinalHint(question, context)) {
    const cap = finalHintCap(total);
    if (earned > cap) {
      earned = cap;
      feedback.push({
        tone: 'info',
        text: `You opened the last hint, so this answer earns ${formatPoints(cap)} out of ${total}. Try it again later without the last hint for full marks.`,
      });
    }
  }
  return { type: 'points', earned, total, correct: earned === total, feedback };
}
