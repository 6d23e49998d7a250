/**
 * The budget-and-debt calculator: the national debt is a stock, built year by year from the
 * flows of budget deficits and the interest on what is already owed. A trade deficit is a
 * different flow altogether and does not enter the sum; the calculator takes it anyway, so
 * the reader can watch it change nothing.
 *
 * The model is deliberately simple: each year's interest is the rate times the debt at the
 * start of that year, and the year's deficit (which here excludes interest) is added at its end.
 */
import { sumMillions } from '../balance';
import { amountProblem, isList, isRecord, refuse, succeed, type CalculatorResult } from './result';

export const MIN_YEARS = 1;
export const MAX_YEARS = 50;
export const MIN_INTEREST_PERCENT = -5;
export const MAX_INTEREST_PERCENT = 50;
/**
 * The largest debt we show, in millions: $1 quintillion, some ten thousand years of the
 * whole world's output. Beyond it the path is refused rather than drawn as nonsense.
 */
export const MAX_DEBT_MILLIONS = 1e12;

/** Why the trade deficit leaves the debt where it is, in one sentence for the page. */
export const TRADE_DEFICIT_REASON =
  'A trade deficit is households and businesses buying more from abroad than they sell there, not the government borrowing, so it adds nothing to the national debt.';

export interface DebtInput {
  /** The debt at the start, in millions of dollars. */
  readonly startDebt: number;
  /** How many years to run, 1 to 50. */
  readonly years: number;
  /**
   * Each year's budget deficit in millions, before interest: one number for every year, or a
   * list with one per year (extra entries are ignored). A negative deficit is a surplus.
   */
  readonly deficits: number | readonly number[];
  /** Interest on the debt, percent per year (−5 to 50). */
  readonly interestPercent: number;
  /** The trade deficit the reader typed, in millions; it has no effect on the debt. */
  readonly tradeDeficit?: number;
  /** The label of the first year, such as 2025; the path counts from 1 without it. */
  readonly firstYear?: number;
}

export interface DebtYear {
  readonly year: number;
  /** The budget deficit that year (negative: a surplus). */
  readonly deficit: number;
  /** Interest paid that year on the debt owed at its start. */
  readonly interest: number;
  /** The debt at the end of the year. */
  readonly debt: number;
}

export interface DebtPath {
  readonly startDebt: number;
  readonly path: readonly DebtYear[];
  readonly endDebt: number;
  readonly totalDeficits: number;
  readonly totalInterest: number;
  /** The trade deficit exactly as given (0 if none was). */
  readonly tradeDeficit: number;
  /** Always zero; the reason is TRADE_DEFICIT_REASON. */
  readonly tradeDeficitEffectOnDebt: 0;
  readonly tradeDeficitReason: string;
}

/**
 * The debt year by year. end = start + every deficit + every interest payment, exactly
 * (every amount is kept on the same grid as sumMillions, so the identity has no rounding gap).
 */
export function debtPath(input: DebtInput): CalculatorResult<DebtPath> {
  if (!isRecord(input)) return refuse(null, 'Enter a starting debt, years, deficits and a rate.');
  const startProblem = amountProblem(input.startDebt, 'the starting debt', { allowNegative: true });
  if (startProblem !== null) return refuse('startDebt', startProblem);

  const years = input.years;
  if (typeof years !== 'number' || !Number.isInteger(years)) {
    return refuse('years', 'Enter the number of years as a whole number, such as 10.');
  }
  if (years < MIN_YEARS || years > MAX_YEARS) {
    return refuse('years', `Choose between ${MIN_YEARS} and ${MAX_YEARS} years.`);
  }

  const rate = input.interestPercent;
  if (typeof rate !== 'number' || !Number.isFinite(rate)) {
    return refuse('interestPercent', 'Enter the interest rate as a percent, such as 3.4.');
  }
  if (rate < MIN_INTEREST_PERCENT || rate > MAX_INTEREST_PERCENT) {
    return refuse(
      'interestPercent',
      `Choose an interest rate between ${MIN_INTEREST_PERCENT}% and ${MAX_INTEREST_PERCENT}%.`,
    );
  }

  const deficits = deficitsFor(input.deficits, years);
  if (!deficits.ok) return refuse('deficits', deficits.message);

  const trade = input.tradeDeficit ?? 0;
  const tradeProblem = amountProblem(trade, 'the trade deficit', { allowNegative: true });
  if (tradeProblem !== null) return refuse('tradeDeficit', tradeProblem);

  const firstYear = input.firstYear ?? 1;
  if (typeof firstYear !== 'number' || !Number.isInteger(firstYear) || Math.abs(firstYear) > 1e5) {
    return refuse('firstYear', 'Enter the first year as a whole number, such as 2025.');
  }

  const path: DebtYear[] = [];
  let debt = sumMillions(input.startDebt);
  for (const [index, deficit] of deficits.list.entries()) {
    const interest = sumMillions((debt * rate) / 100);
    debt = sumMillions(debt, deficit, interest);
    if (Math.abs(debt) > MAX_DEBT_MILLIONS) {
      return refuse(
        null,
        `By year ${index + 1} the debt would pass $1 quintillion, which no real economy could carry. Try a lower rate, smaller deficits or fewer years.`,
      );
    }
    path.push({ year: firstYear + index, deficit, interest, debt });
  }

  return succeed({
    startDebt: sumMillions(input.startDebt),
    path,
    endDebt: debt,
    totalDeficits: sumMillions(...path.map((row) => row.deficit)),
    totalInterest: sumMillions(...path.map((row) => row.interest)),
    tradeDeficit: trade,
    tradeDeficitEffectOnDebt: 0,
    tradeDeficitReason: TRADE_DEFICIT_REASON,
  });
}

type DeficitList = { ok: true; list: readonly number[] } | { ok: false; message: string };

function deficitsFor(deficits: number | readonly number[], years: number): DeficitList {
  const list = isList(deficits)
    ? deficits.slice(0, years)
    : Array.from({ length: years }, () => deficits);
  if (list.length < years) {
    return {
      ok: false,
      message: `Enter a budget deficit for each of the ${years} years (${list.length} given).`,
    };
  }
  const checked: number[] = [];
  for (const [index, deficit] of list.entries()) {
    const label = isList(deficits) ? `the deficit for year ${index + 1}` : 'the yearly deficit';
    const problem = amountProblem(deficit, label, { allowNegative: true });
    if (problem !== null) return { ok: false, message: problem };
    if (typeof deficit === 'number') checked.push(sumMillions(deficit));
  }
  return { ok: true, list: checked };
}
