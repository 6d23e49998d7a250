/**
 * "The latest report, explained": everything the /latest/ page and the home page's pointer say
 * about the newest month of U.S. trade, worked out from the series files and written out in the
 * words lesson 7 teaches ("the deficit narrowed by $4.4 billion").
 *
 * Pure: the build reads the newest vintage of the monthly balance, exports and imports, the
 * vintage before it (for what the new one revised) and quarterly GDP, and hands the observations
 * in. Every sentence the pages print is made here from the numbers, so it reads right for any
 * month the data may bring: a deficit that widens or narrows, a surplus, a balance that changes
 * sign, a January (the year so far is one month), a previous vintage that is absent, GDP that
 * does not yet cover the latest quarter.
 *
 * One rule runs through it: a sentence never mixes two vintages. The numbers of the newest file
 * stand on their own; a sentence that compares two vintages names both releases.
 */
import { balanceKind, describeChange, sumMillions, type BalanceChange } from '../balance';
import {
  MONTH_NAMES,
  makePeriod,
  periodLabel,
  shiftPeriod,
  spanLabel,
  type Period,
} from '../data/period';
import { formatMoney, type FormatMoneyOptions } from '../money';
import { formatPercent } from '../percent';

/**
 * Money as the page prints it, with every digit kept ("$388.0 billion" beside "$314.7
 * billion"), as the lessons' figures do.
 */
const money = (millions: number, options: FormatMoneyOptions = {}): string =>
  formatMoney(millions, { ...options, fixed: true });

/** One value of a series (the shape `observations` returns); null where the file has none. */
export interface ValueAt {
  readonly period: Period;
  readonly value: number | null;
}

/** Which file a set of numbers comes from, and the release it belongs to ("August 2026"). */
export interface ReleaseOf {
  /** The series id in `content/data/series.yaml`; pages link to /data/#<id>. */
  readonly seriesId: string;
  /** The vintage in a few words, as `series.yaml` gives it: "August 2026". */
  readonly release: string;
}

export interface LatestReportInput {
  /** The newest vintage: the balance, exports and imports by month, millions of dollars. */
  readonly current: ReleaseOf & {
    readonly balance: readonly ValueAt[];
    readonly exports: readonly ValueAt[];
    readonly imports: readonly ValueAt[];
  };
  /** The vintage before it: the balance by month, for what the newest one revised. */
  readonly previous?: (ReleaseOf & { readonly balance: readonly ValueAt[] }) | undefined;
  /** GDP by quarter, billions of dollars at a seasonally adjusted annual rate. */
  readonly gdp?: (ReleaseOf & { readonly quarters: readonly ValueAt[] }) | undefined;
}

/** One month of the newest vintage. Millions of dollars; a negative balance is a deficit. */
export interface MonthFlows {
  readonly period: Period;
  readonly balance: number;
  readonly exports: number;
  readonly imports: number;
}

/** The latest month against the month before it. */
export interface MonthChange {
  readonly earlier: MonthFlows;
  readonly change: BalanceChange;
  /** "In May 2026 the balance was … So from May to June 2026 the deficit narrowed by $4.4 billion." */
  readonly sentence: string;
  /** "Exports fell by $2.9 billion, to $314.7 billion, and imports fell by …" */
  readonly flowsSentence: string;
  /**
   * The line as the monthly release prints it, a level and the change in brackets:
   * "a deficit of $73.3 billion (−$4.4 billion)"; absent when the balance changed sign.
   */
  readonly reportLine?: { readonly text: string; readonly sentence: string } | undefined;
}

/** A run of months of one year added up. */
export interface MonthsTotal {
  readonly from: Period;
  readonly to: Period;
  readonly balance: number;
  readonly exports: number;
  readonly imports: number;
}

