/**
 * The change calculator: two periods' balances → the change in dollars and, where it means
 * something, in percent, worded the way the news words it.
 */
import { describeChange, sumMillions, type BalanceChange } from '../balance';
import { roundTo } from '../money';
import {
  amountProblem,
  capitalize,
  isRecord,
  refuse,
  succeed,
  type CalculatorResult,
} from './result';

export interface ChangeInput {
  /** The earlier period's balance, in millions (negative is a deficit). */
  readonly earlier: number;
  /** The later period's balance, in millions. */
  readonly later: number;
  /** What the reader calls the earlier period, such as "2023"; optional. */
  readonly earlierLabel?: string;
  /** What the reader calls the later period, such as "2024"; optional. */
  readonly laterLabel?: string;
}

export interface ChangeResult extends BalanceChange {
  /** "up 17.0%" or "down 1.1%", or null when a percent would mislead (see percentPhrase). */
  readonly percentPhrase: string | null;
  /**
   * The whole finding as a headline:
   * "The deficit widened by $133.5 billion (17.0%) from 2023 to 2024".
   */
  readonly headline: string;
}

/** Period labels longer than this are cut, so a pasted paragraph cannot become a headline. */
export const MAX_PERIOD_LABEL_LENGTH = 40;

/**
 * Above this a percent is arithmetic, not news: a deficit that goes from $1 million to
 * $5 billion did not "grow 499,900%" in any sense a reader can use.
 */
const MAX_MEANINGFUL_PERCENT = 1000;

export function balanceChange(input: ChangeInput): CalculatorResult<ChangeResult> {
  if (!isRecord(input)) return refuse(null, 'Enter the two balances to compare.');
  const earlierProblem = amountProblem(input.earlier, 'the earlier balance', {
    allowNegative: true,
  });
  if (earlierProblem !== null) return refuse('earlier', earlierProblem);
  const laterProblem = amountProblem(input.later, 'the later balance', { allowNegative: true });
  if (laterProblem !== null) return refuse('later', laterProblem);

  // Kept to the grid sumMillions uses, so a balance of a billionth of a dollar counts as zero
  // rather than a base that makes any change "up 10^300 percent".
  const described = describeChange(sumMillions(input.earlier), sumMillions(input.later));
  const change = {
    ...described,
    percent:
      described.percent !== null && Number.isFinite(described.percent) ? described.percent : null,
  };
  const phrase = percentPhrase(change);
  const period = periodPhrase(input.earlierLabel, input.laterLabel);
  const sentence = phrase === null ? change.sentence : withPercent(change, phrase);
  return succeed({
    ...change,
    percentPhrase: phrase,
    headline: `${capitalize(sentence)}${period}`,
  });
}

/**
 * "up 17.0%" / "down 1.1%", said of the size of the deficit or surplus. Null when the balance
 * did not change, crossed or touched zero (describeChange gives no percent then), or when the
 * percent rounds to zero or is too large to mean anything.
 */
export function percentPhrase(change: BalanceChange): string | null {
  const { percent, kind } = change;
  if (percent === null || kind === 'unchanged' || !Number.isFinite(percent)) return null;
  const rounded = roundTo(percent, 1);
  if (rounded === 0 || rounded > MAX_MEANINGFUL_PERCENT) return null;
  const direction = kind === 'deficit-widened' || kind === 'surplus-grew' ? 'up' : 'down';
  return `${direction} ${rounded.toFixed(1)}%`;
}

/** Puts the bare percent in brackets after the amount: "widened by $133.5 billion (17.0%)". */
function withPercent(change: BalanceChange, phrase: string): string {
  const percentText = phrase.replace(/^(up|down) /, '');
  return `${change.sentence} (${percentText})`;
}

function periodPhrase(earlier: string | undefined, later: string | undefined): string {
  const from = cleanLabel(earlier);
  const to = cleanLabel(later);
  if (from !== '' && to !== '') return ` from ${from} to ${to}`;
  if (to !== '') return ` in ${to}`;
  if (from !== '') return ` since ${from}`;
  return '';
}

/** Keeps a label to one short line of plain text. */
function cleanLabel(label: unknown): string {
  if (typeof label !== 'string') return '';
  const oneLine = label
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(oneLine).slice(0, MAX_PERIOD_LABEL_LENGTH).join('').trim();
}
