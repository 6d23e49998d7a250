/**
 * The debt path as columns: each year's column is the debt at its end (the stock), and its top
 * part, in a second colour, is what that year added (the flow: the deficit plus interest) or took
 * away. Plain SVG attributes only; the table beside it carries the same numbers.
 */
import { formatMoney } from '../../logic/money';

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

const WIDTH = 420;
const HEIGHT = 200;
const TOP = 24;
const BOTTOM = 24;
const LEFT = 4;

export default function DebtChart({ columns, description }: Props) {
  const values = columns.flatMap((column) => [column.debt, column.before ?? column.debt]);
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  const range = high - low || 1;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + ((high - value) / range) * plot;
  const step = (WIDTH - LEFT * 2) / Math.max(columns.length, 1);
  const barWidth = Math.max(2, step * 0.7);
  const first = columns[0];
  const last = columns[columns.length - 1];
  return (
    <figure class="debt-chart">
      <figcaption>The debt, year by year</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={description}
        focusable="false"
      >
        {columns.map((column, index) => {
          const x = LEFT + index * step + (step - barWidth) / 2;
          const top = Math.min(y(column.debt), y(0));
          const stock = Math.max(Math.abs(y(column.debt) - y(0)), 1);
          const before = column.before;
          const flowTop = before === undefined ? 0 : Math.min(y(before), y(column.debt));
          const flow = before === undefined ? 0 : Math.abs(y(before) - y(column.debt));
          return (
            <g key={column.label}>
              <rect class="debt-stock" x={x} y={top} width={barWidth} height={stock} />
              {flow > 0.5 && (
                <rect
                  class={column.debt >= (before ?? 0) ? 'debt-flow' : 'debt-flow down'}
                  x={x}
                  y={flowTop}
                  width={barWidth}
                  height={flow}
                />
              )}
            </g>
          );
        })}
        <line class="zero-line" x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} />
        {first && (
          <text class="debt-axis" x={LEFT} y={HEIGHT - 6} text-anchor="start">
            {first.label}
          </text>
        )}
        {last && columns.length > 1 && (
          <text class="debt-axis" x={WIDTH - LEFT} y={HEIGHT - 6} text-anchor="end">
            {last.label}
          </text>
        )}
        {last && (
          <text class="debt-axis" x={WIDTH - LEFT} y={14} text-anchor="end">
            {formatMoney(last.debt)}
          </text>
        )}
      </svg>
      <p class="debt-key">
        <span class="key-stock">Debt carried from earlier years</span>{' '}
        <span class="key-flow">Added that year (deficit plus interest)</span>
      </p>
    </figure>
  );
}
