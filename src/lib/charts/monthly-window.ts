/**
 * One chart shape for a run of months of the newest monthly vintage, used twice:
 * - `latest-24-months` (on /latest/): the balance of the last 24 months as bars, deficits below
 *   zero and surpluses above it;
 * - `tariff-period` (for lesson 5): exports and imports as two lines from January 2024 to the
 *   latest month, the gap between them (the deficit) shaded, and the tariff announcement of
 *   April 2, 2025 marked by a rule with its label.
 * Both come with the same table (balance, exports and imports by month) and a summary computed
 * from the numbers: what the data did, never why.
 */
import * as Plot from '@observablehq/plot';
import { sumMillions } from '../../logic/balance';
import {
  MONTH_NAMES,
  makePeriod,
  periodLabel,
  spanLabel,
  type Period,
} from '../../logic/data/period';
import { balanceWords, countWord, type MonthFlows } from '../../logic/latest/report';
import { formatMoney } from '../../logic/money';
import {
  toBillions,
  type ChartId,
  type ChartKeyEntry,
  type ChartSource,
  type ChartSpec,
} from './chart-spec';
import { renderPlot } from './render-plot';

/** An event drawn as a labelled rule at its day of the month. */
export interface ChartEvent {
  readonly month: Period;
  /** The day of the month, 1–31. */
  readonly day: number;
  /** The rule's label, also the key's words: "April 2, 2025: tariffs announced". */
  readonly label: string;
}

/** `tariff-period`: from January 2024, with the announcement of April 2, 2025 marked. */
export const TARIFF_PERIOD = {
  from: makePeriod('monthly', 2024, 1),
  event: {
    month: makePeriod('monthly', 2025, 4),
    day: 2,
    label: 'April 2, 2025: tariffs announced',
  },
} as const;

export interface MonthlyWindowInput {
  readonly id: ChartId;
  /** Every month of the vintage, oldest first (the window is cut from it). */
  readonly months: readonly MonthFlows[];
  readonly from: Period;
  readonly to: Period;
  /** Bars of the balance, or lines of exports and imports. */
  readonly draw: 'balance' | 'flows';
  readonly event?: ChartEvent | undefined;
  readonly source: ChartSource;
  /** How the numbers are measured, for the note: "seasonally adjusted, balance of payments basis". */
  readonly measure?: string | undefined;
}

// Every digit kept, as the report's sentences and the lessons' figures print them, so that
// "$3.0 billion" never stands beside "$2.9 billion" as "$3 billion".
const money = (millions: number) => formatMoney(millions, { fixed: true });
const billions = (millions: number) => formatMoney(millions, { unit: 'billion', fixed: true });
const size = (millions: number) => money(Math.abs(millions));

/** "Jul 2024": a month short enough for an axis tick. */
const shortMonth = (month: Period) =>
  `${(MONTH_NAMES[month.part - 1] ?? '').slice(0, 3)} ${String(month.year)}`;

const average = (values: readonly number[]) => sumMillions(...values) / values.length;

function largestBy(
  months: readonly MonthFlows[],
  pick: (month: MonthFlows) => number,
): MonthFlows | undefined {
  return months.reduce<MonthFlows | undefined>(
    (best, month) => (best === undefined || pick(month) > pick(best) ? month : best),
    undefined,
  );
}

function balanceSummary(window: readonly MonthFlows[], span: string): string {
  const deficits = window.filter((month) => month.balance < 0);
  const surpluses = window.filter((month) => month.balance > 0);
  const latest = window.at(-1);
  const count = window.length;
  const parts: string[] = [];
  if (deficits.length === count) {
    parts.push(
      `The United States had a trade deficit in all ${countWord(count)} months from ${span}.`,
    );
  } else if (surpluses.length === count) {
    parts.push(
      `The United States had a trade surplus in all ${countWord(count)} months from ${span}.`,
    );
  } else {
    parts.push(
      `From ${span} the United States had a trade deficit in ${countWord(deficits.length)} of the ${countWord(count)} months and a surplus in ${countWord(surpluses.length)}.`,
    );
  }
  const widest = largestBy(deficits, (month) => -month.balance);
  const narrowest = largestBy(deficits, (month) => month.balance);
  if (widest && narrowest && widest !== narrowest) {
    parts.push(
      `The largest deficit was ${size(widest.balance)} in ${periodLabel(widest.period)} and the smallest ${size(narrowest.balance)} in ${periodLabel(narrowest.period)}.`,
    );
  }
  const biggestSurplus = largestBy(surpluses, (month) => month.balance);
  if (biggestSurplus) {
    parts.push(
      `The largest surplus was ${size(biggestSurplus.balance)} in ${periodLabel(biggestSurplus.period)}.`,
    );
  }
  if (latest) {
    parts.push(`In ${periodLabel(latest.period)} the balance was ${balanceWords(latest.balance)}.`);
  }
  return parts.join(' ');
}

