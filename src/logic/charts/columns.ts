/** The layout of a chart of columns, such as the debt year by year. */
import type { Span } from './scale';

/**
 * The horizontal stretch of column `index` of `count`: each column takes an equal share of
 * `band`, 70% of it filled so the columns stay apart, and never less than 2 units so very many
 * years still show.
 */
export function columnBand(band: Span, count: number, index: number): Span {
  const step = band.length / Math.max(count, 1);
  const width = Math.max(2, step * 0.7);
  return { start: band.start + index * step + (step - width) / 2, length: width };
}
