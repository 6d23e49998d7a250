/**
 * Chart `debt-and-deficits`: two small panels side by side. On the left, the federal debt (a
 * stock, measured at the end of each quarter, in trillions); on the right, the budget surplus or
 * deficit of each fiscal year (a flow, in billions). Putting them apart, with their own axes and
 * units, is the point: a stock and a flow are different kinds of number.
 */
import * as Plot from '@observablehq/plot';
import { formatMoney } from '../../logic/money';
import type { FiscalYearPoint, QuarterlyPoint } from '../../logic/series';
import { toBillions, toTrillions, type ChartSource, type ChartSpec } from './chart-spec';
import { renderPlot } from './render-plot';

export interface DebtAndDeficitsInput {
  readonly debt: readonly QuarterlyPoint[];
  readonly deficits: readonly FiscalYearPoint[];
  readonly debtSource: ChartSource;
  readonly deficitSource: ChartSource;
  /** The first year drawn in both panels, so their time axes match. Defaults to the deficits' first. */
  readonly fromYear?: number;
}

const QUARTER_NAMES = ['March', 'June', 'September', 'December'] as const;

/** "1998, 1999, 2000 and 2001" */
function listInWords(items: readonly (string | number)[]): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** Groups consecutive years: [1998, 1999, 2000, 2001] → "1998 to 2001". */
function yearRuns(years: readonly number[]): string[] {
  const runs: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const year of [...years, Number.NaN]) {
    if (start !== undefined && previous !== undefined && year !== previous + 1) {
      runs.push(start === previous ? String(start) : `${start} to ${previous}`);
      start = undefined;
    }
    if (!Number.isNaN(year)) {
      start ??= year;
      previous = year;
    }
  }
  return runs;
}

