/**
 * The debt path as columns: each year's column is the debt at its end (the stock), and its top
 * part, in a second colour, is what that year added (the flow: the deficit plus interest) or took
 * away. The table beside it carries the same numbers.
 */
import { CHART_WIDTH, spanBetween, withMinimumLength } from '../../logic/charts/bars';
import { columnBand } from '../../logic/charts/columns';
import { extentWithZero, linearScale } from '../../logic/charts/scale';
import { formatMoney } from '../../logic/money';
import { BarRect, ChartFigure, ZeroLine } from '../charts/BarChart';

export interface DebtColumn {
  label: string;
  debt: number;
  /** The debt before this column's year; absent for the starting column. */
  before?: number;
}

interface Props {
  columns: readonly DebtColumn[];
  /** The same information as a sentence, for readers who cannot see the chart. */
  description: string;
}

const HEIGHT = 200;
const TOP = 24;
const BOTTOM = 24;
const LEFT = 4;

export default function DebtChart({ columns, description }: Props) {
  const { low, high } = extentWithZero(
    columns.flatMap((column) => [column.debt, column.before ?? column.debt]),
  );
  // From high to low, so that more debt stands taller.
  const y = linearScale({ from: high, to: low }, { start: TOP, length: HEIGHT - TOP - BOTTOM });
  const band = { start: LEFT, length: CHART_WIDTH - LEFT * 2 };
  const first = columns[0];
  const last = columns[columns.length - 1];
  const legend = (
    <p class="debt-key">
      <span class="key-stock">Debt carried from earlier years</span>{' '}
      <span class="key-flow">Added that year (deficit plus interest)</span>
    </p>
  );
  return (
    <ChartFigure
      name="debt-chart"
      caption="The debt, year by year"
      height={HEIGHT}
      description={description}
      legend={legend}
    >
      {columns.map((column, index) => {
        const across = columnBand(band, columns.length, index);
        const before = column.before;
        const flow = before === undefined ? null : spanBetween(y(before), y(column.debt));
        return (
          <g key={column.label}>
            <BarRect
              kind="debt-stock"
              orientation="vertical"
              along={withMinimumLength(spanBetween(y(0), y(column.debt)), 1)}
              across={across}
            />
            {flow && flow.length > 0.5 && (
              <BarRect
                kind={column.debt >= (before ?? 0) ? 'debt-flow' : 'debt-flow down'}
                orientation="vertical"
                along={flow}
                across={across}
              />
            )}
          </g>
        );
      })}
      <ZeroLine bars="vertical" at={y(0)} length={CHART_WIDTH} />
      {first && (
        <text class="debt-axis" x={LEFT} y={HEIGHT - 6} text-anchor="start">
          {first.label}
        </text>
      )}
      {last && columns.length > 1 && (
        <text class="debt-axis" x={CHART_WIDTH - LEFT} y={HEIGHT - 6} text-anchor="end">
          {last.label}
        </text>
      )}
      {last && (
        <text class="debt-axis" x={CHART_WIDTH - LEFT} y={14} text-anchor="end">
          {formatMoney(last.debt)}
        </text>
      )}
    </ChartFigure>
  );
}
