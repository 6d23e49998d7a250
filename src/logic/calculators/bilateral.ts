/**
 * The bilateral calculator: trade with each partner, their sum, and the "rest of the world"
 * that makes up the difference to the country's total balance. Also the three-country toy
 * world in which every pair is unbalanced yet every country's total is balanced, and the
 * scale of the diverging bar chart the island draws.
 */
import {
  balanceKind,
  describeBalance,
  sumMillions,
  tradeBalance,
  type BalanceKind,
} from '../balance';
import { amountProblem, isList, isRecord, refuse, succeed, type CalculatorResult } from './result';

/** One trading partner; amounts in millions of dollars, seen from the home country. */
export interface Partner {
  readonly name: string;
  /** What the home country sells to this partner. */
  readonly exports: number;
  /** What the home country buys from this partner. */
  readonly imports: number;
}

export interface PartnerRow extends Partner {
  /** Exports minus imports: negative is a bilateral deficit. */
  readonly balance: number;
  readonly kind: BalanceKind;
}

export interface BilateralResult {
  /** The partners in the order given, each with its balance. */
  readonly rows: readonly PartnerRow[];
  /** The sum of the listed bilateral balances. */
  readonly sumOfBalances: number;
  /** The country's balance with the whole world, as the reader set it. */
  readonly totalBalance: number;
  /** Total minus the listed partners: the balance with every country not in the table. */
  readonly restOfWorld: number;
  readonly sentences: {
    readonly listed: string;
    readonly restOfWorld: string;
    readonly total: string;
  };
}

/** Longest partner name; long enough for "Trinidad and Tobago", short enough for a URL. */
export const MAX_PARTNER_NAME_LENGTH = 40;
/** More rows than any table a reader would type; the 2024 data has 36. */
export const MAX_PARTNERS = 60;

/** Why a partner's name cannot be used, or null. Names are plain text, never markup. */
export function partnerNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'Give each partner a name.';
  if (name.trim().length > MAX_PARTNER_NAME_LENGTH) {
    return `Keep a partner's name to ${MAX_PARTNER_NAME_LENGTH} characters or fewer.`;
  }
  return null;
}

/**
 * Each partner's balance, their sum, and the remainder against the total balance:
 * sum of listed balances + rest of the world = total, always, to the last dollar.
 */
export function bilateralBalances(
  partners: readonly Partner[],
  totalBalance: number,
): CalculatorResult<BilateralResult> {
  if (!isList(partners)) return refuse('partners', 'Add at least one partner.');
  if (partners.length > MAX_PARTNERS) {
    return refuse('partners', `The table holds at most ${MAX_PARTNERS} partners.`);
  }
  const totalProblem = amountProblem(totalBalance, 'the total balance', { allowNegative: true });
  if (totalProblem !== null) return refuse('totalBalance', totalProblem);

  const rows: PartnerRow[] = [];
  for (const [index, partner] of partners.entries()) {
    const row = index + 1;
    if (!isRecord(partner))
      return refuse(`partners.${index}.name`, `Row ${row}: Give each partner a name.`);
    const nameProblem = partnerNameProblem(partner.name);
    if (nameProblem !== null) return refuse(`partners.${index}.name`, `Row ${row}: ${nameProblem}`);
    for (const direction of ['exports', 'imports'] as const) {
      const problem = amountProblem(partner[direction], `${direction} to ${partner.name.trim()}`, {
        allowNegative: false,
      });
      if (problem !== null)
        return refuse(`partners.${index}.${direction}`, `Row ${row}: ${problem}`);
    }
    const balance = tradeBalance(partner.exports, partner.imports);
    rows.push({
      name: partner.name.trim(),
      exports: partner.exports,
      imports: partner.imports,
      balance,
      kind: balanceKind(balance),
    });
  }

  const sumOfBalances = sumMillions(...rows.map((row) => row.balance));
  const restOfWorld = sumMillions(totalBalance, -sumOfBalances);
  const count = rows.length === 1 ? 'the 1 partner listed' : `the ${rows.length} partners listed`;
  return succeed({
    rows,
    sumOfBalances,
    totalBalance: sumMillions(totalBalance),
    restOfWorld,
    sentences: {
      listed: `Trade with ${count} adds up to ${describeBalance(sumOfBalances)}.`,
      restOfWorld: `Trade with everyone else comes to ${describeBalance(restOfWorld)}.`,
      total: `Together that is ${describeBalance(sumMillions(totalBalance))} with the whole world.`,
    },
  });
}

