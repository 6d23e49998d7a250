/**
 * Figures computed from series files rather than typed: the latest month, a sum of months for a
 * year, a change between two figures, a ratio to GDP, a count of years with a deficit, the
 * highest or lowest value of a span. `content/data/figures.yaml` writes a computation as an
 * object with one key; the build evaluates it against the files the site holds, so a newer
 * file updates every page that prints the figure. A computation that needs a period a file does
 * not have is an error naming the figure and the file, never a partial sum.
 */
import { roundTo } from '../money';
import { sumExact } from '../series';
import type { Catalog, ColumnRef } from './catalog';
import {
  byTime,
  parsePeriodKey,
  partsOfYear,
  periodsBetween,
  shiftPeriod,
  type Period,
} from './period';
import { observations, type Observation } from './table';

/** Which column to read: a column of one file, or the newest vintage of a FRED series. */
export interface SeriesSelector {
  /** A series id in content/data/series.yaml, with `column`. */
  readonly series?: string | undefined;
  readonly column?: string | undefined;
  /** A FRED series id instead of `series` and `column`: the newest file holding it is read. */
  readonly fred?: string | undefined;
  /** The row key in a long file ("goods", "CHN"). */
  readonly key?: string | undefined;
}

/**
 * A period as a computation names it: a key ("2024-06", "2025Q1", "2024", "FY2000"), or
 * "latest" (the last period with a value), or "latest-N" (N periods before it), or
 * "of:<figure-id>" (the period of another figure, so two series can be read at the same date).
 */
export type PeriodSelector = string;

/**
 * A span of periods: a calendar year (or "latest", the last year the file holds completely), or
 * from one period to another (both included).
 */
export interface SpanSelector {
  readonly year?: number | 'latest' | `latest-${number}` | `of:${string}` | undefined;
  readonly from?: PeriodSelector | undefined;
  readonly to?: PeriodSelector | undefined;
}

export type Computation =
  | { readonly latest: SeriesSelector }
  | { readonly at: SeriesSelector & { readonly period: PeriodSelector } }
  | { readonly sum: SeriesSelector & SpanSelector }
  | { readonly mean: SeriesSelector & SpanSelector }
  | { readonly change: { readonly from: Operand; readonly to: Operand } }
  | { readonly difference: { readonly of: Operand; readonly minus: Operand } }
  | {
      readonly ratio: {
        readonly of: Operand;
        readonly to: Operand;
        /** "percent" multiplies by 100; "times" leaves the ratio as it is. */
        readonly as: 'percent' | 'times';
      };
    }
  | {
      readonly count: SeriesSelector & SpanSelector & { readonly where: 'negative' | 'positive' };
    }
  | { readonly max: SeriesSelector & SpanSelector }
  | { readonly min: SeriesSelector & SpanSelector };

/** What a computation takes as an input: another figure (by id) or a computation of its own. */
export type Operand = string | Computation;

/** The unit of a value; `rank` only ever comes typed ("the second-largest"). */
export type ComputedUnit = 'usd-millions' | 'percent' | 'count' | 'times' | 'rank';

export interface Computed {
  readonly value: number;
  readonly unit: ComputedUnit;
  /** A period key ("2026-06"), or a span "from/to" ("1991/2025", "2026-01/2026-06"). */
  readonly period: string;
  /** The series files read, in the order first read. */
  readonly seriesIds: readonly string[];
  /** The columns read, as "series-id#column", so a check can tell which FRED series they hold. */
  readonly columns: readonly string[];
  /** For a change: the two values compared, so a page can say "widened" or "narrowed". */
  readonly changeOf?: { readonly from: number; readonly to: number };
  /** How the value was worked out, in words, for the list of sources. */
  readonly description: string;
}

/** A computation that cannot be done with the files held, in words that say what to fix. */
export class ComputeError extends Error {
  override readonly name = 'ComputeError';
}

/** Looks up another figure's value when a computation names it by id. */
export type FigureLookup = (id: string) => Computed;

/** The name of a computation's one key. */
export function computationKind(computation: Computation): string {
  return Object.keys(computation)[0] ?? '';
}