export interface YearToDate {
  readonly months: number;
  readonly current: MonthsTotal;
  /** The same months a year earlier, when the file holds all of them. */
  readonly yearEarlier?: MonthsTotal | undefined;
  readonly change?: BalanceChange | undefined;
  readonly sentences: readonly string[];
}

export interface ShareOfGdp {
  /** The four quarters, oldest first. */
  readonly quarters: readonly Period[];
  /** The twelve months those quarters hold, first and last. */
  readonly from: Period;
  readonly to: Period;
  /** The balance over those twelve months, millions of dollars. */
  readonly balance: number;
  /** The average of the four quarters' GDP at an annual rate: a year's GDP, millions. */
  readonly gdp: number;
  /** The balance as a percent of GDP; negative for a deficit. */
  readonly percent: number;
  /** The same share for the four quarters a year before, when both files hold them. */
  readonly yearEarlier?: { readonly from: Period; readonly to: Period; readonly percent: number };
  /** Whether these are the four quarters ending with the latest month's quarter. */
  readonly upToLatest: boolean;
  readonly sentences: readonly string[];
  readonly gdpSource: ReleaseOf;
}

/** One month in both vintages. */
export interface Revision {
  readonly period: Period;
  readonly before: number;
  readonly after: number;
  /** After minus before, millions. */
  readonly difference: number;
}

export interface YearRevision {
  readonly year: number;
  readonly before: number;
  readonly after: number;
  readonly difference: number;
  /** "2024: −$903.5 billion in the February 2026 data, −$885.5 billion in the August 2026 data." */
  readonly sentence: string;
}

export type Revisions =
  | {
      readonly kind: 'compared';
      readonly previous: ReleaseOf;
      /** The months both vintages hold, first and last. */
      readonly from: Period;
      readonly to: Period;
      readonly compared: number;
      readonly changed: number;
      /** The largest revisions by size, largest first (at most five). */
      readonly largest: readonly Revision[];
      /** Calendar-year totals in both vintages, for each year both hold completely. */
      readonly years: readonly YearRevision[];
      /** Months the newest vintage holds after the last month of the previous one. */
      readonly added?: { readonly from: Period; readonly to: Period; readonly count: number };
      readonly sentences: readonly string[];
    }
  | { readonly kind: 'none'; readonly sentences: readonly string[] };

export interface LatestReport {
  readonly source: ReleaseOf;
  readonly latest: MonthFlows;
  /** "June 2026, in the August 2026 data" */
  readonly kicker: string;
  /** "In June 2026 the United States exported …" */
  readonly monthSentences: readonly string[];
  readonly change?: MonthChange | undefined;
  readonly yearToDate: YearToDate;
  /** The last 24 months (fewer when the file is shorter), oldest first. */
  readonly window: readonly MonthFlows[];
  readonly shareOfGdp?: ShareOfGdp | undefined;
  /** Why there is no share of GDP, when there is none. */
  readonly shareMissing?: string | undefined;
  readonly revisions: Revisions;
  /** The home page's one line: "In June 2026 the U.S. trade deficit was $73.3 billion, …" */
  readonly headline: string;
}

/** How many months the chart and table of recent months cover. */
export const WINDOW_MONTHS = 24;
/** How many of the largest revisions the page lists. */
export const LARGEST_REVISIONS = 5;
/** Exports minus imports must equal the balance to within this many millions (rounding). */
const ROUNDING_TOLERANCE = 1;

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;

/** "six", "twelve", "72": counting words for small numbers, digits after twelve. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "$73.3 billion", always without a sign: the size of a deficit or surplus. */
const size = (millions: number) => money(Math.abs(millions));

/** A balance as a signed level: "−$73.3 billion", "+$2 billion", "$0". */
export const signedMoney = (millions: number): string => money(millions, { signed: true });

/** "a deficit of $73.3 billion", "a surplus of $2 billion", "balanced trade". */
export function balanceWords(millions: number): string {
  const kind = balanceKind(millions);
  return kind === 'balanced' ? 'balanced trade' : `a ${kind} of ${size(millions)}`;
}

