/**
 * Horizontal bars that grow left of zero for deficits and right of it for surpluses, each with
 * its value at its far end.
 */
import { balanceKind } from '../logic/balance';
import { CHART_WIDTH, withMinimumLength } from '../logic/charts/bars';
import { spanFromZero, zeroPlacement } from '../logic/charts/diverging';
import { rowBar, rowsHeight, rowTextBaseline } from '../logic/charts/rows';
import { valueLabelPlacement } from '../logic/charts/labels';
import { linearScale } from '../logic/charts/scale';
import { formatMoneyDetailed } from '../logic/money';
import { BarRect, ChartFigure, ZeroLine } from './charts/BarChart';
import BarRow from './charts/BarRow';

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

const LABEL_WIDTH = 74;

export default function BalanceBars({ title, bars, description }: Props) {
  const largest = Math.max(1, ...bars.map((bar) => Math.abs(bar.value)));
  const { zero, reach } = zeroPlacement(
    { start: LABEL_WIDTH, length: CHART_WIDTH - LABEL_WIDTH - 10 },
    { negative: bars.some((bar) => bar.value < 0), positive: bars.some((bar) => bar.value > 0) },
  );
  const lengthOf = linearScale({ from: 0, to: largest }, { start: 0, length: reach });
  const height = rowsHeight(bars.length, 8);
  return (
    <ChartFigure name="balance-bars" caption={title} height={height} description={description}>
      {bars.map((bar, index) => {
        const side = bar.value < 0 ? 'negative' : 'positive';
        const span = spanFromZero(zero, lengthOf(Math.abs(bar.value)), side);
        const value = valueLabelPlacement(span, side);
        return (
          <BarRow
            key={bar.label}
            index={index}
            label={bar.label}
            barsStart={LABEL_WIDTH}
            kind={`bar bar-${balanceKind(bar.value)}`}
          >
            <BarRect
              orientation="horizontal"
              along={withMinimumLength(span, 1)}
              across={rowBar(index)}
              cornerRadius={3}
            />
            <text
              x={value.x}
              y={rowTextBaseline(index)}
              text-anchor={value.anchor}
              class={value.inside ? 'bar-value inside' : 'bar-value'}
            >
              {formatMoneyDetailed(bar.value)}
            </text>
          </BarRow>
        );
      })}
      <ZeroLine bars="horizontal" at={zero} length={height} />
    </ChartFigure>
  );
}