function selectColumn(catalog: Catalog, selector: SeriesSelector): ColumnRef {
  if (selector.fred !== undefined) {
    const newest = catalog.newest(selector.fred);
    if (!newest) throw new ComputeError(`no file in content/data/series holds ${selector.fred}`);
    return newest;
  }
  if (selector.series === undefined || selector.column === undefined) {
    throw new ComputeError('name either a FRED series or a series and a column');
  }
  const entry = catalog.find(selector.series);
  if (!entry) {
    throw new ComputeError(`there is no series "${selector.series}" in content/data/series.yaml`);
  }
  const column = entry.columns.find((candidate) => candidate.name === selector.column);
  if (!column || column.unit === undefined) {
    throw new ComputeError(`${entry.file} has no numeric column "${selector.column}"`);
  }
  return { entry, column };
}

/** A column in words for a figure's description: "BOPGSTB", "balance_musd (CHN)". */
const nameColumn = (ref: ColumnRef, key?: string) =>
  `${ref.column.fred ?? ref.column.name}${key === undefined ? '' : ` (${key})`}`;

/** A column with its file, for messages that must say where to look. */
const describeColumn = (ref: ColumnRef, key?: string) =>
  `${ref.column.fred ?? ref.column.name}${key === undefined ? '' : ` (${key})`} in ${ref.entry.file}`;

/** The observations of a selected column that carry a value, in time order. */
function valuesOf(ref: ColumnRef, key?: string): Observation[] {
  const found = observations(ref.entry.table, ref.column.name, key);
  if (found.length === 0) {
    throw new ComputeError(
      key === undefined
        ? `${ref.entry.file} has no rows`
        : `${ref.entry.file} has no rows for "${key}"`,
    );
  }
  return found;
}

/** Money in millions whatever the column's unit; percents as they are. */
function scale(ref: ColumnRef, value: number): number {
  // Rounded to a dollar so that 8,299.3 billion is 8,299,300 million, not 8,299,299.999999999.
  return ref.column.unit === 'usd-billions' ? roundTo(value * 1000, 6) : value;
}

const unitOf = (ref: ColumnRef): ComputedUnit =>
  ref.column.unit === 'percent' ? 'percent' : 'usd-millions';

function lastWithValue(rows: readonly Observation[]): Observation {
  const last = [...rows].reverse().find((row) => row.value !== null);
  if (!last) throw new ComputeError('the column has no values');
  return last;
}

function readPeriod(
  text: PeriodSelector,
  rows: readonly Observation[],
  ref: ColumnRef,
  lookup: FigureLookup,
  key?: string,
): Period {
  const relative = /^latest(?:-(\d+))?$/.exec(text.trim());
  if (relative) {
    return shiftPeriod(lastWithValue(rows).period, -Number(relative[1] ?? 0));
  }
  const borrowed = /^of:(.+)$/.exec(text.trim());
  const keyText = borrowed ? lookup(borrowed[1] ?? '').period : text;
  if (keyText.includes('/')) {
    throw new ComputeError(`"${text}" names a span (${keyText}), not one period`);
  }
  const period = parsePeriodKey(keyText);
  if (!period) {
    throw new ComputeError(
      `"${text}" is not a period: write 2024, 2024-06, 2024Q2, FY2024, latest, latest-N or of:<figure>`,
    );
  }
  if (period.frequency !== ref.entry.frequency) {
    throw new ComputeError(
      `${keyText} is not a ${ref.entry.frequency.replace('-', ' ')} period, as ${describeColumn(ref, key)} is`,
    );
  }
  return period;
}

/** The value at one period, failing with the file named when it is not there. */
function valueAt(rows: readonly Observation[], period: Period, ref: ColumnRef, key?: string) {
  const row = rows.find((candidate) => candidate.period.index === period.index);
  if (!row || row.value === null) {
    const first = rows[0]?.period.key ?? '';
    const last = rows.at(-1)?.period.key ?? '';
    throw new ComputeError(
      `${describeColumn(ref, key)} has no value for ${period.key} (it runs from ${first} to ${last})`,
    );
  }
  return row.value;
}

/** The periods a span selects, each of which must be in the file. */
function spanPeriods(
  span: SpanSelector,
  rows: readonly Observation[],
  ref: ColumnRef,
  lookup: FigureLookup,
  key?: string,
): Period[] {
  if (span.year !== undefined) {
    const frequency = ref.entry.frequency;
    const calendarYear = yearOf(span.year, rows, ref, lookup, key);
    if (frequency === 'monthly' || frequency === 'quarterly') {
      return partsOfYear(frequency, calendarYear);
    }
    const year = parsePeriodKey(
      frequency === 'fiscal-year' ? `FY${calendarYear}` : String(calendarYear),
    );
    if (!year) throw new ComputeError(`${calendarYear} is not a year`);
    return [year];
  }
  const first = rows[0];
  if (!first) throw new ComputeError(`${ref.entry.file} has no rows`);
  const from =
    span.from === undefined ? first.period : readPeriod(span.from, rows, ref, lookup, key);
  const to =
    span.to === undefined
      ? lastWithValue(rows).period
      : readPeriod(span.to, rows, ref, lookup, key);
  if (to.index < from.index) throw new ComputeError(`the span ${from.key} to ${to.key} is empty`);
  return periodsBetween(from, to);
}