export function buildDebtAndDeficitsChart(input: DebtAndDeficitsInput): ChartSpec {
  const fromYear = input.fromYear ?? input.deficits[0]?.fiscalYear;
  if (fromYear === undefined) throw new Error('the deficit series has no rows');
  const debt = input.debt
    .filter((point) => point.year >= fromYear)
    .map((point) => ({
      // Each value is the debt at the END of its quarter, so it is drawn there.
      time: point.year + point.quarter / 4,
      trillions: toTrillions(point.value),
      point,
    }));
  const deficits = input.deficits
    .filter((point) => point.fiscalYear >= fromYear)
    .map((point) => ({ year: point.fiscalYear, billions: toBillions(point.value), point }));
  const latestDebt = debt.at(-1)?.point;
  const latestDeficit = deficits.at(-1)?.point;
  if (!latestDebt || !latestDeficit) throw new Error('the debt or deficit series has no rows');
  const lastYear = Math.max(latestDebt.year + 1, latestDeficit.fiscalYear);
  const surplusYears = deficits.filter((entry) => entry.billions > 0).map((entry) => entry.year);

  const title = 'Federal debt (a stock) and yearly budget deficits (a flow)';
  const debtWhen = `the end of ${QUARTER_NAMES[latestDebt.quarter - 1] ?? ''} ${latestDebt.year}`;
  const summary =
    `The federal debt is everything the government owes at one moment: ${formatMoney(latestDebt.value)} at ${debtWhen}. ` +
    `A budget deficit is how much more the government spent than it collected in one year: ${formatMoney(Math.abs(latestDeficit.value))} in fiscal year ${latestDeficit.fiscalYear}. ` +
    (surplusYears.length > 0
      ? `Since ${fromYear} the budget was in surplus only in fiscal ${surplusYears.length > 1 ? 'years' : 'year'} ${listInWords(yearRuns(surplusYears))}.`
      : `The budget was in deficit in every fiscal year since ${fromYear}.`);

  const xAxis = {
    domain: [fromYear, lastYear],
    tickFormat: 'd',
    ticks: 4,
    labelAnchor: 'right',
    labelArrow: 'none',
  } as const;

  const debtImage = renderPlot(
    {
      width: 320,
      height: 260,
      marginLeft: 40,
      marginRight: 14,
      marginBottom: 36,
      x: { ...xAxis, label: 'Year' },
      y: { label: 'Debt, trillions of dollars', labelArrow: 'none', grid: true, ticks: 5 },
      marks: [
        Plot.areaY(debt, { x: 'time', y: 'trillions', className: 'chart-area chart-area--debt' }),
        Plot.lineY(debt, { x: 'time', y: 'trillions', className: 'chart-line chart-line--debt' }),
        Plot.ruleY([0], { className: 'chart-zero' }),
      ],
    },
    {
      title: 'Federal debt at the end of each quarter',
      summary: `It grew from ${formatMoney(debt[0]?.point.value ?? 0)} in ${fromYear} to ${formatMoney(latestDebt.value)} at ${debtWhen}.`,
    },
  );

  const deficitImage = renderPlot(
    {
      width: 320,
      height: 260,
      marginLeft: 48,
      marginRight: 14,
      marginBottom: 36,
      x: { ...xAxis, label: 'Fiscal year' },
      y: {
        label: 'Surplus or deficit, billions of dollars',
        labelArrow: 'none',
        grid: true,
        ticks: 5,
      },
      marks: [
        Plot.rectY(
          deficits.filter((entry) => entry.billions < 0),
          {
            x: 'year',
            y: 'billions',
            interval: 1,
            inset: 0.5,
            className: 'chart-bar chart-bar--deficit',
          },
        ),
        Plot.rectY(
          deficits.filter((entry) => entry.billions >= 0),
          {
            x: 'year',
            y: 'billions',
            interval: 1,
            inset: 0.5,
            className: 'chart-bar chart-bar--surplus',
          },
        ),
        Plot.ruleY([0], { className: 'chart-zero' }),
      ],
    },
    {
      title: 'Federal budget surplus or deficit in each fiscal year',
      summary: `Deficits are bars below zero; fiscal year ${latestDeficit.fiscalYear} had a deficit of ${formatMoney(Math.abs(latestDeficit.value))}.`,
    },
  );

  const trillions = (millions: number) => formatMoney(millions, { unit: 'trillion', decimals: 2 });

  return {
    id: 'debt-and-deficits',
    title,
    summary,
    panels: [
      { heading: 'Debt: the stock, trillions of dollars', ...debtImage },
      { heading: 'Deficits: the flow each year, billions of dollars', ...deficitImage },
    ],
    key: [
      {
        label: 'Deficit year (below zero)',
        className: 'chart-bar chart-bar--deficit',
        shape: 'box',
      },
      {
        label: 'Surplus year (above zero)',
        className: 'chart-bar chart-bar--surplus',
        shape: 'box',
      },
    ],
    tables: [
      {
        caption: `Federal debt at the end of each year, ${fromYear}–${latestDebt.year} (the last row is the latest quarter)`,
        columns: ['End of', 'Total public debt'],
        rows: debt
          .filter((entry) => entry.point.quarter === 4 || entry === debt.at(-1))
          .map((entry) => [
            entry.point.quarter === 4
              ? `December ${entry.point.year}`
              : `${QUARTER_NAMES[entry.point.quarter - 1] ?? ''} ${entry.point.year}`,
            trillions(entry.point.value),
          ]),
      },
      {
        caption: `Federal budget surplus or deficit by fiscal year, ${fromYear}–${latestDeficit.fiscalYear} (negative is a deficit)`,
        columns: ['Fiscal year', 'Surplus (+) or deficit (−)'],
        rows: deficits.map((entry) => [
          String(entry.year),
          formatMoney(entry.point.value, { unit: 'billion', signed: true }),
        ]),
      },
    ],
    sources: [input.debtSource, input.deficitSource],
    note: 'A fiscal year ended on June 30 until 1976 and has ended on September 30 since 1977.',
  };
}
