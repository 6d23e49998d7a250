/**
 * Scales for the calculators' hand-drawn bar charts: where a value lands in the drawing, in SVG
 * units. Pure arithmetic, so the islands only map their data and choose words and colours.
 */

/** A stretch of the drawing, in SVG units: where it begins and how far it runs. */
export interface Span {
  readonly start: number;
  readonly length: number;
}

/** The values a scale covers: `from` lands at the start of its span, `to` at the end. */
export interface Domain {
  readonly from: number;
  readonly to: number;
}

/**
 * Maps a value linearly onto `pixels`. A domain that runs from high to low turns the scale
 * around, as a column chart needs, where larger values sit higher and so nearer y = 0.
 */
export function linearScale(domain: Domain, pixels: Span): (value: number) => number {
  const width = domain.to - domain.from;
  // A domain of one point has no direction to divide by: everything sits at the start, which is
  // where a chart of zeros draws its zero line.
  if (width === 0) return () => pixels.start;
  return (value) => pixels.start + ((value - domain.from) / width) * pixels.length;
}

/** The lowest and highest of `values`, stretched to include zero so bars grow from a baseline. */
export function extentWithZero(values: readonly number[]): { low: number; high: number } {
  return { low: Math.min(0, ...values), high: Math.max(0, ...values) };
}
