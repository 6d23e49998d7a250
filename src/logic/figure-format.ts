import type { Figure } from '../schemas/figure';
import { formatMoneyDetailed } from './money';
import { formatPercent } from './percent';

/** A figure's value as the reader sees it: "−$918.4 billion", "$36.2 trillion", "145%". */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'unit'>,
  options: { abs?: boolean } = {},
): string {
  const value = options.abs ? Math.abs(figure.value) : figure.value;
  return figure.unit === 'percent' ? formatPercent(value) : formatMoneyDetailed(value);
}

/** Month names in order, for dates written out in words. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "released 5 February 2025", "released June 2025", "released 2026", for the partial dates we allow. */
export function formatReleaseDate(released: string): string {
  const [year, month, day] = released.split('-');
  const monthName = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  if (monthName === undefined) return year ?? released;
  return day === undefined
    ? `${monthName} ${year ?? ''}`
    : `${Number(day)} ${monthName} ${year ?? ''}`;
}
