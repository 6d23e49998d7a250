/**
 * Reads a CSV as FRED serves it: two columns, a date and the series' values. FRED has written the
 * header three ways over the years (`observation_date,BOPGSTB`, `DATE,BOPGSTB`, and `date,value`
 * in copies that dropped the id), ALFRED names the value column after the vintage
 * (`BOPGSTB_20250615`), and FRED marks a value it does not have with ".". A download is checked
 * strictly, because it becomes a file of the site: a cut-short body, a gap, a repeated or
 * misplaced period, or a number that is not one is refused with one sentence saying where.
 */
import { parseCsv, SeriesParseError } from '../../series';
import { periodLabel, readPeriodCell, type Frequency, type Period } from '../period';
import { FRED_ID } from './fred-address';
import { failure, success, type Outcome } from './result';

/** One period's value, as the text FRED served (so the file written is FRED's, never rewritten). */
export interface FredPoint {
  readonly period: Period;
  readonly text: string;
  /** The 1-based line in the download. */
  readonly line: number;
}

/** One FRED series read from a download. */
export interface FredSeries {
  readonly id: string;
  /** The address or file it came from, for messages. */
  readonly source: string;
  readonly frequency: Frequency;
  /** The ALFRED vintage (YYYY-MM-DD) when the header names one. */
  readonly vintage?: string | undefined;
  /**
   * Every period with a value, in time order and without a gap. The missing values FRED writes
   * before a series begins are left out.
   */
  readonly points: readonly FredPoint[];
}

/** What a header says about the series it holds, or undefined when it is not FRED's shape. */
export interface FredShape {
  readonly id: string;
  readonly vintage?: string;
}

const DATE_COLUMNS = new Set(['observation_date', 'DATE', 'date']);

/**
 * Recognises FRED's header shapes. `date,value` carries no id, so it is taken from a file name
 * such as `BOPGSTB.csv`, as FRED names its downloads.
 */
export function fredShape(header: readonly string[], fileName?: string): FredShape | undefined {
  const [date, value] = header;
  if (header.length !== 2 || date === undefined || value === undefined) return undefined;
  if (!DATE_COLUMNS.has(date.trim())) return undefined;
  const column = value.trim();
  if (column === 'value') {
    const id = /^([A-Z0-9]+)\.csv$/.exec(fileName ?? '')?.[1];
    return id === undefined ? undefined : { id };
  }
  if (FRED_ID.test(column)) return { id: column };
  const alfred = /^([A-Z0-9]+)_(\d{4})(\d{2})(\d{2})$/.exec(column);
  if (alfred?.[1] !== undefined) {
    return { id: alfred[1], vintage: `${alfred[2] ?? ''}-${alfred[3] ?? ''}-${alfred[4] ?? ''}` };
  }
  return undefined;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** FRED's "." (and the empty cell of newer downloads) for a value it does not have. */
const MISSING = /^\.?$/;

export interface FredCsvExpectation {
  /** The address or file name, for messages. */
  readonly source: string;
  readonly frequency: Frequency;
  /** The series the download must hold. */
  readonly id?: string;
  /** The ALFRED vintage (YYYY-MM-DD) the download must be of. */
  readonly vintage?: string;
  /** The file's own name, which names the series of a `date,value` file. */
  readonly fileName?: string;
}

/** Reads and checks a FRED download; the problem, when there is one, is one sentence. */
export function readFredCsv(text: string, expect: FredCsvExpectation): Outcome<FredSeries> {
  const { source } = expect;
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failure(`${source} is empty: there is no data in it.`);
  if (/^\s*</.test(body)) {
    return failure(
      `${source} is a web page, not a CSV file: FRED may have answered with an error or maintenance page.`,
    );
  }
  if (!body.endsWith('\n')) {
    return failure(
      `${source} ends in the middle of a line, without the final line break: the download was cut short.`,
    );
  }
  let table;
  try {
    table = parseCsv(body, source);
  } catch (error) {
    if (!(error instanceof SeriesParseError)) throw error;
    const lastLine = body.replace(/\r?\n$/, '').split(/\r?\n/).length;
    if (error.line === lastLine && error.column === 0) {
      return failure(
        `${source} ends with an incomplete row (line ${error.line}): the download was cut short.`,
      );
    }
    return failure(`${error.message}.`);
  }
  const shape = fredShape(table.header, expect.fileName);
  if (!shape) {
    return failure(
      `${source} is not shaped like a FRED download: its header is "${table.header.join(',')}", where FRED writes "observation_date,<series id>".`,
    );
  }
  if (expect.id !== undefined && shape.id !== expect.id) {
    return failure(`${source} holds the FRED series ${shape.id}, not ${expect.id}.`);
  }
  if (expect.vintage !== undefined && shape.vintage !== expect.vintage) {
    return failure(
      `${source} is not ALFRED's vintage of ${expect.vintage}: its value column is "${table.header[1] ?? ''}".`,
    );
  }
  const points = readPoints(
    table.rows.map((row) => ({
      line: row.line,
      date: row.cells[0] ?? '',
      value: row.cells[1] ?? '',
    })),
    source,
    expect.frequency,
  );
  if (!points.ok) return points;
  if (points.value.length === 0) return failure(`${source} holds no values.`);
  return success({
    id: shape.id,
    source,
    frequency: expect.frequency,
    vintage: shape.vintage,
    points: points.value,
  });
}

/** One row of a period and a value, as text, where it stands in its file. */
export interface RawPoint {
  readonly line: number;
  readonly date: string;
  readonly value: string;
}

/**
 * Reads periods and values with FRED's rules: every period valid for the frequency, in order
 * with no gap or repeat, each value a plain number, and "." (or an empty cell) only before the
 * series begins. Used for downloads and for a column of a file a maintainer supplies.
 */
export function readPoints(
  rows: readonly RawPoint[],
  source: string,
  frequency: Frequency,
): Outcome<FredPoint[]> {
  const points: FredPoint[] = [];
  let previous: FredPoint | undefined;
  for (const row of rows) {
    const at = `${source}, line ${row.line}`;
    const period = readPeriodCell(row.date, frequency);
    if (!period.ok) return failure(`${at}: ${period.reason}.`);
    const value = row.value.trim();
    if (MISSING.test(value)) {
      if (previous) {
        return failure(
          `${at}: the value for ${periodLabel(period.period)} is missing ("${value}") inside the series; FRED leaves values out only before a series begins.`,
        );
      }
      continue;
    }
    if (!NUMBER.test(value) || !Number.isFinite(Number(value))) {
      return failure(`${at}: "${value}" is not a number.`);
    }
    const point = { period: period.period, text: value, line: row.line };
    if (previous) {
      const step = point.period.index - previous.period.index;
      if (step === 0) return failure(`${at}: ${point.period.key} appears twice.`);
      if (step < 0) {
        return failure(
          `${at}: ${point.period.key} comes after ${previous.period.key}; rows must be in time order.`,
        );
      }
      if (step > 1) {
        return failure(
          `${at}: the rows jump from ${previous.period.key} to ${point.period.key}, so ${step - 1 === 1 ? 'a period is' : `${step - 1} periods are`} missing.`,
        );
      }
    }
    points.push(point);
    previous = point;
  }
  return success(points);
}
