/**
 * One row of a chart of horizontal bars: the row's name, right-aligned before the bars, and
 * whatever the chart draws in the row (its bars, its value).
 */
import type { ComponentChildren } from 'preact';
import { rowLabelX, rowTextBaseline } from '../../logic/charts/rows';

interface Props {
  /** The row's place from the top, which sets its height in the drawing. */
  index: number;
  label: string;
  /** Where the bars begin: the name ends just before it. */
  barsStart: number;
  /** The row's class, by which the CSS colours its bars. */
  kind?: string;
  children: ComponentChildren;
}

export default function BarRow({ index, label, barsStart, kind, children }: Props) {
  return (
    <g class={kind}>
      <text class="bar-label" x={rowLabelX(barsStart)} y={rowTextBaseline(index)} text-anchor="end">
        {label}
      </text>
      {children}
    </g>
  );
}
