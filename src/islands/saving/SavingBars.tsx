/**
 * National saving and investment as two bars on one scale, and net exports, the gap between
 * them, as a third. The identity written out beside it carries the same numbers.
 */
import { CHART_WIDTH, spanBetween, withMinimumLength } from '../../logic/charts/bars';
import { rowBar, rowsHeight } from '../../logic/charts/rows';
import { extentWithZero, linearScale } from '../../logic/charts/scale';
import { formatMoneyDetailed } from '../../logic/money';
import { BarRect, ChartFigure, ZeroLine } from '../charts/BarChart';
import BarRow from '../charts/BarRow';

interface Props {
  nationalSaving: number;
  investment: number;
  netExports: number;
  description: string;
}

const LABEL_WIDTH = 120;

export default function SavingBars({ nationalSaving, investment, netExports, description }: Props) {
  const rows = [
    { label: 'National saving', value: nationalSaving, kind: 'saving' },
    { label: 'Investment', value: investment, kind: 'investment' },
    {
      label: 'Net exports',
      value: netExports,
      kind: netExports < 0 ? 'deficit' : netExports > 0 ? 'surplus' : 'balanced',
    },
  ];
  const { low, high } = extentWithZero(rows.map((row) => row.value));
  const x = linearScale(
    { from: low, to: high },
    { start: LABEL_WIDTH, length: CHART_WIDTH - LABEL_WIDTH - 8 },
  );
  const height = rowsHeight(rows.length, 4);
  return (
    <ChartFigure
      name="saving-bars"
      caption="Saving, investment and the gap between them"
      height={height}
      description={description}
    >
      {rows.map((row, index) => (
        <BarRow
          key={row.label}
          index={index}
          label={row.label}
          barsStart={LABEL_WIDTH}
          kind={`bar bar-${row.kind}`}
        >
          <BarRect
            orientation="horizontal"
            along={withMinimumLength(spanBetween(x(0), x(row.value)), 1)}
            across={rowBar(index)}
          />
          <title>{`${row.label}: ${formatMoneyDetailed(row.value)}`}</title>
        </BarRow>
      ))}
      <ZeroLine bars="horizontal" at={x(0)} length={height} />
    </ChartFigure>
  );
}