/** The calendar year a span names: a number, "latest", "latest-N" or "of:<figure-id>". */
function yearOf(
  year: NonNullable<SpanSelector['year']>,
  rows: readonly Observation[],
  ref: ColumnRef,
  lookup: FigureLookup,
  key?: string,
): number {
  if (typeof year === 'number') return year;
  const borrowed = /^of:(.+)$/.exec(year);
  if (borrowed) {
    const period = parsePeriodKey(lookup(borrowed[1] ?? '').period.split('/')[0] ?? '');
    if (!period) throw new ComputeError(`the figure "${borrowed[1] ?? ''}" has no year to borrow`);
    return period.year;
  }
  return latestCompleteYear(rows, ref, key) - Number(/^latest-(\d+)$/.exec(year)?.[1] ?? 0);
}

/** The last calendar year whose every month (or quarter) has a value. */
function latestCompleteYear(rows: readonly Observation[], ref: ColumnRef, key?: string): number {
  const frequency = ref.entry.frequency;
  const last = lastWithValue(rows).period;
  if (frequency !== 'monthly' && frequency !== 'quarterly') return last.year;
  const parts = frequency === 'monthly' ? 12 : 4;
  const year = last.part === parts ? last.year : last.year - 1;
  const has = (period: Period) =>
    rows.some((row) => row.period.index === period.index && row.value !== null);
  if (!partsOfYear(frequency, year).every(has)) {
    throw new ComputeError(`${describeColumn(ref, key)} holds no complete year`);
  }
  return year;
}

/** The period key of a span: a whole calendar year is the year ("2025"), else "from/to". */
const spanKey = (span: SpanSelector, periods: readonly Period[]) => {
  const whole = periods[0];
  if (span.year !== undefined && whole && periods.length > 1) return String(whole.year);
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return '';
  return first.index === last.index ? first.key : `${first.key}/${last.key}`;
};

const spanWords = (span: SpanSelector, periods: readonly Period[]) =>
  span.year !== undefined
    ? `of ${periods[0]?.year ?? span.year}`
    : `from ${periods[0]?.key ?? ''} to ${periods.at(-1)?.key ?? ''}`;

function selected(catalog: Catalog, selector: SeriesSelector) {
  const ref = selectColumn(catalog, selector);
  const rows = valuesOf(ref, selector.key);
  return { ref, rows, key: selector.key };
}

