/**
 * National saving and investment as two bars on one scale, and net exports, the gap between
 * them, as a third. Plain SVG attributes only; the identity written out beside it carries the
 * same numbers.
 */
import { formatMoneyDetailed } from '../../logic/money';

interface Props {
  nationalSaving: number;
  investment: number;
  netExports: number;
  description: string;
}

const WIDTH = 420;
const LABEL = 120;
const ROW = 34;
const BAR = 22;

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
  const high = Math.max(0, ...rows.map((row) => row.value));
  const low = Math.min(0, ...rows.map((row) => row.value));
  const plot = WIDTH - LABEL - 8;
  const range = high - low || 1;
  const x = (value: number) => LABEL + ((value - low) / range) * plot;
  const height = rows.length * ROW + 4;
  return (
    <figure class="saving-bars">
      <figcaption>Saving, investment and the gap between them</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={description}
        focusable="false"
      >
        {rows.map((row, index) => {
          const y = index * ROW + 4;
          const left = Math.min(x(0), x(row.value));
          return (
            <g key={row.label} class={`bar bar-${row.kind}`}>
              <text class="bar-label" x={LABEL - 8} y={y + BAR / 2 + 5} text-anchor="end">
                {row.label}
              </text>
              <rect
                x={left}
                y={y}
                width={Math.max(Math.abs(x(row.value) - x(0)), 1)}
                height={BAR}
              />
              <title>{`${row.label}: ${formatMoneyDetailed(row.value)}`}</title>
            </g>
          );
        })}
        <line class="zero-line" x1={x(0)} x2={x(0)} y1={0} y2={height} />
      </svg>
    </figure>
  );
}