function flowsSummary(
  window: readonly MonthFlows[],
  all: readonly MonthFlows[],
  event: ChartEvent | undefined,
): string {
  const parts: string[] = [];
  const top = largestBy(window, (month) => month.imports);
  const first = window[0];
  const last = window.at(-1);
  if (top && first && last) {
    const peaked = top !== first && top !== last;
    const highestEver = all.every((month) => month.imports <= top.imports);
    const start = all[0];
    parts.push(
      `Imports ${peaked ? 'peaked' : 'were highest'} in ${periodLabel(top.period)} at ${money(top.imports)}` +
        (highestEver && start
          ? `, the highest of any month since the series starts in ${periodLabel(start.period)}.`
          : `, the highest of these ${countWord(window.length)} months.`),
    );
  }
  if (event && first && last) {
    const before = window.filter((month) => month.period.index < event.month.index);
    const after = window.filter((month) => month.period.index >= event.month.index);
    const beforeLast = before.at(-1);
    if (before.length > 0 && after.length > 0 && beforeLast) {
      const afterAverage = average(after.map((month) => month.balance));
      const beforeAverage = average(before.map((month) => month.balance));
      const from = spanLabel(event.month, last.period);
      const earlier = spanLabel(first.period, beforeLast.period);
      if (afterAverage < 0 && beforeAverage < 0) {
        const smaller = Math.abs(afterAverage) < Math.abs(beforeAverage);
        parts.push(
          `From ${from} the deficit averaged ${size(afterAverage)} a month, ${smaller ? 'smaller' : 'larger'} than the ${size(beforeAverage)} a month from ${earlier}.`,
        );
      } else {
        parts.push(
          `From ${from} the balance averaged ${balanceWords(afterAverage)} a month, against ${balanceWords(beforeAverage)} a month from ${earlier}.`,
        );
      }
    }
  }
  return parts.join(' ');
}

/** Ticks for the month axis: January and July of each year, or fewer on a long window. */
function monthTicks(window: readonly MonthFlows[]): number[] {
  const every = window.length > 36 ? 12 : 6;
  return window
    .filter((month) => (month.period.part - 1) % every === 0)
    .map((month) => month.period.index);
}

