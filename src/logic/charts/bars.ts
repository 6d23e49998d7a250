/**
 * Bar rectangles for the calculators' charts: spans between two coordinates, bars stacked end to
 * end, rows of horizontal bars and bands of columns. Every chart shares the row spacing, so the
 * charts on one page line up.
 */
import type { Span } from './scale';

/** Which way a bar grows from zero. */
export type Side = 'negative' | 'positive';

export type Orientation = 'horizontal' | 'vertical';

/** An SVG rectangle's own attributes. */
export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The width every calculator chart is drawn at, before the page scales it. */
export const CHART_WIDTH = 420;

const ROW_PITCH = 34;
const ROW_BAR_THICKNESS = 22;
const ROWS_TOP = 4;
// Half a 14px label's x-height below the bar's middle, which centres the text on the bar.
const TEXT_DROP = 5;

/** The stretch between two coordinates, whichever is smaller first. */
export function spanBetween(a: number, b: number): Span {
  return { start: Math.min(a, b), length: Math.abs(b - a) };
}

/** A bar of `length` growing from `zero`: rightwards (or downwards) when positive. */
export function spanFromZero(zero: number, length: number, side: Side): Span {
  return { start: side === 'negative' ? zero - length : zero, length };
}

/** The same span, lengthened if need be so that a bar for zero still shows as a hairline. */
export function withMinimumLength(span: Span, minimum: number): Span {
  return { start: span.start, length: Math.max(span.length, minimum) };
}

/** Parts laid end to end from `start`, as in one stacked bar, each with the span it fills. */
export function stackedSpans<Part>(
  start: number,
  parts: readonly Part[],
  lengthOf: (part: Part) => number,
): { part: Part; span: Span }[] {
  let next = start;
  return parts.map((part) => {
    const span = { start: next, length: lengthOf(part) };
    next += span.length;
    return { part, span };
  });
}

/** The vertical stretch of the bar in row `index` of a chart of horizontal bars. */
export function rowBar(index: number): Span {
  return { start: index * ROW_PITCH + ROWS_TOP, length: ROW_BAR_THICKNESS };
}

/** The baseline that centres a line of text on the bar in row `index`. */
export function rowTextBaseline(index: number): number {
  const bar = rowBar(index);
  return bar.start + bar.length / 2 + TEXT_DROP;
}

/** The height of a chart of `count` rows, with `padding` for the first row's top and below. */
export function rowsHeight(count: number, padding: number): number {
  return count * ROW_PITCH + padding;
}

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

/** The rectangle of a bar: `along` is its length on the value axis, `across` its thickness. */
export function barRectangle(orientation: Orientation, along: Span, across: Span): Rectangle {
  return orientation === 'horizontal'
    ? { x: along.start, y: across.start, width: along.length, height: across.length }
    : { x: across.start, y: along.start, width: across.length, height: along.length };
}
