/**
 * Chart `vintages-2024`: the twelve months of 2024 in each vintage the site holds for them
 * (first published, after the June 2025 revision, after the June 2026 revision), as lines with
 * different dash patterns and markers, so a reader sees that "the same month" carries several
 * numbers, all of them real.
 */
import * as Plot from '@observablehq/plot';
import { MONTH_NAMES } from '../../logic/data/period';
import { formatMoney } from '../../logic/money';
import { joinVintages, monthsOf, sumExact, type MonthlyPoint } from '../../logic/series';
import { toBillions, type ChartSource, type ChartSpec } from './chart-spec';
import { renderPlot } from './render-plot';

/** One vintage of the monthly series, oldest first. */
export interface VintageLine {
  /** A short key, also the CSS tone of its line and markers ("first", "revised", "latest"). */
  readonly tone: 'first' | 'revised' | 'latest';
  /** How the key and the table name it: "First published (March 2025 download)". */
  readonly label: string;
  /** A short column heading for the table: "First published". */
  readonly column: string;
  /** What a sentence calls it: "after the June 2025 revision". */
  readonly words: string;
  readonly points: readonly MonthlyPoint[];
  readonly source: ChartSource;
}

export interface VintagesInput {
  readonly year: number;
  /** At least two vintages, oldest first. */
  readonly vintages: readonly VintageLine[];
}

const SYMBOLS = ['circle', 'square', 'triangle'] as const;
const MARKER_WORDS: Record<(typeof SYMBOLS)[number], string> = {
  circle: 'circles',
  square: 'squares',
  triangle: 'triangles',
};

export function buildVintagesChart(input: VintagesInput): ChartSpec {
  const { vintages, year } = input;
  if (vintages.length < 2) throw new Error('a vintages chart needs at least two vintages');
  const names = vintages.map((_, index) => String(index));
  const joined = joinVintages<string>(
    Object.fromEntries(vintages.map((vintage, index) => [String(index), vintage.points])),
    monthsOf(year),
  );
  const rows = joined.map((row, rowIndex) => ({
    month: rowIndex + 1,
    period: row.period,
    values: names.map((name, index) => {
      const value = row.values[name];
      if (value === undefined) {
        throw new Error(
          `${row.period} is missing from the vintage "${vintages[index]?.label ?? name}"`,
        );
      }
      return value;
    }),
  }));
  const totals = names.map((_, index) => sumExact(rows.map((row) => row.values[index] ?? 0)));
  const first = vintages[0];
  const last = vintages.at(-1);
  const firstTotal = totals[0] ?? 0;
  const lastTotal = totals.at(-1) ?? 0;
  if (!first || !last) throw new Error('a vintages chart needs at least two vintages');
  const changedByLast = rows.filter((row) => row.values.at(-1) !== row.values[0]).length;
  const largest = Math.max(
    ...rows.flatMap((row) =>
      row.values.slice(1).map((value, index) => Math.abs(value - (row.values[index] ?? 0))),
    ),
  );
  if (largest > 10_000) {
    throw new Error(`a month of ${year} was revised by more than $10 billion: update the summary`);
  }

  const title = `The twelve months of ${year}, first published and revised`;
  const steps = vintages
    .slice(1)
    .map((vintage, index) => `${formatMoney(Math.abs(totals[index + 1] ?? 0))} ${vintage.words}`)
    .join(', and ');
  const summary =
    `Added up, the months of ${year} gave a deficit of ${formatMoney(Math.abs(firstTotal))} as first published; ${steps}. ` +
    `Between the first and the newest vintage, ${changedByLast} of the 12 months changed, each by less than $10 billion.`;

  const points = vintages.flatMap((vintage, index) =>
    rows.map((row) => ({
      month: row.month,
      vintage: vintage.tone,
      billions: toBillions(row.values[index] ?? 0),
    })),
  );
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
        tickFormat: (month: number) => MONTH_NAMES[month - 1]?.slice(0, 3) ?? '',
        label: `Month of ${year}`,
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
      marks: vintages.flatMap((vintage, index) => {
        const data = points.filter((point) => point.vintage === vintage.tone);
        return [
          Plot.lineY(data, {
            x: 'month',
            y: 'billions',
            className: `chart-line chart-line--${vintage.tone}`,
          }),
          Plot.dot(data, {
            x: 'month',
            y: 'billions',
            symbol: SYMBOLS[index] ?? 'circle',
            r: 3,
            className: `chart-dot chart-dot--${vintage.tone}`,
          }),
        ];
      }),
    },
    { title, summary },
  );

  const billions = (millions: number) => formatMoney(millions, { unit: 'billion' });
  const change = (millions: number) =>
    millions === 0 ? 'no change' : formatMoney(millions, { unit: 'billion', signed: true });
  const totalRevision = sumExact([lastTotal, -firstTotal]);

  return {
    id: 'vintages-2024',
    title,
    summary,
    panels: [image],
    key: vintages.map((vintage, index) => {
      const symbol = SYMBOLS[index] ?? 'circle';
      return {
        label: `${vintage.label}, ${MARKER_WORDS[symbol]}`,
        className: `chart-line chart-line--${vintage.tone}`,
        shape: 'line',
        marker: { shape: symbol, className: `chart-dot chart-dot--${vintage.tone}` },
      };
    }),
    tables: [
      {
        caption: `U.S. goods and services balance by month, ${year}, in ${vintages.length} vintages (negative is a deficit)`,
        columns: ['Month', ...vintages.map((vintage) => vintage.column), 'First to newest'],
        rows: [
          ...rows.map((row) => [
            `${MONTH_NAMES[row.month - 1] ?? row.period} ${year}`,
            ...row.values.map(billions),
            change(sumExact([row.values.at(-1) ?? 0, -(row.values[0] ?? 0)])),
          ]),
          [`Whole year ${year}`, ...totals.map(billions), change(totalRevision)],
        ],
      },
    ],
    sources: vintages.map((vintage) => vintage.source),
    note: 'Every line is the seasonally adjusted monthly balance of the same series (FRED BOPGSTB), downloaded at a different time.',
  };
}
