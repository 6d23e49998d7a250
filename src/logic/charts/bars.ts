/**
 * Bar rectangles for the calculators' charts, shared by all four. Layouts that only some charts
 * use (rows, columns, bars either side of zero, stacked bars) have modules of their own, so that
 * a page loads only what its chart draws.
 */
import type { Span } from './scale';

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

/** The stretch between two coordinates, whichever is smaller first. */
export function spanBetween(a: number, b: number): Span {
  return { start: Math.min(a, b), length: Math.abs(b - a) };
}

/** The same span, lengthened if need be so that a bar for zero still shows as a hairline. */
export function withMinimumLength(span: Span, minimum: number): Span {
  return { start: span.start, length: Math.max(span.length, minimum) };
}

/** The rectangle of a bar: `along` is its length on the value axis, `across` its thickness. */
export function barRectangle(orientation: Orientation, along: Span, across: Span): Rectangle {
  return orientation === 'horizontal'
    ? { x: along.start, y: across.start, width: along.length, height: across.length }
    : { x: across.start, y: along.start, width: across.length, height: along.length };
}