/** "rose by $2.9 billion, to $314.7 billion", "fell by …", "did not change, at …". */
function flowChange(before: number, after: number): string {
  const difference = sumMillions(after, -before);
  if (difference === 0) return `did not change, at ${money(after)}`;
  return `${difference > 0 ? 'rose' : 'fell'} by ${size(difference)}, to ${money(after)}`;
}

/** A month as a sentence names it after another month: "May", or "December 2025" across years. */
function monthAfter(month: Period, reference: Period): string {
  return month.year === reference.year
    ? (MONTH_NAMES[month.part - 1] ?? periodLabel(month))
    : periodLabel(month);
}

/** Values by period index; a period that appears twice or a non-monthly period is an error. */
function byIndex(
  values: readonly ValueAt[],
  frequency: Period['frequency'],
  what: string,
): Map<number, number> {
  const map = new Map<number, number>();
  for (const { period, value } of values) {
    if (period.frequency !== frequency) {
      throw new RangeError(`${what}: ${period.key} is not ${frequency}`);
    }
    if (map.has(period.index)) throw new RangeError(`${what}: ${period.key} appears twice`);
    if (value !== null) map.set(period.index, value);
  }
  return map;
}

const monthAt = (index: number) => shiftPeriod(makePeriod('monthly', 0, 1), index);

/**
 * The months of the newest vintage that have all three numbers, oldest first, each checked:
 * exports minus imports must equal the balance, to within a million dollars of rounding.
 */
export function monthFlows(input: LatestReportInput['current']): MonthFlows[] {
  const balance = byIndex(input.balance, 'monthly', `${input.seriesId} balance`);
  const exports = byIndex(input.exports, 'monthly', `${input.seriesId} exports`);
  const imports = byIndex(input.imports, 'monthly', `${input.seriesId} imports`);
  const months: MonthFlows[] = [];
  for (const index of [...balance.keys()].sort((a, b) => a - b)) {
    const value = balance.get(index);
    const sold = exports.get(index);
    const bought = imports.get(index);
    if (value === undefined || sold === undefined || bought === undefined) continue;
    const period = monthAt(index);
    const gap = Math.abs(sumMillions(sold, -bought, -value));
    if (gap > ROUNDING_TOLERANCE) {
      throw new RangeError(
        `${input.seriesId}, ${period.key}: exports minus imports (${String(sumMillions(sold, -bought))}) does not equal the balance (${String(value)})`,
      );
    }
    months.push({ period, balance: value, exports: sold, imports: bought });
  }
  return months;
}

function totalOf(months: readonly MonthFlows[]): MonthsTotal {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) throw new RangeError('no months to add up');
  return {
    from: first.period,
    to: last.period,
    balance: sumMillions(...months.map((month) => month.balance)),
    exports: sumMillions(...months.map((month) => month.exports)),
    imports: sumMillions(...months.map((month) => month.imports)),
  };
}

/** The months from `from` to `to` if the file holds every one of them, else undefined. */
function run(
  lookup: ReadonlyMap<number, MonthFlows>,
  from: Period,
  to: Period,
): MonthFlows[] | undefined {
  const months: MonthFlows[] = [];
  for (let index = from.index; index <= to.index; index += 1) {
    const month = lookup.get(index);
    if (!month) return undefined;
    months.push(month);
  }
  return months;
}

function monthSentences(latest: MonthFlows): string[] {
  const when = periodLabel(latest.period);
  const kind = balanceKind(latest.balance);
  const verdict =
    kind === 'balanced'
      ? 'Exports and imports were equal: trade was balanced.'
      : kind === 'deficit'
        ? `Imports were larger than exports, so the balance is negative: a trade deficit of ${size(latest.balance)}.`
        : `Exports were larger than imports, so the balance is positive: a trade surplus of ${size(latest.balance)}.`;
  return [
    `In ${when} the United States exported ${money(latest.exports)} of goods and services and imported ${money(latest.imports)}.`,
    `Exports minus imports gives the trade balance: ${money(latest.exports)} − ${money(latest.imports)} = ${signedMoney(latest.balance)}. ${verdict}`,
  ];
}

