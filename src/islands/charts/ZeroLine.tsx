/** The line at zero that a chart's bars grow from, drawn across the bars from edge to edge. */
import type { Orientation } from '../../logic/charts/bars';

interface Props {
  /** Which way the bars run; the line crosses them. */
  bars: Orientation;
  /** Zero's coordinate on the value axis. */
  at: number;
  /** How far the line runs across the bars: the drawing's height or width. */
  length: number;
}

export default function ZeroLine({ bars, at, length }: Props) {
  return bars === 'horizontal' ? (
    <line class="zero-line" x1={at} x2={at} y1={0} y2={length} />
  ) : (
    <line class="zero-line" x1={0} x2={length} y1={at} y2={at} />
  );
}
