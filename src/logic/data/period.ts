/**
 * Periods of time as the data files name them: a year, a quarter, a month or a federal fiscal
 * year. A period has a canonical key ("2024", "2024Q2", "2024-06", "FY2024") used in
 * `content/data/figures.yaml`, and an index that counts periods of its frequency, so "the month
 * before" or "twelve months earlier" is arithmetic rather than string surgery.
 */

export type Frequency = 'annual' | 'quarterly' | 'monthly' | 'fiscal-year';

export interface Period {
  readonly frequency: Frequency;
  /** The calendar year, or for a fiscal year the calendar year it ends in. */
  readonly year: number;
  /** 1–12 for a month, 1–4 for a quarter, 0 for a year or fiscal year. */
  readonly part: number;
  /** "2024", "2024Q2", "2024-06" or "FY2024". */
  readonly key: string;
  /** Periods of this frequency since year 0: consecutive periods differ by one. */
  readonly index: number;
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** Builds a period from its parts; the parts are assumed valid (see `parsePeriodKey`). */
export function makePeriod(frequency: Frequency, year: number, part = 0): Period {
  switch (frequency) {
    case 'monthly':
      return { frequency, year, part, key: `${year}-${pad2(part)}`, index: year * 12 + part - 1 };
    case 'quarterly':
      return { frequency, year, part, key: `${year}Q${part}`, index: year * 4 + part - 1 };
    case 'annual':
      return { frequency, year, part: 0, key: String(year), index: year };
    case 'fiscal-year':
      return { frequency, year, part: 0, key: `FY${year}`, index: year };
  }
}

/** The period `steps` periods after this one (before it when negative). */
export function shiftPeriod(period: Period, steps: number): Period {
  const index = period.index + steps;
  switch (period.frequency) {
    case 'monthly':
      return makePeriod('monthly', Math.floor(index / 12), (index % 12) + 1);
    case 'quarterly':
      return makePeriod('quarterly', Math.floor(index / 4), (index % 4) + 1);
    case 'annual':
    case 'fiscal-year':
      return makePeriod(period.frequency, index);
  }
}

/** Reads a canonical key ("2024", "2024Q2", "2024-06", "FY2024"); undefined when it is none. */
export function parsePeriodKey(text: string): Period | undefined {
  const trimmed = text.trim();
  let match = /^(\d{4})$/.exec(trimmed);
  if (match) return makePeriod('annual', Number(match[1]));
  match = /^FY(\d{4})$/.exec(trimmed);
  if (match) return makePeriod('fiscal-year', Number(match[1]));
  match = /^(\d{4})Q([1-4])$/.exec(trimmed);
  if (match) return makePeriod('quarterly', Number(match[1]), Number(match[2]));
  match = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    return makePeriod('monthly', Number(match[1]), Number(match[2]));
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Reads a period cell the way the published files write it, or says why it cannot:
 * - monthly: "2024-06" or the first day of the month, "2024-06-01" (FRED);
 * - quarterly: "2024Q2", "2024-Q2" or the first day of the quarter, "2024-04-01" (FRED);
 * - annual: "2024";
 * - fiscal year: "FY2024" or its last day, "2024-09-30" (September 30 from 1977, June 30 before).
 */
export function readPeriodCell(
  text: string,
  frequency: Frequency,
): { ok: true; period: Period } | { ok: false; reason: string } {
  const cell = text.trim();
  const ok = (period: Period) => ({ ok: true as const, period });
  const date = isoDate(cell);
  switch (frequency) {
    case 'monthly': {
      const key = parsePeriodKey(cell);
      if (key?.frequency === 'monthly') return ok(key);
      if (date && date.day === 1) return ok(makePeriod('monthly', date.year, date.month));
      return {
        ok: false,
        reason: `"${cell}" is not a month (write 2024-06 or the month's first day, 2024-06-01)`,
      };
    }
    case 'quarterly': {
      const written = /^(\d{4})-?Q([1-4])$/.exec(cell);
      if (written) return ok(makePeriod('quarterly', Number(written[1]), Number(written[2])));
      if (date && date.day === 1 && [1, 4, 7, 10].includes(date.month)) {
        return ok(makePeriod('quarterly', date.year, (date.month + 2) / 3));
      }
      return {
        ok: false,
        reason: `"${cell}" is not a quarter (write 2024Q2 or the quarter's first day: January, April, July or October 1)`,
      };
    }
    case 'annual': {
      if (/^\d{4}$/.test(cell)) return ok(makePeriod('annual', Number(cell)));
      return { ok: false, reason: `"${cell}" is not a four-digit year` };
    }
    case 'fiscal-year': {
      const key = parsePeriodKey(cell);
      if (key?.frequency === 'fiscal-year') return ok(key);
      const endsJune = date && date.year <= 1976 && date.month === 6 && date.day === 30;
      const endsSeptember = date && date.year >= 1977 && date.month === 9 && date.day === 30;
      if (date && (endsJune || endsSeptember)) return ok(makePeriod('fiscal-year', date.year));
      return {
        ok: false,
        reason: `"${cell}" is not the last day of a fiscal year (June 30 until 1976, September 30 from 1977)`,
      };
    }
  }
}

/** Whether two periods are the same period. */
export const samePeriod = (a: Period, b: Period): boolean =>
  a.frequency === b.frequency && a.index === b.index;

/** Sorts periods of one frequency in time order. */
export const byTime = (a: Period, b: Period): number => a.index - b.index;

/** Every period from `from` to `to`, both included; empty when `to` comes first. */
export function periodsBetween(from: Period, to: Period): Period[] {
  if (from.frequency !== to.frequency) {
    throw new RangeError(`cannot count from ${from.key} to ${to.key}: different kinds of period`);
  }
  return Array.from({ length: Math.max(0, to.index - from.index + 1) }, (_, step) =>
    shiftPeriod(from, step),
  );
}

/** The months or quarters that make up calendar year `year`. */
export function partsOfYear(frequency: 'monthly' | 'quarterly', year: number): Period[] {
  return Array.from({ length: frequency === 'monthly' ? 12 : 4 }, (_, index) =>
    makePeriod(frequency, year, index + 1),
  );
}

/** Month names in order, for dates written out in words. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const QUARTER_WORDS = ['first', 'second', 'third', 'fourth'] as const;

/** A period in words: "June 2026", "the second quarter of 2026", "2024", "fiscal year 2024". */
export function periodLabel(period: Period): string {
  switch (period.frequency) {
    case 'monthly':
      return `${MONTH_NAMES[period.part - 1] ?? ''} ${period.year}`;
    case 'quarterly':
      return `the ${QUARTER_WORDS[period.part - 1] ?? ''} quarter of ${period.year}`;
    case 'annual':
      return String(period.year);
    case 'fiscal-year':
      return `fiscal year ${period.year}`;
  }
}

/** A span in words: "January to June 2026", "March 2025 to June 2026", "1991–2025". */
export function spanLabel(from: Period, to: Period): string {
  if (samePeriod(from, to)) return periodLabel(from);
  if (from.frequency === 'monthly' && to.frequency === 'monthly') {
    const fromMonth = MONTH_NAMES[from.part - 1] ?? '';
    return from.year === to.year
      ? `${fromMonth} to ${periodLabel(to)}`
      : `${periodLabel(from)} to ${periodLabel(to)}`;
  }
  if (from.frequency === 'fiscal-year') return `fiscal years ${from.year}–${to.year}`;
  if (from.frequency === 'annual') return `${from.year}–${to.year}`;
  return `${periodLabel(from)} to ${periodLabel(to)}`;
}

/**
 * A figure's period in words, whether one period or a span "from/to": "June 2026",
 * "1991–2025", "January to June 2026", "fiscal year 2000". A date ("2025-03-31") or text it
 * cannot read comes back unchanged.
 */
export function describePeriod(text: string): string {
  const [fromText = '', toText] = text.split('/');
  const from = parsePeriodKey(fromText);
  if (!from) return text;
  if (toText === undefined) return periodLabel(from);
  const to = parsePeriodKey(toText);
  if (!to || to.frequency !== from.frequency) return text;
  return spanLabel(from, to);
}