/** The level-and-change line of the release, for two months on the same side of zero. */
function reportLine(earlier: number, later: number): MonthChange['reportLine'] {
  const before = balanceKind(earlier);
  const after = balanceKind(later);
  if (before !== after || after === 'balanced') return undefined;
  // The release describes the deficit (or surplus) itself: its size, and how that size moved.
  const change = sumMillions(Math.abs(later), -Math.abs(earlier));
  const text = `${after} ${size(later)} (${change === 0 ? 'no change' : money(change, { signed: true })})`;
  const sentence =
    change === 0
      ? `The monthly report would print this as “${text}”: the ${after} was the same size as the month before.`
      : `The monthly report would print this as “${text}”: the number in brackets is the change in the ${after} itself, so ${change < 0 ? 'a minus sign means it shrank' : 'a plus sign means it grew'}.`;
  return { text, sentence };
}

function monthChange(latest: MonthFlows, earlier: MonthFlows): MonthChange {
  const change = describeChange(earlier.balance, latest.balance, { fixed: true });
  const span = spanLabel(earlier.period, latest.period);
  return {
    earlier,
    change,
    sentence:
      `In ${periodLabel(earlier.period)} the balance was ${signedMoney(earlier.balance)}; in ${periodLabel(latest.period)} it was ${signedMoney(latest.balance)}. ` +
      `So from ${span} ${change.sentence}.`,
    flowsSentence: `Exports ${flowChange(earlier.exports, latest.exports)}, and imports ${flowChange(earlier.imports, latest.imports)}.`,
    reportLine: reportLine(earlier.balance, latest.balance),
  };
}

function yearToDate(latest: MonthFlows, lookup: ReadonlyMap<number, MonthFlows>): YearToDate {
  const january = makePeriod('monthly', latest.period.year, 1);
  const months = run(lookup, january, latest.period);
  if (!months) {
    throw new RangeError(
      `the newest file does not hold every month from ${periodLabel(january)} to ${periodLabel(latest.period)}`,
    );
  }
  const current = totalOf(months);
  const earlierMonths = run(lookup, shiftPeriod(january, -12), shiftPeriod(latest.period, -12));
  const yearEarlier = earlierMonths ? totalOf(earlierMonths) : undefined;
  const count = months.length;
  const span = spanLabel(current.from, current.to);
  const earlierSpan = yearEarlier ? spanLabel(yearEarlier.from, yearEarlier.to) : '';
  const sentences: string[] = [];
  if (count === 1) {
    sentences.push(
      `The year so far is one month, ${span}: ${balanceWords(current.balance)}.`,
      'One month is a small part of a year, so this is not a yearly total.',
    );
  } else {
    sentences.push(
      `From ${span} the monthly balances add up to ${signedMoney(current.balance)}: ${balanceWords(current.balance)}.`,
      count === 12
        ? `That is all twelve months: the whole of ${String(latest.period.year)}.`
        : `That is ${countWord(count)} of the year’s twelve months, so it is not a yearly total.`,
    );
  }
  let change: BalanceChange | undefined;
  if (yearEarlier) {
    change = describeChange(yearEarlier.balance, current.balance, { fixed: true });
    const sameMonths =
      count === 1
        ? earlierSpan
        : `the same ${countWord(count)} months of ${String(yearEarlier.from.year)}`;
    sentences.push(
      `In ${sameMonths} it was ${balanceWords(yearEarlier.balance)}. Compared with a year earlier, ${change.sentence}.`,
    );
  } else {
    sentences.push(
      `The file does not hold ${spanLabel(shiftPeriod(january, -12), shiftPeriod(latest.period, -12))}, so there is no year-earlier total to compare with.`,
    );
  }
  return { months: count, current, yearEarlier, change, sentences };
}

