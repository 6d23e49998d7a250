import type { NumericQuestion } from '../../../schemas/quiz';
import { isWithinTolerance } from './tolerance';

/** What a numeric answer is, from right to the likely slip behind a wrong one. */
export type NumericDiagnosis =
  | { readonly kind: 'right' }
  | { readonly kind: 'known-mistake'; readonly feedback: string }
  | { readonly kind: 'flipped-sign' }
  | {
      readonly kind: 'scale-slip';
      /** How many times too large (above 1) or too small (below 1) the reader's value is. */
      readonly factor: number;
    }
  | { readonly kind: 'wrong' };

/** The slips a money answer is checked for: a thousand (million ↔ billion) and a million. */
const MONEY_SCALES = [1e3, 1e6] as const;

/** A percent typed as a fraction: 0.25 for 25%. */
const PERCENT_SCALES = [1e2] as const;

/**
 * Finds the most useful thing to say about `value`, in this order: right; a known mistake the
 * author listed (the nearest one, so the order of the list never matters); the right size
 * with the wrong sign; the right digits at the wrong scale; otherwise plainly wrong.
 */
export function diagnoseNumeric(question: NumericQuestion, value: number): NumericDiagnosis {
  const { answer, tolerance } = question;
  if (isWithinTolerance(value, answer, tolerance)) return { kind: 'right' };

  const matches = question.knownMistakes
    .filter((mistake) => isWithinTolerance(value, mistake.value, tolerance))
    .sort(
      (a, b) =>
        Math.abs(value - a.value) - Math.abs(value - b.value) ||
        a.value - b.value ||
        a.feedback.localeCompare(b.feedback),
    );
  const nearest = matches[0];
  if (nearest) return { kind: 'known-mistake', feedback: nearest.feedback };

  if (value !== 0 && answer !== 0 && isWithinTolerance(-value, answer, tolerance)) {
    return { kind: 'flipped-sign' };
  }

  if (value !== 0) {
    const scales = question.answerKind === 'percent' ? PERCENT_SCALES : MONEY_SCALES;
    for (const scale of scales) {
      if (isWithinTolerance(value * scale, answer, tolerance)) {
        return { kind: 'scale-slip', factor: 1 / scale };
      }
      if (question.answerKind === 'money' && isWithinTolerance(value / scale, answer, tolerance)) {
        return { kind: 'scale-slip', factor: scale };
      }
    }
  }
  return { kind: 'wrong' };
}
