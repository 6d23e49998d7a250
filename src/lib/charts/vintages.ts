/**
 * Chart `vintages-2024`: the twelve months of 2024 as first published (the March 2025 download)
 * and after the June 2025 annual revision, as two lines with different dash patterns and
 * markers, so a reader sees that "the same month" can carry two numbers.
 */
import * as Plot from '@observablehq/plot';
import { formatMoney } from '../../logic/money';
import {
  joinVintages,
  monthsOf,
  sumExact,
  type MonthlyPoint,
  type VintageRow,
} from '../../logic/series';
import { toBillions, type ChartSource, type ChartSpec } from './chart-spec';
import { renderPlot } from './render-plot';
import { MONTH_NAMES } from '../../logic/figure-format';

export interface VintagesInput {
  readonly year: number;
  readonly firstPublished: readonly MonthlyPoint[];
  readonly revised: readonly MonthlyPoint[];
  readonly firstSource: ChartSource;
  readonly revisedSource: ChartSource;
}

const MONTHS = MONTH_NAMES;

const LINES = [
  {
    vintage: 'first',
    label: 'First published (March 2025 download)',
    tone: 'first',
    symbol: 'circle',
  },
  {
    vintage: 'revised',
    label: 'Revised (June 2025 download)',
    tone: 'revised',
    symbol: 'square',
  },
] as const;

type Vintage = (typeof LINES)[number]['vintage'];

function complete(row: VintageRow<Vintage>): { first: number; revised: number } {
  const { first, revised } = row.values;
  if (first === undefined || revised === undefined) {
    throw new Error(`${row.period} is missing from one of the two vintages`);
  }
  return { first, revised };
}

export function buildVintagesChart(input: VintagesInput): ChartSpec {
  const rows = joinVintages<Vintage>(
    { first: input.firstPublished, revised: input.revised },
    monthsOf(input.year),
  ).map((row, index) => ({ month: index + 1, period: row.period, ...complete(row) }));
  const points = LINES.flatMap((line) =>
    rows.map((row) => ({
      month: row.month,
      vintage: line.vintage,
      billions: toBillions(row[line.vintage]),
    })),
  );
  const firstTotal = sumExact(rows.map((row) => row.first));
  const revisedTotal = sumExact(rows.map((row) => row.revised));
  const changed = rows.filter((row) => row.first !== row.revised).length;

  const title = `The twelve months of ${input.year}, first published and revised`;
  const summary =
    `Added up, the months of ${input.year} gave a deficit of ${formatMoney(Math.abs(firstTotal))} as first published; after the June 2025 revision they give ${formatMoney(Math.abs(revisedTotal))}. ` +
    `The revision changed ${changed} of the 12 months, each by a few billion dollars at most.`;
  const largest = Math.max(...rows.map((row) => Math.abs(row.revised - row.first)));
  if (largest > 5_000) {
    throw new Error(
      `a month of ${input.year} was revised by more than $5 billion: update the summary`,
    );
  }

  const image = renderPlot(
    {
      width: 420,
      height: 280,
      marginLeft: 48,
      marginRight: 14,
      marginBottom: 36,
      x: {
        domain: [0.5, 12.5],
        ticks: 12,
        tickFormat: (month: number) => MONTHS[month - 1]?.slice(0, 3) ?? '',
        label: `Month of ${input.year}`,
        labelAnchor: 'right',
        labelArrow: 'none',
      },
      y: {
        label: 'Balance, billions of dollars (axis does not start at zero)',
        labelArrow: 'none',
        grid: true,
        nice: true,
        ticks: 5,
      },
      marks: LINES.flatMap((line) => {
        const data = points.filter((point) => point.vintage === line.vintage);
        return [
          Plot.lineY(data, {
            x: 'month',
            y: 'billions',
            className: `chart-line chart-line--${line.tone}`,
          }),
          Plot.dot(data, {
            x: 'month',
            y: 'billions',
            symbol: line.symbol,
            r: 3,
            className: `chart-dot chart-dot--${line.tone}`,
          }),
        ];
      }),
    },
    { title, summary },
  );

  const billions = (millions: number) => formatMoney(millions, { unit: 'billion' });
  const change = (millions: number) =>
    millions === 0 ? 'no change' : formatMoney(millions, { unit: 'billion', signed: true });

  return {
    id: 'vintages-2024',
    title,
    summary,
    panels: [image],
    key: LINES.map((line) => ({
      label: `${line.label}, ${line.symbol === 'circle' ? 'circles' : 'squares'}`,
      className: `chart-line chart-line--${line.tone}`,
      shape: 'line',
      marker: { shape: line.symbol, className: `chart-dot chart-dot--${line.tone}` },
    })),
    tables: [
      {
        caption: `U.S. goods and services balance by month, ${input.year}, in two vintages (negative is a deficit)`,
        columns: ['Month', 'First published', 'Revised', 'Revision'],
        rows: [
          ...rows.map((row) => [
            `${MONTHS[row.month - 1] ?? row.period} ${input.year}`,
            billions(row.first),
            billions(row.revised),
            change(row.revised - row.first),
          ]),
          [
            `Whole year ${input.year}`,
            billions(firstTotal),
            billions(revisedTotal),
            change(sumExact([revisedTotal, -firstTotal])),
          ],
        ],
      },
    ],
    sources: [input.firstSource, input.revisedSource],
    note: 'Both lines are seasonally adjusted monthly balances of the same series (FRED BOPGSTB), downloaded at two different times.',
  };
}
