/**
 * Sentences that rest on the data, held to it. A lesson wraps such a sentence in
 * `<Claim id="…">`; `content/data/claims.yaml` says what must be true of the series for the
 * sentence to stand ("a deficit in every year", "China is the largest deficit partner"). The
 * tests check every claim against the files held, so a newer file that makes a sentence false
 * fails them, naming the lesson and the sentence; `npm run data:update` lists such claims too.
 */
import type { Catalog } from './catalog';
import {
  compute,
  ComputeError,
  type FigureLookup,
  type Operand,
  type SeriesSelector,
  type SpanSelector,
} from './compute';
import { makePeriod, parsePeriodKey, partsOfYear, type Period } from './period';
import { keysOf, observations } from './table';

export type Sign = 'negative' | 'positive';

export type ClaimCheck =
  /** Every value of a column over a span has this sign. */
  | { readonly every: SeriesSelector & SpanSelector & { readonly is: Sign } }
  /** The periods of a column with this sign are exactly these. */
  | {
      readonly periods: SeriesSelector &
        SpanSelector & { readonly is: Sign; readonly are: readonly string[] };
    }
  /**
   * In every fiscal year in which `when` has the sign `is`, the stock `then` (a quarterly
   * series) changed with the sign `changed`, from the end of the fiscal year before to the end
   * of that fiscal year.
   */
  | {
      readonly during: {
        readonly when: SeriesSelector & { readonly is: Sign };
        readonly then: SeriesSelector & { readonly changed: Sign };
      };
    }
  /** In a long file, the keys with the lowest (or highest) values, in order, start with these. */
  | {
      readonly ranking: {
        readonly series: string;
        readonly column: string;
        readonly period: string;
        readonly order: 'lowest' | 'highest';
        readonly first: readonly string[];
      };
    }
  /** A comparison of two figures or computations, or of one with a number. */
  | {
      readonly compare: {
        readonly left: Operand;
        readonly is: 'below' | 'above' | 'about' | 'differs';
        readonly right: Operand | number;
        /** For "about" and "differs": how far apart the two may be, in the figures' unit. */
        readonly within?: number | undefined;
      };
    }
  /** The period of a figure (such as the month of a peak) is this one. */
  | { readonly when: { readonly figure: string; readonly is: string } }
  /** Figures whose values fall in this order, largest first. */
  | { readonly descending: readonly string[] }
  /** Two figures cover the same period, so a sentence can set them side by side. */
  | { readonly samePeriod: readonly [string, string] };

export type ClaimResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const PASS: ClaimResult = { ok: true };
const fail = (reason: string): ClaimResult => ({ ok: false, reason });

const hasSign = (value: number, sign: Sign) => (sign === 'negative' ? value < 0 : value > 0);

function selectedValues(
  catalog: Catalog,
  lookup: FigureLookup,
  selector: SeriesSelector & SpanSelector,
): { period: Period; value: number }[] {
  // A count of "all" periods is the simplest way to get the span the computation would read,
  // with the same errors for a span the file does not have.
  const span = compute({ count: { ...selector, where: 'positive' } }, catalog, lookup);
  const [fromKey = '', toKey = fromKey] = span.period.split('/');
  const ref =
    selector.fred === undefined
      ? catalog.find(selector.series ?? '')
      : catalog.newest(selector.fred)?.entry;
  // A whole calendar year of months or quarters is keyed by the year ("2024"): read its parts.
  const year = parsePeriodKey(fromKey);
  const parts =
    year?.frequency === 'annual' && (ref?.frequency === 'monthly' || ref?.frequency === 'quarterly')
      ? partsOfYear(ref.frequency, year.year)
      : undefined;
  const from = parts ? parts[0] : parsePeriodKey(fromKey);
  const to = parts ? parts.at(-1) : parsePeriodKey(toKey);
  const column =
    selector.fred === undefined ? selector.column : catalog.newest(selector.fred)?.column.name;
  if (!ref || column === undefined || !from || !to) {
    throw new ComputeError('the claim names a series the site does not hold');
  }
  return observations(ref.table, column, selector.key).flatMap((row) =>
    row.value !== null &&
    row.period.frequency === from.frequency &&
    row.period.index >= from.index &&
    row.period.index <= to.index
      ? [{ period: row.period, value: row.value }]
      : [],
  );
}

/** The quarter a fiscal year ends in: June (Q2) until 1976, September (Q3) from 1977. */
function endQuarterOfFiscalYear(year: number): Period {
  return makePeriod('quarterly', year, year <= 1976 ? 2 : 3);
}

