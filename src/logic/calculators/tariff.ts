/**
 * The tariff calculator: an import's price, the tariff rate, and the share of the tariff
 * passed on to buyers → the tariff per unit, the price the buyer pays, what the importer
 * absorbs, and the revenue the government collects on a given number of units.
 *
 * Prices are in plain dollars per unit (see parseDollars); revenue is also given in millions
 * so it can go through formatMoneyDetailed like every other total on the site.
 */
import { roundTo } from '../money';
import { isRecord, refuse, succeed, type CalculatorResult } from './result';
import { MAX_COUNT, MAX_PRICE_DOLLARS } from './dollars';

export const MAX_TARIFF_PERCENT = 1000;

export interface TariffPreset {
  readonly id: string;
  readonly ratePercent: number;
  readonly label: string;
}

/** The two rates the source article (shared/seed/trade-deficit-article.txt) cites, from 2025. */
export const TARIFF_PRESETS: readonly TariffPreset[] = [
  {
    id: '25',
    ratePercent: 25,
    label: '25%, the rate the article cites on a variety of products from Mexico and Canada',
  },
  { id: '145', ratePercent: 145, label: '145%, the rate the article cites on Chinese-made goods' },
];

/** What the simple model leaves out, one item per line for a list on the page. */
export const TARIFF_MODEL_LEAVES_OUT: readonly string[] = [
  'Buyers switch to other products or suppliers when prices rise (substitution).',
  'Other countries answer with tariffs of their own on what we sell them (retaliation).',
  'Exchange rates move, which can make imports cheaper or dearer again.',
  'Fewer units are bought at a higher price, so revenue on the old volume overstates what is collected.',
];

/** The same, as one sentence. */
export const TARIFF_MODEL_NOTE =
  'This simple model holds everything else still: it leaves out buyers switching to other products, other countries retaliating, exchange rates moving, and people buying less at higher prices.';

export interface TariffInput {
  /** The import's price before the tariff, dollars per unit. */
  readonly pricePerUnit: number;
  /** The tariff, percent of the price (0 to 1,000). */
  readonly ratePercent: number;
  /** How much of the tariff is passed on to the buyer, percent (0 to 100). */
  readonly passThroughPercent: number;
  /** Units imported, for the revenue total. */
  readonly volume: number;
}

export interface TariffResult {
  /** Dollars of tariff on each unit. */
  readonly tariffPerUnit: number;
  /** Dollars per unit the buyer pays: the price plus the part of the tariff passed on. */
  readonly priceToBuyer: number;
  /** Dollars per unit of the tariff the buyer pays. */
  readonly passedOnPerUnit: number;
  /** Dollars per unit of the tariff the importer absorbs (its margin shrinks by this). */
  readonly absorbedPerUnit: number;
  /** How much the buyer's price rises, percent. */
  readonly buyerPriceIncreasePercent: number;
  /** Tariff revenue on the whole volume, in dollars. */
  readonly revenueDollars: number;
  /** The same revenue in millions of dollars, for formatMoneyDetailed. */
  readonly revenueMillions: number;
}

/**
 * Works out the tariff. Per-unit amounts are kept to a hundredth of a cent, which removes
 * floating-point noise (19.99 × 25% is 4.9975, not 4.997500000000001) without changing a price.
 */
export function tariffEffect(input: TariffInput): CalculatorResult<TariffResult> {
  if (!isRecord(input)) return refuse(null, 'Enter a price, a tariff rate, a share and a volume.');
  const { pricePerUnit: price, ratePercent: rate, passThroughPercent: share, volume } = input;
  if (!isNumberIn(price, 0, MAX_PRICE_DOLLARS)) {
    return refuse('pricePerUnit', 'Enter a price per unit from $0 to $1 billion.');
  }
  if (!isNumberIn(rate, 0, MAX_TARIFF_PERCENT)) {
    return refuse(
      'ratePercent',
      `Enter a tariff rate from 0% to ${MAX_TARIFF_PERCENT.toLocaleString('en-US')}%.`,
    );
  }
  if (!isNumberIn(share, 0, 100)) {
    return refuse('passThroughPercent', 'Enter the share passed on to buyers, from 0% to 100%.');
  }
  if (!isNumberIn(volume, 0, MAX_COUNT) || !Number.isInteger(volume)) {
    return refuse(
      'volume',
      `Enter a whole number of units from 0 to ${MAX_COUNT.toLocaleString('en-US')}.`,
    );
  }

  const tariffPerUnit = roundTo((price * rate) / 100, 4);
  const passedOnPerUnit = roundTo((tariffPerUnit * share) / 100, 4);
  const absorbedPerUnit = roundTo(tariffPerUnit - passedOnPerUnit, 4);
  const priceToBuyer = roundTo(price + passedOnPerUnit, 4);
  const revenueDollars = roundTo(tariffPerUnit * volume, 2);
  return succeed({
    tariffPerUnit,
    priceToBuyer,
    passedOnPerUnit,
    absorbedPerUnit,
    buyerPriceIncreasePercent: price === 0 ? 0 : roundTo((passedOnPerUnit / price) * 100, 4),
    revenueDollars,
    revenueMillions: revenueDollars / 1e6,
  });
}

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