const quarterOf = (month: Period) => makePeriod('quarterly', month.year, Math.ceil(month.part / 3));

/** The share of GDP over four quarters ending with `last`, if both files hold all of it. */
function shareOver(
  last: Period,
  lookup: ReadonlyMap<number, MonthFlows>,
  gdp: ReadonlyMap<number, number>,
):
  | { quarters: Period[]; months: MonthFlows[]; balance: number; gdp: number; percent: number }
  | undefined {
  const quarters = [-3, -2, -1, 0].map((step) => shiftPeriod(last, step));
  const first = quarters[0];
  if (!first) return undefined;
  const months = run(
    lookup,
    makePeriod('monthly', first.year, first.part * 3 - 2),
    makePeriod('monthly', last.year, last.part * 3),
  );
  const values = quarters.map((quarter) => gdp.get(quarter.index));
  if (!months || values.some((value) => value === undefined)) return undefined;
  const gdpValues = values.filter((value) => value !== undefined);
  // Each quarter is an annual rate, so the average of four is the GDP of a year (billions → millions).
  const average = (sumMillions(...gdpValues) / gdpValues.length) * 1_000;
  const balance = sumMillions(...months.map((month) => month.balance));
  return { quarters, months, balance, gdp: average, percent: (balance / average) * 100 };
}

function shareOfGdp(
  latest: MonthFlows,
  lookup: ReadonlyMap<number, MonthFlows>,
  gdpInput: NonNullable<LatestReportInput['gdp']>,
  source: ReleaseOf,
): ShareOfGdp | undefined {
  const gdp = byIndex(gdpInput.quarters, 'quarterly', `${gdpInput.seriesId} GDP`);
  // The latest quarter the trade file holds completely, then back until GDP covers it too.
  const latestQuarter = quarterOf(latest.period);
  const newestFull = latest.period.part % 3 === 0 ? latestQuarter : shiftPeriod(latestQuarter, -1);
  for (let back = 0; back < 8; back += 1) {
    const last = shiftPeriod(newestFull, -back);
    const found = shareOver(last, lookup, gdp);
    if (!found) continue;
    const from = found.months[0]?.period;
    const to = found.months.at(-1)?.period;
    const firstQuarter = found.quarters[0];
    if (!from || !to || !firstQuarter) return undefined;
    const earlier = shareOver(shiftPeriod(last, -4), lookup, gdp);
    const earlierFrom = earlier?.months[0]?.period;
    const earlierTo = earlier?.months.at(-1)?.period;
    const kind = balanceKind(found.balance);
    const upToLatest = back === 0 && newestFull.index === latestQuarter.index;
    const sentences = [
      `In the twelve months from ${spanLabel(from, to)} the trade balance added up to ${signedMoney(found.balance)}: ${balanceWords(found.balance)} (${source.release} data).`,
      `GDP, the value of everything produced in the United States, came to ${money(found.gdp)} over the same four quarters, ${spanLabel(firstQuarter, last)} (the average of their annual rates, ${gdpInput.release} data).`,
      kind === 'balanced'
        ? 'So trade was balanced: 0% of GDP.'
        : `So the ${kind} was ${formatPercent(Math.abs(found.percent))} of GDP.`,
    ];
    if (earlier && earlierFrom && earlierTo) {
      const earlierKind = balanceKind(earlier.balance);
      sentences.push(
        earlierKind === 'balanced'
          ? `A year earlier, from ${spanLabel(earlierFrom, earlierTo)}, trade was balanced.`
          : `A year earlier, from ${spanLabel(earlierFrom, earlierTo)}, the ${earlierKind} was ${formatPercent(Math.abs(earlier.percent))} of GDP.`,
      );
    }
    if (!upToLatest) {
      sentences.push(
        `These are the latest four quarters that both files cover completely; ${periodLabel(latestQuarter)} is not yet in both.`,
      );
    }
    return {
      quarters: found.quarters,
      from,
      to,
      balance: found.balance,
      gdp: found.gdp,
      percent: found.percent,
      ...(earlier && earlierFrom && earlierTo
        ? { yearEarlier: { from: earlierFrom, to: earlierTo, percent: earlier.percent } }
        : {}),
      upToLatest,
      sentences,
      gdpSource: { seriesId: gdpInput.seriesId, release: gdpInput.release },
    };
  }
  return undefined;
}

