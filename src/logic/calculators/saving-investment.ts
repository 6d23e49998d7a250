/**
 * The saving-and-investment calculator: the national accounts identity that links the budget
 * balance to the trade balance. Public saving is tax revenue minus government spending;
 * national saving is private plus public saving; and net exports equal national saving minus
 * investment, because a country that invests more than it saves must borrow the difference
 * from abroad, which is the same thing as buying more from abroad than it sells.
 */
import { describeBalance, sumMillions } from '../balance';
import { formatMoneyDetailed } from '../money';
import { amountProblem, isRecord, refuse, succeed, type CalculatorResult } from './result';

/** One line for the page, next to the result. */
export const IDENTITY_IS_NOT_A_CAUSE =
  'An identity only says these numbers always add up; it does not say which one moves the others.';

export interface SavingInvestmentInput {
  /** Private saving (households and businesses), millions of dollars. */
  readonly privateSaving: number;
  /** Investment in new buildings, equipment and homes, millions. */
  readonly investment: number;
  /** Government tax revenue, millions. */
  readonly taxRevenue: number;
  /** Government spending, including transfers and interest, millions. */
  readonly governmentSpending: number;
}

export interface SavingInvestmentResult {
  /** T − G: a budget surplus if positive, a budget deficit if negative. */
  readonly publicSaving: number;
  /** Private saving plus public saving. */
  readonly nationalSaving: number;
  /** National saving minus investment: the trade balance the identity implies. */
  readonly netExports: number;
  readonly sentences: {
    readonly publicSaving: string;
    readonly netExports: string;
  };
}

const FIELDS = [
  ['privateSaving', 'private saving', true],
  ['investment', 'investment', true],
  ['taxRevenue', 'tax revenue', false],
  ['governmentSpending', 'government spending', false],
] as const;

export function savingInvestment(
  input: SavingInvestmentInput,
): CalculatorResult<SavingInvestmentResult> {
  if (!isRecord(input)) return refuse(null, 'Enter saving, investment, tax revenue and spending.');
  for (const [field, label, allowNegative] of FIELDS) {
    const problem = amountProblem(input[field], label, { allowNegative });
    if (problem !== null) return refuse(field, problem);
  }
  const publicSaving = sumMillions(input.taxRevenue, -input.governmentSpending);
  const nationalSaving = sumMillions(input.privateSaving, publicSaving);
  const netExports = sumMillions(nationalSaving, -input.investment);
  return succeed({
    publicSaving,
    nationalSaving,
    netExports,
    sentences: {
      publicSaving: publicSavingSentence(publicSaving),
      netExports: netExportsSentence(netExports),
    },
  });
}

function publicSavingSentence(publicSaving: number): string {
  if (publicSaving < 0)
    return `The government runs a budget deficit of ${formatMoneyDetailed(-publicSaving)}.`;
  if (publicSaving > 0)
    return `The government runs a budget surplus of ${formatMoneyDetailed(publicSaving)}.`;
  return 'The government’s budget is balanced.';
}

function netExportsSentence(netExports: number): string {
  if (netExports < 0) {
    return `The country invests ${formatMoneyDetailed(-netExports)} more than it saves, so it borrows that from abroad: net exports are ${describeBalance(netExports)}.`;
  }
  if (netExports > 0) {
    return `The country saves ${formatMoneyDetailed(netExports)} more than it invests, so it lends that abroad: net exports are ${describeBalance(netExports)}.`;
  }
  return 'The country saves exactly what it invests: net exports are zero.';
}