/** Evaluates a computation against the files held. */
export function compute(
  computation: Computation,
  catalog: Catalog,
  lookup: FigureLookup,
): Computed {
  const operand = (value: Operand): Computed =>
    typeof value === 'string' ? lookup(value) : compute(value, catalog, lookup);

  if ('latest' in computation) {
    const { ref, rows, key } = selected(catalog, computation.latest);
    const last = lastWithValue(rows);
    return {
      value: scale(ref, last.value ?? 0),
      unit: unitOf(ref),
      period: last.period.key,
      seriesIds: [ref.entry.id],
      columns: [`${ref.entry.id}#${ref.column.name}`],
      description: `the latest value (${last.period.key}) of ${nameColumn(ref, key)}`,
    };
  }
  if ('at' in computation) {
    const { ref, rows, key } = selected(catalog, computation.at);
    const period = readPeriod(computation.at.period, rows, ref, lookup, key);
    return {
      value: scale(ref, valueAt(rows, period, ref, key)),
      unit: unitOf(ref),
      period: period.key,
      seriesIds: [ref.entry.id],
      columns: [`${ref.entry.id}#${ref.column.name}`],
      description: `the ${period.key} value of ${nameColumn(ref, key)}`,
    };
  }
  if ('sum' in computation || 'mean' in computation) {
    const isSum = 'sum' in computation;
    const spec = isSum ? computation.sum : computation.mean;
    const { ref, rows, key } = selected(catalog, spec);
    const periods = spanPeriods(spec, rows, ref, lookup, key);
    const values = periods.map((period) => valueAt(rows, period, ref, key));
    const total = sumExact(values);
    return {
      value: scale(ref, isSum ? total : total / values.length),
      unit: unitOf(ref),
      period: spanKey(spec, periods),
      seriesIds: [ref.entry.id],
      columns: [`${ref.entry.id}#${ref.column.name}`],
      description: `the ${isSum ? 'sum' : 'average'} of the ${values.length} values ${spanWords(spec, periods)} of ${nameColumn(ref, key)}`,
    };
  }
  if ('change' in computation) {
    const from = operand(computation.change.from);
    const to = operand(computation.change.to);
    if (from.unit !== to.unit) {
      throw new ComputeError(
        `a change needs two figures in the same unit (${from.unit}, ${to.unit})`,
      );
    }
    return {
      value: sumExact([to.value, -from.value]),
      unit: to.unit,
      period:
        `${from.period.split('/')[0] ?? from.period}/${to.period.split('/').at(-1) ?? to.period}`.replace(
          /^(.+)\/\1$/,
          '$1',
        ),
      seriesIds: [...new Set([...from.seriesIds, ...to.seriesIds])],
      columns: [...new Set([...from.columns, ...to.columns])],
      changeOf: { from: from.value, to: to.value },
      description: `${to.description}, minus ${from.description}`,
    };
  }
  if ('difference' in computation) {
    const of = operand(computation.difference.of);
    const minus = operand(computation.difference.minus);
    if (of.unit !== minus.unit) {
      throw new ComputeError(
        `a difference needs two figures in the same unit (${of.unit}, ${minus.unit})`,
      );
    }
    return {
      value: sumExact([of.value, -minus.value]),
      unit: of.unit,
      period: of.period,
      seriesIds: [...new Set([...of.seriesIds, ...minus.seriesIds])],
      columns: [...new Set([...of.columns, ...minus.columns])],
      description: `${of.description}, minus ${minus.description}`,
    };
  }
  if ('ratio' in computation) {
    const of = operand(computation.ratio.of);
    const to = operand(computation.ratio.to);
    if (of.unit !== to.unit) {
      throw new ComputeError(`a ratio needs two figures in the same unit (${of.unit}, ${to.unit})`);
    }
    if (to.value === 0) throw new ComputeError('a ratio to zero has no value');
    const ratio = of.value / to.value;
    return {
      value: computation.ratio.as === 'percent' ? ratio * 100 : ratio,
      unit: computation.ratio.as,
      period: of.period,
      seriesIds: [...new Set([...of.seriesIds, ...to.seriesIds])],
      columns: [...new Set([...of.columns, ...to.columns])],
      description: `${of.description}, divided by ${to.description}`,
    };
  }
  if ('count' in computation) {
    const spec = computation.count;
    const { ref, rows, key } = selected(catalog, spec);
    const periods = spanPeriods(spec, rows, ref, lookup, key);
    const values = periods.map((period) => valueAt(rows, period, ref, key));
    const count = values.filter((value) =>
      spec.where === 'negative' ? value < 0 : value > 0,
    ).length;
    return {
      value: count,
      unit: 'count',
      period: spanKey(spec, periods),
      seriesIds: [ref.entry.id],
      columns: [`${ref.entry.id}#${ref.column.name}`],
      description: `the number of ${spec.where} values ${spanWords(spec, periods)} of ${nameColumn(ref, key)}`,
    };
  }
  const isMax = 'max' in computation;
  const spec = isMax ? computation.max : computation.min;
  const { ref, rows, key } = selected(catalog, spec);
  const periods = spanPeriods(spec, rows, ref, lookup, key).sort(byTime);
  let best: { period: Period; value: number } | undefined;
  for (const period of periods) {
    const value = valueAt(rows, period, ref, key);
    if (!best || (isMax ? value > best.value : value < best.value)) best = { period, value };
  }
  if (!best) throw new ComputeError('the span is empty');
  return {
    value: scale(ref, best.value),
    unit: unitOf(ref),
    period: best.period.key,
    seriesIds: [ref.entry.id],
    columns: [`${ref.entry.id}#${ref.column.name}`],
    description: `the ${isMax ? 'highest' : 'lowest'} value ${spanWords(spec, periods)} of ${nameColumn(ref, key)}, in ${best.period.key}`,
  };
}
