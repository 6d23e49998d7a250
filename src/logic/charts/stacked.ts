/** Stacked bars, whose parts add up to a whole, such as a price and the tariff on it. */
import type { Span } from './scale';

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
