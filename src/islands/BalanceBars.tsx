/**
 * Horizontal bars that grow left of zero for deficits and right of it for surpluses. Drawn as
 * plain SVG attributes (no style attributes, which the Content Security Policy forbids).
 */
import { balanceKind } from '../logic/balance';
import { formatMoneyDetailed } from '../logic/money';

export interface Bar {
  label: string;
  value: number;
}

interface Props {
  title: string;
  bars: readonly Bar[];
  /** The same information as a sentence, for readers who cannot see the chart. */
  description: string;
}

const WIDTH = 420;
const LABEL_WIDTH = 74;
const ROW = 34;
const BAR = 22;

export default function BalanceBars({ title, bars, description }: Props) {
  const largest = Math.max(1, ...bars.map((bar) => Math.abs(bar.value)));
  const plotWidth = WIDTH - LABEL_WIDTH - 10;
  const hasDeficit = bars.some((bar) => bar.value < 0);
  const hasSurplus = bars.some((bar) => bar.value > 0);
  // Zero sits in the middle when both signs occur, otherwise at the edge the bars grow from.
  const zeroX =
    LABEL_WIDTH + (hasDeficit && hasSurplus ? plotWidth / 2 : hasDeficit ? plotWidth : 0);
  const span = hasDeficit && hasSurplus ? plotWidth / 2 : plotWidth;
  const height = bars.length * ROW + 8;
  return (
    <figure class="balance-bars">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={description}
        focusable="false"
      >
        {bars.map((bar, index) => {
          const length = (Math.abs(bar.value) / largest) * span;
          const y = index * ROW + 4;
          const x = bar.value < 0 ? zeroX - length : zeroX;
          const kind = balanceKind(bar.value);
          const labelInside = length > 120;
          // A long bar holds its value inside its far end; a short one has it just beyond.
          const negative = bar.value < 0;
          const valueX = negative
            ? labelInside
              ? x + 6
              : x - 6
            : labelInside
              ? x + length - 6
              : x + length + 6;
          const anchor = negative === labelInside ? 'start' : 'end';
          return (
            <g key={bar.label} class={`bar bar-${kind}`}>
              <text x={LABEL_WIDTH - 8} y={y + BAR / 2 + 5} text-anchor="end" class="bar-label">
                {bar.label}
              </text>
              <rect x={x} y={y} width={Math.max(length, 1)} height={BAR} rx="3" />
              <text
                x={valueX}
                y={y + BAR / 2 + 5}
                text-anchor={anchor}
                class={labelInside ? 'bar-value inside' : 'bar-value'}
              >
                {formatMoneyDetailed(bar.value)}
              </text>
            </g>
          );
        })}
        <line x1={zeroX} x2={zeroX} y1="0" y2={height} class="zero-line" />
      </svg>
    </figure>
  );
}
