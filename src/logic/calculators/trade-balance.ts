/**
 * The trade-balance calculator: goods and services, exports and imports, in millions of
 * dollars → the goods balance, the services balance, their total, and how much of the goods
 * deficit the services surplus covers.
 *
 * Some releases (the February 2025 report in our data) give the two balances but not the
 * flows behind them, so a second mode starts from the balances.
 */
import {
  describeBalance,
  goodsAndServicesBalances,
  sumMillions,
  type GoodsAndServices,
} from '../balance';
import { formatPercent } from '../percent';
import { formatMoneyDetailed } from '../money';
import { amountProblem, isRecord, refuse, succeed, type CalculatorResult } from './result';

export interface TradeBalanceResult {
  readonly goods: number;
  readonly services: number;
  readonly total: number;
  /** Goods plus services exports; null when the calculator was given balances only. */
  readonly exports: number | null;
  /** Goods plus services imports; null when the calculator was given balances only. */
  readonly imports: number | null;
  /** Share (0 to 1) of the goods deficit that the services surplus covers, or null. */
  readonly servicesOffsetShare: number | null;
  /** "The goods balance is a deficit of $1.2 trillion." and the like, one per balance. */
  readonly sentences: {
    readonly goods: string;
    readonly services: string;
    readonly total: string;
    /** "The services surplus covers 24.6% of the goods deficit.", or null. */
    readonly offset: string | null;
  };
}

const FLOW_FIELDS = [
  ['goods', 'exports', 'goodsExports', 'goods exports'],
  ['goods', 'imports', 'goodsImports', 'goods imports'],
  ['services', 'exports', 'servicesExports', 'services exports'],
  ['services', 'imports', 'servicesImports', 'services imports'],
] as const;

/** Balances from the four flows. Flows cannot be negative. */
export function tradeBalanceFromFlows(
  flows: GoodsAndServices,
): CalculatorResult<TradeBalanceResult> {
  if (!isRecord(flows) || !isRecord(flows.goods) || !isRecord(flows.services)) {
    return refuse(null, 'Enter goods and services exports and imports.');
  }
  for (const [group, direction, field, label] of FLOW_FIELDS) {
    const problem = amountProblem(flows[group][direction], label, { allowNegative: false });
    if (problem !== null) return refuse(field, problem);
  }
  const balances = goodsAndServicesBalances(flows);
  return succeed({
    ...balances,
    sentences: sentencesFor(
      balances.goods,
      balances.services,
      balances.total,
      balances.servicesOffsetShare,
    ),
  });
}

export interface KnownBalances {
  /** The goods balance in millions (negative is a deficit). */
  readonly goods: number;
  /** The services balance in millions (negative is a deficit). */
  readonly services: number;
}

/** The total and the offset share when a release gives only the goods and services balances. */
export function tradeBalanceFromBalances(
  balances: KnownBalances,
): CalculatorResult<TradeBalanceResult> {
  if (!isRecord(balances)) return refuse(null, 'Enter the goods balance and the services balance.');
  const goodsProblem = amountProblem(balances.goods, 'the goods balance', { allowNegative: true });
  if (goodsProblem !== null) return refuse('goods', goodsProblem);
  const servicesProblem = amountProblem(balances.services, 'the services balance', {
    allowNegative: true,
  });
  if (servicesProblem !== null) return refuse('services', servicesProblem);

  // A balance is what is left of exports after imports, so any flows with that difference give
  // the same balances and offset; zero on one side lets the shared formula do the work.
  const computed = goodsAndServicesBalances({
    goods: { exports: Math.max(balances.goods, 0), imports: Math.max(-balances.goods, 0) },
    services: {
      exports: Math.max(balances.services, 0),
      imports: Math.max(-balances.services, 0),
    },
  });
  return succeed({
    goods: computed.goods,
    services: computed.services,
    total: computed.total,
    exports: null,
    imports: null,
    servicesOffsetShare: computed.servicesOffsetShare,
    sentences: sentencesFor(
      computed.goods,
      computed.services,
      computed.total,
      computed.servicesOffsetShare,
    ),
  });
}

function sentencesFor(
  goods: number,
  services: number,
  total: number,
  offsetShare: number | null,
): TradeBalanceResult['sentences'] {
  return {
    goods: `The goods balance is ${describeBalance(goods)}.`,
    services: `The services balance is ${describeBalance(services)}.`,
    total: `Goods and services together: ${describeBalance(total)}.`,
    offset: offsetSentence(goods, services, offsetShare),
  };
}

function offsetSentence(goods: number, services: number, share: number | null): string | null {
  if (share === null) return null;
  if (share >= 1) {
    const left = sumMillions(goods, services);
    if (left === 0)
      return `The services surplus of ${formatMoneyDetailed(services)} covers the goods deficit exactly.`;
    return `The services surplus of ${formatMoneyDetailed(services)} covers the whole goods deficit, with ${formatMoneyDetailed(left)} to spare.`;
  }
  return `The services surplus of ${formatMoneyDetailed(services)} covers ${formatPercent(share * 100)} of the goods deficit of ${formatMoneyDetailed(-goods)}.`;
}
