/**
 * The layout of a chart of horizontal bars: one bar per row, its name before it. The three
 * charts of rows share one spacing, so charts on one page line up.
 */
import type { Span } from './scale';

const ROW_PITCH = 34;
const ROW_BAR_THICKNESS = 22;
const ROWS_TOP = 4;
// A text's baseline sits this far below the bar's middle, so that its letters, not their
// baseline, are centred on the bar.
const TEXT_DROP = 5;

// The gap between a row's name and the bars.
const LABEL_GAP = 8;

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

/** The x at which a row's name, anchored at its end, stops short of bars that begin at `barsStart`. */
export function rowLabelX(barsStart: number): number {
  return barsStart - LABEL_GAP;
}