export type PartnerSortKey = 'balance' | 'name' | 'exports' | 'imports';
export type SortDirection = 'asc' | 'desc';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * A sorted copy of the rows (the input is left alone). Ties, and rows with equal numbers,
 * fall back to the name, so the order never depends on how the rows were typed in.
 */
export function sortPartners<Row extends PartnerRow>(
  rows: readonly Row[],
  key: PartnerSortKey,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const primary =
      key === 'name' ? byName.compare(a.name, b.name) : compareNumbers(a[key], b[key]);
    return primary !== 0 ? sign * primary : byName.compare(a.name, b.name);
  });
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One country selling to another, in millions of dollars. */
export interface TradeFlow {
  readonly from: string;
  readonly to: string;
  readonly amount: number;
}

/**
 * Three countries in a ring, every flow the same size: the United States buys from China,
 * China buys from Brazil, Brazil buys from the United States. Every pair is out of balance;
 * every country's total is exactly balanced.
 */
export function toyWorld(amount = 100_000): readonly TradeFlow[] {
  const size =
    amountProblem(amount, 'the size of each flow', { allowNegative: false }) === null && amount > 0
      ? amount
      : 100_000;
  return [
    { from: 'China', to: 'United States', amount: size },
    { from: 'Brazil', to: 'China', amount: size },
    { from: 'United States', to: 'Brazil', amount: size },
  ];
}

export interface CountryTotal {
  readonly country: string;
  readonly exports: number;
  readonly imports: number;
  /** The country's balance with everyone. */
  readonly balance: number;
  /** Its balance with each other country, in the order countries first appear. */
  readonly bilateral: readonly { readonly partner: string; readonly balance: number }[];
}

/**
 * Each country's exports, imports and overall balance, and its balance with every other
 * country, from a list of flows. Flows that are not finite, positive amounts are skipped,
 * as are flows from a country to itself.
 */
export function countryTotals(flows: readonly TradeFlow[]): readonly CountryTotal[] {
  const usable = isList(flows)
    ? flows.filter(
        (flow) =>
          isRecord(flow) &&
          typeof flow.from === 'string' &&
          typeof flow.to === 'string' &&
          flow.from !== flow.to &&
          amountProblem(flow.amount, 'a flow', { allowNegative: false }) === null,
      )
    : [];
  const countries = [...new Set(usable.flatMap((flow) => [flow.from, flow.to]))];
  return countries.map((country) => {
    const sold = usable.filter((flow) => flow.from === country).map((flow) => flow.amount);
    const bought = usable.filter((flow) => flow.to === country).map((flow) => flow.amount);
    const exports = sumMillions(...sold);
    const imports = sumMillions(...bought);
    return {
      country,
      exports,
      imports,
      balance: tradeBalance(exports, imports),
      bilateral: countries
        .filter((partner) => partner !== country)
        .map((partner) => ({
          partner,
          balance: tradeBalance(
            sumMillions(
              ...usable.filter((f) => f.from === country && f.to === partner).map((f) => f.amount),
            ),
            sumMillions(
              ...usable.filter((f) => f.from === partner && f.to === country).map((f) => f.amount),
            ),
          ),
        })),
    };
  });
}

export interface DivergingBars {
  /** The largest magnitude among the values: the length of a full bar. Zero if all are zero. */
  readonly maxMagnitude: number;
  /** Each value over the largest magnitude, from −1 (a full deficit bar) to 1 (a full surplus bar). */
  readonly fractions: readonly number[];
  readonly hasDeficits: boolean;
  readonly hasSurpluses: boolean;
}

/**
 * The scale of a diverging bar chart, without any geometry: the island multiplies each
 * fraction by its half-width. A value that is not a finite number draws no bar.
 */
export function divergingBars(values: readonly number[]): DivergingBars {
  const clean = (isList(values) ? values : []).map((value) =>
    typeof value === 'number' && Number.isFinite(value) ? value : 0,
  );
  const maxMagnitude = clean.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  return {
    maxMagnitude,
    fractions: clean.map((value) =>
      maxMagnitude === 0 ? 0 : Math.max(-1, Math.min(1, value / maxMagnitude)) || 0,
    ),
    hasDeficits: clean.some((value) => value < 0),
    hasSurpluses: clean.some((value) => value > 0),
  };
}