/** "the revision made the deficit $30.5 billion larger" and its kin. */
function revisionWords(before: number, after: number): string {
  const difference = sumMillions(after, -before);
  if (difference === 0) return 'the revision left it unchanged';
  const was = balanceKind(before);
  const now = balanceKind(after);
  if (was === now && now !== 'balanced') {
    const larger = Math.abs(after) > Math.abs(before);
    return `the revision made the ${now} ${size(difference)} ${larger ? 'larger' : 'smaller'}`;
  }
  return `the revision turned ${balanceWords(before)} into ${balanceWords(after)}`;
}

function revisions(
  months: readonly MonthFlows[],
  current: ReleaseOf,
  previousInput: LatestReportInput['previous'],
): Revisions {
  if (!previousInput) {
    return {
      kind: 'none',
      sentences: [
        `The site holds no earlier vintage of this series to compare the ${current.release} data with, so it cannot show what this release revised.`,
      ],
    };
  }
  const previous: ReleaseOf = { seriesId: previousInput.seriesId, release: previousInput.release };
  const before = byIndex(previousInput.balance, 'monthly', `${previous.seriesId} balance`);
  const both: Revision[] = months.flatMap((month) => {
    const value = before.get(month.period.index);
    return value === undefined
      ? []
      : [
          {
            period: month.period,
            before: value,
            after: month.balance,
            difference: sumMillions(month.balance, -value),
          },
        ];
  });
  const first = both[0];
  const last = both.at(-1);
  if (!first || !last) {
    return {
      kind: 'none',
      sentences: [
        `The ${previous.release} data and the ${current.release} data hold no month in common, so there is nothing to compare.`,
      ],
    };
  }
  const changed = both.filter((row) => row.difference !== 0);
  const largest = [...changed]
    .sort(
      (a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.period.index - b.period.index,
    )
    .slice(0, LARGEST_REVISIONS);
  const years: YearRevision[] = [];
  for (let year = first.period.year; year <= last.period.year; year += 1) {
    const rows = both.filter((row) => row.period.year === year);
    if (rows.length !== 12) continue;
    const was = sumMillions(...rows.map((row) => row.before));
    const now = sumMillions(...rows.map((row) => row.after));
    years.push({
      year,
      before: was,
      after: now,
      difference: sumMillions(now, -was),
      sentence: `${String(year)}: ${signedMoney(was)} in the ${previous.release} data, ${signedMoney(now)} in the ${current.release} data.`,
    });
  }
  const newest = months.at(-1);
  const addedFrom = shiftPeriod(last.period, 1);
  const added =
    newest && newest.period.index > last.period.index
      ? { from: addedFrom, to: newest.period, count: newest.period.index - last.period.index }
      : undefined;

  const span = spanLabel(first.period, last.period);
  const sentences: string[] = [
    changed.length === 0
      ? `Compared with the ${previous.release} data (the newest earlier vintage this site holds), the ${current.release} data changed none of the ${String(both.length)} months both hold (${span}).`
      : `Compared with the ${previous.release} data (the newest earlier vintage this site holds), the ${current.release} data changed ${changed.length === both.length ? 'every one' : String(changed.length)} of the ${String(both.length)} months both hold (${span}).`,
  ];
  const biggest = largest[0];
  if (biggest) {
    sentences.push(
      `The biggest change was to ${periodLabel(biggest.period)}: ${signedMoney(biggest.before)} in the ${previous.release} data, ${signedMoney(biggest.after)} in the ${current.release} data, so ${revisionWords(biggest.before, biggest.after)}.`,
    );
  }
  const lastYear = years.at(-1);
  if (lastYear) {
    sentences.push(
      `Added up, the whole of ${String(lastYear.year)} was ${balanceWords(lastYear.before)} in the ${previous.release} data and ${balanceWords(lastYear.after)} in the ${current.release} data: ${revisionWords(lastYear.before, lastYear.after)}.`,
    );
  }
  if (added) {
    sentences.push(
      `The ${current.release} data also hold ${countWord(added.count)} ${added.count === 1 ? 'month' : 'months'} that the ${previous.release} data did not have yet (${spanLabel(added.from, added.to)}).`,
    );
  }
  return {
    kind: 'compared',
    previous,
    from: first.period,
    to: last.period,
    compared: both.length,
    changed: changed.length,
    largest,
    years,
    ...(added ? { added } : {}),
    sentences,
  };
}

function headline(latest: MonthFlows, change: MonthChange | undefined, release: string): string {
  const when = periodLabel(latest.period);
  const kind = balanceKind(latest.balance);
  const level =
    kind === 'balanced'
      ? `In ${when} U.S. exports and imports were equal`
      : `In ${when} the U.S. trade ${kind} was ${size(latest.balance)}`;
  if (!change) return `${level} (${release} data).`;
  const before = monthAfter(change.earlier.period, latest.period);
  const by = size(change.change.difference);
  const tail: Record<BalanceChange['kind'], string> = {
    unchanged: `, the same as in ${before}`,
    'deficit-widened': `, ${by} wider than in ${before}`,
    'deficit-narrowed': `, ${by} narrower than in ${before}`,
    'surplus-grew': `, ${by} larger than in ${before}`,
    'surplus-shrank': `, ${by} smaller than in ${before}`,
    'turned-to-deficit': `, after ${balanceWords(change.earlier.balance)} in ${before}`,
    'turned-to-surplus': `, after ${balanceWords(change.earlier.balance)} in ${before}`,
    'reached-balance': `, after ${balanceWords(change.earlier.balance)} in ${before}`,
  };
  return `${level}${tail[change.change.kind]} (${release} data).`;
}

/** Works out the whole report from the files' numbers; throws when the newest file is empty. */
export function buildLatestReport(input: LatestReportInput): LatestReport {
  const source: ReleaseOf = { seriesId: input.current.seriesId, release: input.current.release };
  const months = monthFlows(input.current);
  const latest = months.at(-1);
  if (!latest) {
    throw new RangeError(`${source.seriesId} holds no month with a balance, exports and imports`);
  }
  const lookup = new Map(months.map((month) => [month.period.index, month]));
  const earlier = lookup.get(latest.period.index - 1);
  const change = earlier ? monthChange(latest, earlier) : undefined;
  const windowStart = shiftPeriod(latest.period, -(WINDOW_MONTHS - 1));
  const window = months.filter((month) => month.period.index >= windowStart.index);
  const share = input.gdp ? shareOfGdp(latest, lookup, input.gdp, source) : undefined;
  return {
    source,
    latest,
    kicker: `${periodLabel(latest.period)}, in the ${source.release} data`,
    monthSentences: monthSentences(latest),
    change,
    yearToDate: yearToDate(latest, lookup),
    window,
    shareOfGdp: share,
    shareMissing: share
      ? undefined
      : input.gdp
        ? 'The GDP file and the trade file do not both cover four recent quarters, so there is no share of GDP to show.'
        : 'The site holds no GDP series, so there is no share of GDP to show.',
    revisions: revisions(months, source, input.previous),
    headline: headline(latest, change, source.release),
  };
}