export function buildMonthlyWindowChart(input: MonthlyWindowInput): ChartSpec {
  const window = input.months.filter(
    (month) => month.period.index >= input.from.index && month.period.index <= input.to.index,
  );
  const first = window[0];
  const last = window.at(-1);
  if (!first || !last) {
    throw new Error(
      `${input.id}: the series holds no month from ${input.from.key} to ${input.to.key}`,
    );
  }
  if (window.length !== last.period.index - first.period.index + 1) {
    throw new Error(
      `${input.id}: a month between ${first.period.key} and ${last.period.key} is missing`,
    );
  }
  const span = spanLabel(first.period, last.period);
  const byIndex = new Map(window.map((month) => [month.period.index, month]));
  const tickFormat = (index: number) => {
    const month = byIndex.get(index);
    return month ? shortMonth(month.period) : '';
  };
  // The event's place on the month axis: month N is drawn from N − 0.5 to N + 0.5.
  const shown = input.event && {
    event: input.event,
    x: input.event.month.index - 0.5 + (input.event.day - 1) / 31,
  };
  const event =
    shown && shown.x > first.period.index - 0.5 && shown.x < last.period.index + 0.5
      ? shown
      : undefined;
  const eventMarks = event
    ? [
        Plot.ruleX([event.x], { className: 'chart-rule chart-rule--event' }),
        Plot.text([event.x], {
          x: (value: number) => value,
          frameAnchor: 'top',
          dy: -8,
          dx: 4,
          textAnchor: 'start',
          lineAnchor: 'bottom',
          text: () => event.event.label.replace(': ', ':\n'),
          className: 'chart-label chart-label--event',
        }),
      ]
    : [];
  const xAxis = {
    domain: [first.period.index - 0.5, last.period.index + 0.5],
    ticks: monthTicks(window),
    tickFormat,
    label: null,
  };
  const points = window.map((month) => ({
    x: month.period.index,
    x1: month.period.index - 0.5,
    x2: month.period.index + 0.5,
    balance: toBillions(month.balance),
    exports: toBillions(month.exports),
    imports: toBillions(month.imports),
    // The shaded gap between the lines: a deficit band where imports are above exports.
    gapTop: toBillions(Math.max(month.imports, month.exports)),
  }));

  let title: string;
  let summary: string;
  let key: ChartKeyEntry[];
  let marks: Plot.Markish[];
  let y: Plot.ScaleOptions;
  let marginRight = 14;
  if (input.draw === 'balance') {
    title = `U.S. trade balance by month, ${span}`;
    summary = balanceSummary(window, span);
    const deficits = points.filter((point) => point.balance < 0);
    const surpluses = points.filter((point) => point.balance >= 0);
    marks = [
      Plot.rectY(deficits, {
        x1: 'x1',
        x2: 'x2',
        y: 'balance',
        insetLeft: 1,
        insetRight: 1,
        className: 'chart-bar chart-bar--deficit',
      }),
      Plot.rectY(surpluses, {
        x1: 'x1',
        x2: 'x2',
        y: 'balance',
        insetLeft: 1,
        insetRight: 1,
        className: 'chart-bar chart-bar--surplus',
      }),
      Plot.ruleY([0], { className: 'chart-zero' }),
    ];
    y = {
      label: 'Balance, billions of dollars',
      labelArrow: 'none',
      grid: true,
      nice: true,
      ticks: 5,
    };
    key = [
      ...(deficits.length > 0
        ? [
            {
              label: 'Deficit (bar below zero)',
              className: 'chart-bar chart-bar--deficit',
              shape: 'box' as const,
            },
          ]
        : []),
      ...(surpluses.length > 0
        ? [
            {
              label: 'Surplus (bar above zero)',
              className: 'chart-bar chart-bar--surplus',
              shape: 'box' as const,
            },
          ]
        : []),
    ];
  } else {
    title = `U.S. exports and imports by month, ${span}`;
    summary = flowsSummary(window, input.months, input.event);
    marginRight = 58;
    const ends = [
      { x: last.period.index, y: toBillions(last.imports), label: 'Imports', tone: 'imports' },
      { x: last.period.index, y: toBillions(last.exports), label: 'Exports', tone: 'exports' },
    ];
    marks = [
      Plot.areaY(points, {
        x: 'x',
        y1: 'exports',
        y2: 'gapTop',
        className: 'chart-area chart-area--gap',
      }),
      Plot.lineY(points, { x: 'x', y: 'imports', className: 'chart-line chart-line--imports' }),
      Plot.lineY(points, { x: 'x', y: 'exports', className: 'chart-line chart-line--exports' }),
      ...ends.map((end) =>
        Plot.text([end], {
          x: 'x',
          y: 'y',
          text: 'label',
          dx: 6,
          textAnchor: 'start',
          className: `chart-label chart-label--${end.tone}`,
        }),
      ),
    ];
    // Round the axis out to the next $50 billion each way, so no line touches the frame.
    const values = points.flatMap((point) => [point.exports, point.imports]);
    const step = 50;
    y = {
      label: 'Billions of dollars (axis does not start at zero)',
      labelArrow: 'none',
      grid: true,
      domain: [
        Math.floor(Math.min(...values) / step) * step,
        Math.ceil(Math.max(...values) / step) * step,
      ],
      ticks: 5,
    };
    key = [
      { label: 'Imports (solid line)', className: 'chart-line chart-line--imports', shape: 'line' },
      {
        label: 'Exports (dashed line)',
        className: 'chart-line chart-line--exports',
        shape: 'line',
      },
      {
        label: 'Gap between them: the trade deficit',
        className: 'chart-area chart-area--gap',
        shape: 'box',
      },
    ];
  }
  if (event) {
    key.push({
      label: event.event.label,
      className: 'chart-rule chart-rule--event',
      shape: 'line',
    });
  }

  const image = renderPlot(
    {
      width: 420,
      height: 290,
      marginLeft: 48,
      marginRight,
      marginTop: event ? 44 : 20,
      marginBottom: 30,
      x: xAxis,
      y,
      marks: [...marks, ...eventMarks],
    },
    { title, summary },
  );

  return {
    id: input.id,
    title,
    summary,
    panels: [image],
    key,
    tables: [
      {
        caption: `U.S. exports, imports and trade balance by month, ${span} (negative is a deficit)`,
        columns: ['Month', 'Exports', 'Imports', 'Balance'],
        rows: window.map((month) => [
          periodLabel(month.period),
          billions(month.exports),
          billions(month.imports),
          billions(month.balance),
        ]),
      },
    ],
    sources: [input.source],
    ...(input.measure
      ? {
          note: `Goods and services together, ${input.measure}. Exports minus imports is the balance.`,
        }
      : {}),
  };
}
