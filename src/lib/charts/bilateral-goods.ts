/**
 * Chart `bilateral-goods-2024`: the 2024 U.S. goods balance with each partner in the partner
 * file, as diverging bars sorted from the largest deficit (top, bars to the left) to the
 * largest surplus (bottom, bars to the right), each labelled with its value.
 */
import * as Plot from '@observablehq/plot';
import { formatMoney } from '../../logic/money';
import { partnerName, type PartnerTradeRow } from '../../logic/series';
import { toBillions, type ChartSource, type ChartSpec } from './chart-spec';
import { renderPlot } from './render-plot';

export interface BilateralGoodsInput {
  readonly rows: readonly PartnerTradeRow[];
  readonly source: ChartSource;
}

/** The partner file's code for the European Union as a whole. */
const EUROPEAN_UNION = 'AGG_0003';

/** A partner's name as it reads inside a sentence: "the Netherlands", "China". */
export function inSentence(name: string): string {
  return /^(European|Netherlands|United |Philippines)/.test(name) ? `the ${name}` : name;
}

const billions = (millions: number) => formatMoney(millions, { unit: 'billion' });

/** "−297.0" for a bar's end label: billions with one decimal and a real minus sign. */
const barLabel = (billionsValue: number) =>
  `${billionsValue < 0 ? '\u2212' : '+'}${Math.abs(billionsValue).toFixed(1)}`;

export function buildBilateralGoodsChart(input: BilateralGoodsInput): ChartSpec {
  const years = [...new Set(input.rows.map((row) => row.year))];
  const [year] = years;
  if (year === undefined || years.length !== 1) {
    throw new Error(`the partner file should hold one year, found ${years.join(', ') || 'none'}`);
  }
  const bars = [...input.rows]
    .sort((a, b) => a.balance - b.balance)
    .map((row) => {
      const value = toBillions(row.balance);
      return {
        name: row.code === EUROPEAN_UNION ? 'European Union' : partnerName(row.label),
        billions: value,
        label: barLabel(value),
        row,
      };
    });
  const deficits = bars.filter((bar) => bar.billions < 0);
  const surpluses = bars.filter((bar) => bar.billions >= 0);
  const largestDeficit = deficits[0];
  const largestSurplus = surpluses.at(-1);
  const low = Math.min(0, ...bars.map((bar) => bar.billions));
  const high = Math.max(0, ...bars.map((bar) => bar.billions));
  // Room beyond the longest bars for their value labels.
  const pad = (high - low) * 0.3;

  const title = `U.S. goods trade balance with ${bars.length} partners, ${year}`;
  const summary =
    `In ${year} the United States had a goods deficit with ${deficits.length} of these partners and a surplus with ${surpluses.length}.` +
    (largestDeficit
      ? ` The largest deficit was with ${inSentence(largestDeficit.name)} (${formatMoney(largestDeficit.row.balance)}).`
      : '') +
    (largestSurplus
      ? ` The largest surplus was with ${inSentence(largestSurplus.name)} (${formatMoney(largestSurplus.row.balance, { signed: true })}).`
      : '');

  const bar = (data: typeof bars, className: string, anchor: 'start' | 'end') => [
    Plot.barX(data, { x: 'billions', y: 'name', className }),
    Plot.text(data, {
      x: 'billions',
      y: 'name',
      text: 'label',
      textAnchor: anchor,
      dx: anchor === 'start' ? 3 : -3,
      className: 'chart-label chart-label--value',
    }),
  ];

  const image = renderPlot(
    {
      width: 420,
      height: bars.length * 17 + 56,
      marginLeft: 146,
      marginRight: 12,
      marginTop: 12,
      marginBottom: 40,
      x: {
        domain: [low - pad, high + pad],
        label: '← deficit · billions of dollars · surplus →',
        labelAnchor: 'center',
        labelArrow: 'none',
        grid: true,
        ticks: 5,
      },
      y: { domain: bars.map((entry) => entry.name), label: null, tickSize: 0, padding: 0.2 },
      marks: [
        ...bar(deficits, 'chart-bar chart-bar--deficit', 'end'),
        ...bar(surpluses, 'chart-bar chart-bar--surplus', 'start'),
        Plot.ruleX([0], { className: 'chart-zero' }),
      ],
    },
    { title, summary },
  );

  return {
    id: 'bilateral-goods-2024',
    title,
    summary,
    panels: [image],
    key: [
      {
        label: 'Deficit (bars to the left)',
        className: 'chart-bar chart-bar--deficit',
        shape: 'box',
      },
      {
        label: 'Surplus (bars to the right)',
        className: 'chart-bar chart-bar--surplus',
        shape: 'box',
      },
    ],
    tables: [
      {
        caption: `U.S. trade in goods with each partner, ${year}`,
        columns: ['Partner', 'Exports', 'Imports', 'Balance'],
        rows: bars.map((entry) => [
          entry.row.code === EUROPEAN_UNION ? 'European Union (all members together)' : entry.name,
          billions(entry.row.exports),
          billions(entry.row.imports),
          billions(entry.row.balance),
        ]),
      },
    ],
    sources: [input.source],
    note: 'The European Union is shown as a whole and several of its members (such as Germany and Ireland) are also shown on their own, so these balances overlap and must not be added up. The list is not the whole world.',
  };
}
