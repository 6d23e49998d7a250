import type { NumericQuestion } from '../../../schemas/quiz';
import { formatMoney, parseMoney } from '../../money';
import { formatPercent, parsePercent } from '../../percent';

export type NumericReading =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/**
 * Reads the reader's text in the question's unit: millions of dollars for a `money` answer
 * (a bare number in the question's `defaultUnit`), or a percent. Negative amounts are allowed
 * because a deficit is one, and a wrong sign deserves feedback rather than a refusal.
 */
export function readNumericAnswer(question: NumericQuestion, text: string): NumericReading {
  if (question.answerKind === 'percent') {
    const parsed = parsePercent(text);
    return parsed.ok ? { ok: true, value: parsed.percent } : parsed;
  }
  const parsed = parseMoney(text, { defaultUnit: question.defaultUnit });
  return parsed.ok ? { ok: true, value: parsed.millions } : parsed;
}

/**
 * A value in the question's unit, as the reader is shown it. Money keeps up to three decimals
 * ("$918.416 billion") so the reader sees how their exact figure was read.
 */
export function formatNumericValue(question: NumericQuestion, value: number): string {
  return question.answerKind === 'percent'
    ? formatPercent(value, 2)
    : formatMoney(value, { decimals: 3 });
}
