/**
 * Trade balances: exports minus imports, and the words the news uses for them.
 * All amounts are millions of U.S. dollars; a negative balance is a deficit.
 */
import { formatMoney, formatMoneyDetailed, type FormatMoneyOptions } from './money';

export type BalanceKind = 'deficit' | 'surplus' | 'balanced';

/**
 * Published figures carry at most a few decimals of a million, so sums are rounded to a
 * hundredth of a dollar's millionth: enough to erase floating-point noise such as
 * 369998.3 − 606719.2 = −236720.90000000002, far too little to change a real figure.
 */
const PRECISION = 1e4;

/** Adds amounts without the floating-point noise that would show up as "$133.50000001 billion". */
export function sumMillions(...amounts: readonly number[]): number {
  const total = amounts.reduce((sum, amount) => sum + Math.round(amount * PRECISION), 0);
  return total / PRECISION || 0;
}

/** Exports minus imports: positive is a surplus, negative a deficit. */
export function tradeBalance(exports: number, imports: number): number {
  return sumMillions(exports, -imports);
}

export function balanceKind(balance: number): BalanceKind {
  if (balance < 0) return 'deficit';
  if (balance > 0) return 'surplus';
  return 'balanced';
}

/** "a deficit of $918.4 billion", "a surplus of $24.3 billion", "balanced trade". */
export function describeBalance(balance: number): string {
  const kind = balanceKind(balance);
  if (kind === 'balanced') return 'balanced trade (exports equal imports)';
  return `a ${kind} of ${formatMoneyDetailed(Math.abs(balance))}`;
}

export interface TradeFlows {
  readonly exports: number;
  readonly imports: number;
}

export interface GoodsAndServices {
  readonly goods: TradeFlows;
  readonly services: TradeFlows;
}

export interface GoodsAndServicesBalances {
  readonly goods: number;
  readonly services: number;
  readonly total: number;
  readonly exports: number;
  readonly imports: number;
  /**
   * The share of the goods deficit that a services surplus covers, from 0 to 1; null when
   * there is no goods deficit or no services surplus to speak of.
   */
  readonly servicesOffsetShare: number | null;
}

/** Goods balance, services balance and their total, the way the monthly report adds them. */
export function goodsAndServicesBalances(flows: GoodsAndServices): GoodsAndServicesBalances {
  const goods = tradeBalance(flows.goods.exports, flows.goods.imports);
  const services = tradeBalance(flows.services.exports, flows.services.imports);
  const offsets = goods < 0 && services > 0;
  return {
    goods,
    services,
    total: sumMillions(goods, services),
    exports: sumMillions(flows.goods.exports, flows.services.exports),
    imports: sumMillions(flows.goods.imports, flows.services.imports),
    servicesOffsetShare: offsets ? Math.min(1, services / -goods) : null,
  };
}

export type BalanceChangeKind =
  | 'unchanged'
  | 'deficit-widened'
  | 'deficit-narrowed'
  | 'surplus-grew'
  | 'surplus-shrank'
  | 'turned-to-deficit'
  | 'turned-to-surplus'
  | 'reached-balance';

export interface BalanceChange {
  readonly kind: BalanceChangeKind;
  /** Later balance minus earlier balance, in millions. */
  readonly difference: number;
  /** The size of the change as the news reports it (always zero or positive). */
  readonly amount: number;
  /** The change relative to the earlier deficit or surplus, or null where that means nothing. */
  readonly percent: number | null;
  /** A sentence such as "the deficit widened by $133.5 billion". */
  readonly sentence: string;
}

/**
 * Compares two balances the way a news report does. A deficit that grows is said to widen,
 * even though the balance itself falls; percentages are only given when both periods are on
 * the same side of zero, since "up 300% from a surplus to a deficit" means nothing. Pages
 * that print figures side by side pass `{ fixed: true }` so every amount keeps its decimal.
 */
export function describeChange(
  earlier: number,
  later: number,
  money: Pick<FormatMoneyOptions, 'fixed'> = {},
): BalanceChange {
  const difference = sumMillions(later, -earlier);
  const amount = Math.abs(difference);
  const before = balanceKind(earlier);
  const after = balanceKind(later);
  const percent =
    before === after && before !== 'balanced' ? (amount / Math.abs(earlier)) * 100 : null;
  const by = formatMoney(amount, money);

  if (difference === 0) {
    return {
      kind: 'unchanged',
      difference: 0,
      amount: 0,
      percent: 0,
      sentence: 'the balance did not change',
    };
  }
  if (after === 'balanced') {
    return {
      kind: 'reached-balance',
      difference,
      amount,
      percent: null,
      sentence: `the ${before} closed to zero, a change of ${by}`,
    };
  }
  if (before !== after && before !== 'balanced') {
    const kind = after === 'deficit' ? 'turned-to-deficit' : 'turned-to-surplus';
    const sentence = `the ${before} of ${formatMoney(Math.abs(earlier), money)} turned into a ${after} of ${formatMoney(Math.abs(later), money)}`;
    return { kind, difference, amount, percent: null, sentence };
  }
  if (before === 'balanced') {
    const kind = after === 'deficit' ? 'turned-to-deficit' : 'turned-to-surplus';
    return {
      kind,
      difference,
      amount,
      percent: null,
      sentence: `balanced trade turned into a ${after} of ${by}`,
    };
  }
  const grew = Math.abs(later) > Math.abs(earlier);
  if (after === 'deficit') {
    return grew
      ? {
          kind: 'deficit-widened',
          difference,
          amount,
          percent,
          sentence: `the deficit widened by ${by}`,
        }
      : {
          kind: 'deficit-narrowed',
          difference,
          amount,
          percent,
          sentence: `the deficit narrowed by ${by}`,
        };
  }
  return grew
    ? { kind: 'surplus-grew', difference, amount, percent, sentence: `the surplus grew by ${by}` }
    : {
        kind: 'surplus-shrank',
        difference,
        amount,
        percent,
        sentence: `the surplus shrank by ${by}`,
      };
}
