import type { Figure } from '../schemas/figure';
import { describeChange } from './balance';
import { describePeriod, MONTH_NAMES } from './data/period';
import { formatMoney, formatMoneyDetailed, MINUS, roundTo } from './money';
import { formatPercent } from './percent';

export { MONTH_NAMES } from './data/period';

const RANK_WORDS = ['largest', 'second-largest', 'third-largest', 'fourth-largest'] as const;

/**
 * A figure's value as the reader sees it: "−$918.4 billion", "$36.2 trillion", "145%", "35",
 * "1.6 times", "second-largest".
 */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'unit'>,
  options: { abs?: boolean; decimals?: number; in?: 'billion' | 'trillion' } = {},
): string {
  const value = options.abs ? Math.abs(figure.value) : figure.value;
  switch (figure.unit) {
    case 'percent':
      return formatPercent(value, options.decimals ?? 1);
    case 'count':
      return String(Math.round(value));
    case 'times': {
      const shown = roundTo(Math.abs(value), options.decimals ?? 1);
      return `${value < 0 && shown !== 0 ? MINUS : ''}${String(shown)} times`;
    }
    case 'rank':
      return RANK_WORDS[Math.round(value) - 1] ?? `number ${String(Math.round(value))}`;
    case 'usd-millions':
      // "$39.1 trillion" reads better than "$39,065.4 billion" for a stock; amounts below ten
      // trillion stay in billions unless the page asks, so sums can be checked by hand.
      return options.in
        ? formatMoney(value, { unit: options.in, fixed: true })
        : formatMoneyDetailed(value, { fixed: true });
  }
}

/** "released April 3, 2025", "released June 2025", "released 2026", for the partial dates we allow. */
export function formatReleaseDate(released: string): string {
  const [year, month, day] = released.split('-');
  const monthName = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  if (monthName === undefined) return year ?? released;
  return day === undefined
    ? `${monthName} ${year ?? ''}`
    : `${monthName} ${Number(day)}, ${year ?? ''}`;
}

/** A figure's period in words: "June 2026", "2024", "1991–2025", "fiscal year 2000". */
export function formatFigurePeriod(figure: Pick<Figure, 'period'>): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(figure.period)
    ? formatReleaseDate(figure.period)
    : describePeriod(figure.period);
}

/**
 * A computed change in the words of the news: "the deficit narrowed by $4.4 billion", "the
 * surplus grew by …". Undefined for a figure that is not a change of two balances.
 */
export function formatFigureChange(figure: Pick<Figure, 'computed' | 'unit'>): string | undefined {
  const change = figure.computed?.changeOf;
  if (!change || figure.unit !== 'usd-millions') return undefined;
  return describeChange(change.from, change.to, { fixed: true }).sentence;
}

/** Which release a figure is from, in a few words: "the August 2026 data", "first published (February 2025)". */
export function figureRelease(figure: Pick<Figure, 'computed' | 'vintage'>): string {
  return figure.computed ? `the ${figure.computed.release} data` : figure.vintage;
}

/**
 * The one-line source of a figure, for a calculator's preset or a chart: publisher, title,
 * release and vintage. "U.S. Census Bureau and U.S. Bureau of Economic Analysis, U.S.
 * International Trade in Goods and Services (released February 5, 2025); first published."
 */
export function sourceLine(figure: Pick<Figure, 'source' | 'vintage' | 'computed'>): string {
  const { publisher, title, released } = figure.source;
  // A computed figure's vintage is its series' (on /data/); its release says enough here.
  if (figure.computed) return `${publisher}, ${title} (${figure.computed.release} data).`;
  const when = released === undefined ? '' : ` (released ${formatReleaseDate(released)})`;
  return `${publisher}, ${title}${when}; ${figure.vintage.replace(/\.$/, '')}.`;
}