/** Checks one claim against the files held; a claim the data do not support says why. */
export function checkClaim(check: ClaimCheck, catalog: Catalog, lookup: FigureLookup): ClaimResult {
  try {
    return evaluate(check, catalog, lookup);
  } catch (error) {
    if (error instanceof ComputeError) return fail(error.message);
    throw error;
  }
}

function evaluate(check: ClaimCheck, catalog: Catalog, lookup: FigureLookup): ClaimResult {
  const operand = (value: Operand | number) =>
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? lookup(value).value
        : compute(value, catalog, lookup).value;

  if ('every' in check) {
    const wrong = selectedValues(catalog, lookup, check.every).filter(
      (row) => !hasSign(row.value, check.every.is),
    );
    return wrong.length === 0
      ? PASS
      : fail(
          `not ${check.every.is} in ${wrong.map((row) => `${row.period.key} (${String(row.value)})`).join(', ')}`,
        );
  }
  if ('periods' in check) {
    const found = selectedValues(catalog, lookup, check.periods)
      .filter((row) => hasSign(row.value, check.periods.is))
      .map((row) => row.period.key);
    const expected = [...check.periods.are];
    return found.join(',') === expected.join(',')
      ? PASS
      : fail(
          `${check.periods.is} in ${found.join(', ') || 'no period'}, not ${expected.join(', ')}`,
        );
  }
  if ('during' in check) {
    const { when, then } = check.during;
    const years = selectedValues(catalog, lookup, when).filter((row) =>
      hasSign(row.value, when.is),
    );
    if (years.length === 0) return fail(`no period is ${when.is}`);
    const stock = selectedValues(catalog, lookup, then);
    const at = (period: Period) => stock.find((row) => row.period.index === period.index)?.value;
    const wrong: string[] = [];
    for (const { period } of years) {
      if (period.frequency !== 'fiscal-year') {
        return fail(`"during" compares fiscal years, but ${period.key} is not one`);
      }
      const end = at(endQuarterOfFiscalYear(period.year));
      const before = at(endQuarterOfFiscalYear(period.year - 1));
      if (end === undefined || before === undefined) {
        wrong.push(`${period.key} (not in the stock series)`);
      } else if (!hasSign(end - before, then.changed)) {
        wrong.push(`${period.key} (${String(before)} → ${String(end)})`);
      }
    }
    return wrong.length === 0
      ? PASS
      : fail(`the stock did not change that way in ${wrong.join(', ')}`);
  }
  if ('ranking' in check) {
    const { series, column, period, order, first } = check.ranking;
    const entry = catalog.find(series);
    const wanted = parsePeriodKey(period);
    if (!entry || !wanted) return fail(`there is no series "${series}" or period "${period}"`);
    const rows = keysOf(entry.table).flatMap((key) => {
      const value = observations(entry.table, column, key).find(
        (row) => row.period.index === wanted.index,
      )?.value;
      return value === undefined || value === null ? [] : [{ key, value }];
    });
    rows.sort((a, b) => (order === 'lowest' ? a.value - b.value : b.value - a.value));
    const top = rows.slice(0, first.length).map((row) => row.key);
    return top.join(',') === first.join(',')
      ? PASS
      : fail(`the ${order} ${String(first.length)} are ${top.join(', ')}, not ${first.join(', ')}`);
  }
  if ('compare' in check) {
    const { left, is, right, within } = check.compare;
    const a = operand(left);
    const b = operand(right);
    const gap = Math.abs(a - b);
    const ok =
      is === 'below'
        ? a < b
        : is === 'above'
          ? a > b
          : is === 'about'
            ? gap <= (within ?? 0)
            : gap > (within ?? 0);
    if (ok) return PASS;
    if (is === 'differs') {
      return fail(`${String(a)} is not more than ${String(within ?? 0)} from ${String(b)}`);
    }
    return fail(
      `${String(a)} is not ${is} ${String(b)}${is === 'about' ? ` (within ${String(within ?? 0)})` : ''}`,
    );
  }
  if ('descending' in check) {
    const values = check.descending.map((id) => ({ id, value: lookup(id).value }));
    const out = values.find(
      (entry, index) => index > 0 && entry.value >= (values[index - 1]?.value ?? 0),
    );
    return out === undefined
      ? PASS
      : fail(`"${out.id}" (${String(out.value)}) is not below the one before it`);
  }
  if ('samePeriod' in check) {
    const [first, second] = check.samePeriod;
    const a = lookup(first).period;
    const b = lookup(second).period;
    return a === b ? PASS : fail(`"${first}" is for ${a} but "${second}" is for ${b}`);
  }
  const figure = lookup(check.when.figure);
  return figure.period === check.when.is
    ? PASS
    : fail(`the figure "${check.when.figure}" is for ${figure.period}, not ${check.when.is}`);
}
