/**
 * Horizontal bars on a shared zero: deficits grow to the left, surpluses to the right. The
 * scale comes from the calculator (the bilateral one uses `divergingBars` from src/logic); this
 * only turns fractions into SVG. It imports no calculator logic, so any page can use it cheaply. Classes
 * only, no style attributes (the Content Security Policy forbids them). The chart is an image
 * to assistive technology, described by a sentence the calculator shows beside it.
 */
import { balanceKind } from '../../logic/balance';
import type { DivergingBars } from '../../logic/calculators/bilateral';
import { formatMoney } from '../../logic/money';

/** Each row's value over the largest, from −1 to 1, and which sides of zero are used. */
export type ChartScale = Pick<DivergingBars, 'fractions' | 'hasDeficits' | 'hasSurpluses'>;

export interface ChartRow {
  readonly label: string;
  readonly value: number;
  /** Drawn apart from the rest, such as "rest of the world". */
  readonly muted?: boolean;
}

interface Props {
  rows: readonly ChartRow[];
  /** One fraction per row, in the same order. */
  scale: ChartScale;
  /** A short name for the chart. */
  label: string;
  /** The id of the sentence that says what the chart shows. */
  summaryId: string;
}

// Narrow enough that the text keeps a readable size when a phone shrinks the chart.
const WIDTH = 480;
const LABEL_WIDTH = 124;
// Room for a value such as "−$168.6 billion" at 14px beside the longest bar.
const VALUE_ROOM = 115;
const ROW = 28;
const BAR = 18;
const MAX_LABEL = 15;

function shortLabel(label: string): string {
  const chars = Array.from(label);
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : label;
}

export default function DivergingChart({ rows, scale, label, summaryId }: Props) {
  const left = LABEL_WIDTH + VALUE_ROOM;
  const right = WIDTH - VALUE_ROOM;
  const both = scale.hasDeficits && scale.hasSurpluses;
  const zeroX = both ? (left + right) / 2 : scale.hasDeficits ? WIDTH - 8 : LABEL_WIDTH + 8;
  const span = both ? (right - left) / 2 : scale.hasDeficits ? zeroX - left : right - zeroX;
  const height = rows.length * ROW + 8;
  return (
    <svg
      class="diverging-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      aria-describedby={summaryId}
      focusable="false"
    >
      {rows.map((row, index) => {
        const fraction = scale.fractions[index] ?? 0;
        const length = Math.abs(fraction) * span;
        const y = index * ROW + 4;
        const textY = y + BAR / 2 + 5;
        const negative = fraction < 0;
        return (
          <g key={index} class={`bar bar-${balanceKind(row.value)}${row.muted ? ' muted' : ''}`}>
            <text x={LABEL_WIDTH - 8} y={textY} text-anchor="end" class="bar-label">
              {shortLabel(row.label)}
            </text>
            <rect
              x={negative ? zeroX - length : zeroX}
              y={y}
              width={Math.max(length, 1)}
              height={BAR}
              rx="3"
            />
            <text
              x={negative ? zeroX - length - 5 : zeroX + length + 5}
              y={textY}
              text-anchor={negative ? 'end' : 'start'}
              class="bar-value"
            >
              {formatMoney(row.value)}
            </text>
          </g>
        );
      })}
      <line x1={zeroX} x2={zeroX} y1="0" y2={height} class="zero-line" />
    </svg>
  );
}
