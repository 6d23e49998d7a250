/**
 * Chart `annual-balance-1991-2025`: the U.S. goods balance, services balance and total balance
 * for every year of the annual file, as three lines labelled at their ends.
 */
import * as Plot from '@observablehq/plot';
import { formatMoney } from '../../logic/money';
import { annualRow, type AnnualTradeRow, type TradeScope } from '../../logic/series';
import { toBillions, type ChartSource, type ChartSpec } from './chart-spec';
import { renderPlot } from './render-plot';

export interface AnnualBalanceInput {
  readonly rows: readonly AnnualTradeRow[];
  readonly source: ChartSource;
}

/** How each scope is named and drawn; the class carries its colour and dash pattern. */
const LINES: readonly { scope: TradeScope; label: string; tone: string }[] = [
  { scope: 'goods_services', label: 'Total', tone: 'total' },
  { scope: 'goods', label: 'Goods', tone: 'goods' },
  { scope: 'services', label: 'Services', tone: 'services' },
];

const billions = (millions: number) => formatMoney(millions, { unit: 'billion' });

/** A deficit or surplus in words: "a deficit of $1,240.9 billion". */
const describe = (millions: number) =>
  `${millions < 0 ? 'a deficit' : 'a surplus'} of ${formatMoney(Math.abs(millions))}`;

export function buildAnnualBalanceChart(input: AnnualBalanceInput): ChartSpec {
  const years = [...new Set(input.rows.map((row) => row.year))].sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) throw new Error('the annual file has no rows');

  const points = LINES.flatMap((line) =>
    years.map((year) => ({
      year,
      scope: line.scope,
      label: line.label,
      billions: toBillions(annualRow(input.rows, year, line.scope).balance),
    })),
  );
  const lastGoods = annualRow(input.rows, last, 'goods').balance;
  const lastServices = annualRow(input.rows, last, 'services').balance;
  const lastTotal = annualRow(input.rows, last, 'goods_services').balance;
  const firstTotal = annualRow(input.rows, first, 'goods_services').balance;
  const alwaysGoodsDeficit = years.every(
    (year) => annualRow(input.rows, year, 'goods').balance < 0,
  );
  const alwaysServicesSurplus = years.every(
    (year) => annualRow(input.rows, year, 'services').balance > 0,
  );

  const title = `U.S. trade balance by year, goods and services, ${first}–${last}`;
  const pattern =
    alwaysGoodsDeficit && alwaysServicesSurplus
      ? `In every year from ${first} to ${last} the United States bought more goods from the rest of the world than it sold (a goods deficit) and sold more services than it bought (a services surplus). `
      : '';
  const summary =
    `${pattern}The total went from ${describe(firstTotal)} in ${first} to ${describe(lastTotal)} in ${last}: ` +
    `in ${last}, goods showed ${describe(lastGoods)} and services ${describe(lastServices)}.`;

  const image = renderPlot(
    {
      width: 420,
      height: 300,
      marginLeft: 48,
      marginRight: 62,
      marginBottom: 36,
      x: { label: 'Year', labelAnchor: 'right', labelArrow: 'none', tickFormat: 'd', ticks: 6 },
      y: {
        label: 'Balance, billions of dollars',
        labelArrow: 'none',
        grid: true,
        ticks: 6,
      },
      marks: [
        Plot.ruleY([0], { className: 'chart-zero' }),
        ...LINES.map((line) =>
          Plot.lineY(
            points.filter((point) => point.scope === line.scope),
            { x: 'year', y: 'billions', className: `chart-line chart-line--${line.tone}` },
          ),
        ),
        ...LINES.map((line) =>
          Plot.text(
            points.filter((point) => point.scope === line.scope && point.year === last),
            {
              x: 'year',
              y: 'billions',
              text: 'label',
              dx: 5,
              textAnchor: 'start',
              className: `chart-label chart-label--${line.tone}`,
            },
          ),
        ),
      ],
    },
    { title, summary },
  );

  return {
    id: 'annual-balance-1991-2025',
    title,
    summary,
    panels: [image],
    key: LINES.map((line) => ({
      label: line.label,
      className: `chart-line chart-line--${line.tone}`,
      shape: 'line',
    })),
    tables: [
      {
        caption: `U.S. trade balance by year, ${first}–${last} (negative is a deficit)`,
        columns: ['Year', 'Goods', 'Services', 'Total (goods and services)'],
        rows: years.map((year) => [
          String(year),
          billions(annualRow(input.rows, year, 'goods').balance),
          billions(annualRow(input.rows, year, 'services').balance),
          billions(annualRow(input.rows, year, 'goods_services').balance),
        ]),
      },
    ],
    sources: [input.source],
  };
}
