/** Bars that grow either way from zero, as deficits and surpluses do. */
import type { Span } from './scale';

/** Which way a bar grows from zero. */
export type Side = 'negative' | 'positive';

/** Which sides of zero a chart's values fall on. */
export interface Sides {
  readonly negative: boolean;
  readonly positive: boolean;
}

/**
 * Where zero goes on a chart whose bars grow either way from it, and how far the longest bar
 * reaches. Zero sits in the middle when both signs occur; otherwise it sits at the edge the bars
 * grow from, so one-sided charts use the whole width.
 */
export function zeroPlacement(plot: Span, sides: Sides): { zero: number; reach: number } {
  const both = sides.negative && sides.positive;
  const offset = both ? plot.length / 2 : sides.negative ? plot.length : 0;
  return { zero: plot.start + offset, reach: both ? plot.length / 2 : plot.length };
}

/** A bar of `length` growing from `zero`: rightwards (or downwards) when positive. */
export function spanFromZero(zero: number, length: number, side: Side): Span {
  return { start: side === 'negative' ? zero - length : zero, length };
}
