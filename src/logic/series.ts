/**
 * Time series from the CSV files in `content/data/series/`, read into typed rows.
 *
 * The files are copies of public downloads and are never edited, so this module is strict: a
 * cell that is not what its column promises stops the build with a `SeriesParseError` that names
 * the file, the line and the column, rather than drawing a chart with a hole in it. Every amount
 * is millions of U.S. dollars, as the agencies publish it; a negative balance is a deficit.
 */

/** A cell that does not hold what its column promises, located precisely enough to fix. */
export class SeriesParseError extends Error {
  override readonly name = 'SeriesParseError';

  constructor(
    /** The file name the text came from, as given to the parser. */
    readonly file: string,
    /** The 1-based line in the file (the header is line 1). */
    readonly line: number,
    /** The 1-based column, or 0 when the problem is the whole line. */
    readonly column: number,
    /** What is wrong, in words. */
    readonly reason: string,
    /** The column's name from the header, when known. */
    readonly columnName?: string,
  ) {
    const where =
      column > 0
        ? `line ${line}, column ${column}${columnName === undefined ? '' : ` (${columnName})`}`
        : `line ${line}`;
    super(`${file}, ${where}: ${reason}`);
  }
}

/** A CSV split into a header and rows of text cells, each row knowing its line number. */
export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

export interface CsvRow {
  /** The 1-based line number in the file. */
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Splits CSV text into a header and rows. Handles quoted cells ("a, b" and doubled quotes),
 * CRLF line ends and a final newline; an unterminated quote, a blank line in the middle or a
 * row with the wrong number of cells is an error naming the line.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const [headerLine] = lines;
  if (headerLine === undefined || headerLine.trim() === '') {
    throw new SeriesParseError(file, 1, 0, 'the file is empty: expected a header row');
  }
  const header = splitCsvLine(headerLine, file, 1);
  header.forEach((name, index) => {
    // FRED's own downloads sometimes leave the date column unnamed (",FDHBFIN"): only the first
    // column may go without a name.
    if (name.trim() === '' && index > 0) {
      throw new SeriesParseError(file, 1, index + 1, 'the header has an empty column name');
    }
  });
  const rows = lines.slice(1).map((lineText, index): CsvRow => {
    const line = index + 2;
    if (lineText.trim() === '') {
      throw new SeriesParseError(file, line, 0, 'blank line inside the data');
    }
    const cells = splitCsvLine(lineText, file, line);
    if (cells.length !== header.length) {
      throw new SeriesParseError(
        file,
        line,
        0,
        `expected ${header.length} cells as in the header, found ${cells.length}`,
      );
    }
    return { line, cells };
  });
  return { file, header, rows };
}

function splitCsvLine(text: string, file: string, line: number): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStart = true;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') {
        quoted = false;
      } else {
        cell += character;
      }
    } else if (character === ',') {
      cells.push(cell);
      cell = '';
      cellStart = true;
      continue;
    } else if (character === '"' && cellStart) {
      quoted = true;
    } else {
      cell += character;
    }
    cellStart = false;
  }
  if (quoted) {
    throw new SeriesParseError(file, line, cells.length + 1, 'a quoted cell is never closed');
  }
  cells.push(cell);
  return cells;
}

/** Reads one cell of a row by column name, failing with the file, line and column if absent. */
function cellReader(table: CsvTable, expected: readonly string[]) {
  const positions = new Map<string, number>();
  for (const name of expected) {
    const position = table.header.indexOf(name);
    if (position < 0) {
      throw new SeriesParseError(
        table.file,
        1,
        0,
        `the header has no "${name}" column (found: ${table.header.join(', ')})`,
      );
    }
    positions.set(name, position);
  }
  return (row: CsvRow, name: string): Cell => {
    const position = positions.get(name) ?? table.header.indexOf(name);
    const text = row.cells[position];
    if (position < 0 || text === undefined) {
      throw new SeriesParseError(table.file, row.line, 0, `no "${name}" cell`);
    }
    return { file: table.file, line: row.line, column: position + 1, name, text };
  };
}

interface Cell {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly name: string;
  readonly text: string;
}

const cellError = (cell: Cell, reason: string) =>
  new SeriesParseError(cell.file, cell.line, cell.column, reason, cell.name);

const NUMBER_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A finite number written plainly ("-918416", "3232524.1"); FRED's "." for missing is refused. */
function readNumber(cell: Cell): number {
  const text = cell.text.trim();
  if (text === '') throw cellError(cell, 'the cell is empty; expected a number');
  if (text === '.' || /^(na|n\/a|nan|null)$/i.test(text)) {
    throw cellError(cell, `"${text}" marks a missing value; expected a number`);
  }
  if (!NUMBER_PATTERN.test(text)) throw cellError(cell, `"${text}" is not a number`);
  const value = Number(text);
  if (!Number.isFinite(value)) throw cellError(cell, `"${text}" is not a finite number`);
  return value;
}

function readText(cell: Cell): string {
  const text = cell.text.trim();
  if (text === '') throw cellError(cell, 'the cell is empty');
  return text;
}

function readYear(cell: Cell): number {
  const text = cell.text.trim();
  if (!/^\d{4}$/.test(text)) throw cellError(cell, `"${text}" is not a four-digit year`);
  return Number(text);
}

/** A calendar date written YYYY-MM-DD. */
export interface CalendarDate {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** 1 to 31. */
  readonly day: number;
}

/** Reads "YYYY-MM-DD" into its parts, or returns undefined when it is not a real date. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function readDate(cell: Cell): CalendarDate {
  const date = parseIsoDate(cell.text);
  if (!date) throw cellError(cell, `"${cell.text.trim()}" is not a date written YYYY-MM-DD`);
  return date;
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/**
 * The U.S. federal fiscal year a day belongs to, named by the calendar year it ends in. Since
 * 1977 a fiscal year runs from October 1 to September 30 (FY2025 began on 2024-10-01); before
 * that it ran from July 1 to June 30. July to September 1976 was a "transition quarter" that
 * belongs to no fiscal year: for those days the answer is `undefined`.
 */
export function fiscalYear(date: string | CalendarDate): number | undefined {
  const day = typeof date === 'string' ? parseIsoDate(date) : date;
  if (day === undefined) {
    throw new RangeError(
      `"${typeof date === 'string' ? date : ''}" is not a date written YYYY-MM-DD`,
    );
  }
  if (day.year < 1976 || (day.year === 1976 && day.month <= 6)) {
    return day.month >= 7 ? day.year + 1 : day.year;
  }
  if (day.year === 1976 && day.month <= 9) return undefined;
  return day.month >= 10 ? day.year + 1 : day.year;
}

function ensureRisingPeriods(
  table: CsvTable,
  points: readonly { readonly period: string }[],
  column: number,
  columnName: string,
): void {
  for (let index = 1; index < points.length; index += 1) {
    const previous = points[index - 1];
    const current = points[index];
    const row = table.rows[index];
    if (!previous || !current || !row) continue;
    if (current.period <= previous.period) {
      throw new SeriesParseError(
        table.file,
        row.line,
        column,
        current.period === previous.period
          ? `${current.period} appears twice`
          : `${current.period} comes after ${previous.period}; rows must be in time order`,
        columnName,
      );
    }
  }
}

/** Checks a two-column file (date, value), as FRED writes them, and returns its column names. */
function twoColumns(table: CsvTable): readonly [string, string] {
  const [dateName, valueName] = table.header;
  if (table.header.length !== 2 || dateName === undefined || valueName === undefined) {
    throw new SeriesParseError(
      table.file,
      1,
      0,
      `expected two columns (a date and a value), found ${table.header.length}`,
    );
  }
  return [dateName, valueName];
}

/** One month's value. */
export interface MonthlyPoint {
  /** "YYYY-MM". */
  readonly period: string;
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** Millions of U.S. dollars. */
  readonly value: number;
}

/** Reads a FRED monthly file: a date column (the first of each month) and a value column. */
export function parseMonthlySeries(text: string, file: string): MonthlyPoint[] {
  const table = parseCsv(text, file);
  const [dateName, valueName] = twoColumns(table);
  const cell = cellReader(table, [dateName, valueName]);
  const points = table.rows.map((row): MonthlyPoint => {
    const dateCell = cell(row, dateName);
    const date = readDate(dateCell);
    if (date.day !== 1) {
      throw cellError(dateCell, `"${dateCell.text}" should be the first day of a month`);
    }
    return {
      period: `${date.year}-${pad2(date.month)}`,
      year: date.year,
      month: date.month,
      value: readNumber(cell(row, valueName)),
    };
  });
  ensureRisingPeriods(table, points, 1, dateName);
  return points;
}

/** One quarter's value. */
export interface QuarterlyPoint {
  /** "YYYYQn", e.g. "2025Q1". */
  readonly period: string;
  readonly year: number;
  /** 1 to 4. */
  readonly quarter: 1 | 2 | 3 | 4;
  /** Millions of U.S. dollars. */
  readonly value: number;
}

const QUARTER_OF_MONTH: Readonly<Record<number, 1 | 2 | 3 | 4>> = { 1: 1, 4: 2, 7: 3, 10: 4 };

/** Reads a FRED quarterly file, whose dates are the first day of each quarter. */
export function parseQuarterlySeries(text: string, file: string): QuarterlyPoint[] {
  const table = parseCsv(text, file);
  const [dateName, valueName] = twoColumns(table);
  const cell = cellReader(table, [dateName, valueName]);
  const points = table.rows.map((row): QuarterlyPoint => {
    const dateCell = cell(row, dateName);
    const date = readDate(dateCell);
    const quarter = QUARTER_OF_MONTH[date.month];
    if (quarter === undefined || date.day !== 1) {
      throw cellError(
        dateCell,
        `"${dateCell.text}" should be the first day of a quarter (January, April, July or October 1)`,
      );
    }
    return {
      period: `${date.year}Q${quarter}`,
      year: date.year,
      quarter,
      value: readNumber(cell(row, valueName)),
    };
  });
  ensureRisingPeriods(table, points, 1, dateName);
  return points;
}

/** One federal fiscal year's value. */
export interface FiscalYearPoint {
  /** "FYYYYY", e.g. "FY2025". */
  readonly period: string;
  /** The fiscal year, named by the calendar year it ends in. */
  readonly fiscalYear: number;
  /** The last day of the fiscal year, as the file writes it. */
  readonly endDate: string;
  /** Millions of U.S. dollars. */
  readonly value: number;
}

/** Reads a FRED fiscal-year file, whose dates are the last day of each fiscal year. */
export function parseFiscalYearSeries(text: string, file: string): FiscalYearPoint[] {
  const table = parseCsv(text, file);
  const [dateName, valueName] = twoColumns(table);
  const cell = cellReader(table, [dateName, valueName]);
  const points = table.rows.map((row): FiscalYearPoint => {
    const dateCell = cell(row, dateName);
    const date = readDate(dateCell);
    const year = fiscalYear(date);
    if (year === undefined) {
      throw cellError(
        dateCell,
        `${dateCell.text} falls in the 1976 transition quarter, which belongs to no fiscal year`,
      );
    }
    const endsJune = date.year <= 1976 && date.month === 6 && date.day === 30;
    const endsSeptember = date.year >= 1977 && date.month === 9 && date.day === 30;
    if (!endsJune && !endsSeptember) {
      throw cellError(
        dateCell,
        `"${dateCell.text}" should be the last day of a fiscal year (June 30 until 1976, September 30 from 1977)`,
      );
    }
    return {
      period: `FY${year}`,
      fiscalYear: year,
      endDate: dateCell.text.trim(),
      value: readNumber(cell(row, valueName)),
    };
  });
  ensureRisingPeriods(table, points, 1, dateName);
  return points;
}

/** What a row of the annual trade file counts. */
export type TradeScope = 'goods' | 'services' | 'goods_services';

const TRADE_SCOPES: readonly TradeScope[] = ['goods', 'services', 'goods_services'];

const isTradeScope = (text: string): text is TradeScope =>
  TRADE_SCOPES.some((scope) => scope === text);

/** One row of the annual goods-and-services file. */
export interface AnnualTradeRow {
  readonly year: number;
  readonly scope: TradeScope;
  /** "bop" (balance of payments) in our file. */
  readonly basis: string;
  /** "nsa" (not seasonally adjusted) in our file. */
  readonly adjustment: string;
  /** Millions of U.S. dollars. */
  readonly exports: number;
  /** Millions of U.S. dollars. */
  readonly imports: number;
  /** Exports minus imports as published, millions of U.S. dollars. */
  readonly balance: number;
}

const ANNUAL_COLUMNS = [
  'year',
  'scope',
  'basis',
  'adjustment',
  'exports_musd',
  'imports_musd',
  'balance_musd',
] as const;

/** Reads the annual exports, imports and balances by scope (goods, services, both). */
export function parseAnnualTrade(text: string, file: string): AnnualTradeRow[] {
  const table = parseCsv(text, file);
  const cell = cellReader(table, ANNUAL_COLUMNS);
  const seen = new Set<string>();
  return table.rows.map((row): AnnualTradeRow => {
    const scopeCell = cell(row, 'scope');
    const scope = readText(scopeCell);
    if (!isTradeScope(scope)) {
      throw cellError(scopeCell, `"${scope}" is not one of ${TRADE_SCOPES.join(', ')}`);
    }
    const year = readYear(cell(row, 'year'));
    const key = `${year} ${scope}`;
    if (seen.has(key)) throw cellError(scopeCell, `${year} ${scope} appears twice`);
    seen.add(key);
    return {
      year,
      scope,
      basis: readText(cell(row, 'basis')),
      adjustment: readText(cell(row, 'adjustment')),
      exports: readNumber(cell(row, 'exports_musd')),
      imports: readNumber(cell(row, 'imports_musd')),
      balance: readNumber(cell(row, 'balance_musd')),
    };
  });
}

/** One partner's row of the goods-by-partner file. */
export interface PartnerTradeRow {
  /** Three-letter country code, or "AGG_0003" for the European Union as a whole. */
  readonly code: string;
  /** The partner's name, e.g. "China" or "European Union (Census aggregate code 0003)". */
  readonly label: string;
  readonly year: number;
  /** Millions of U.S. dollars. */
  readonly exports: number;
  /** Millions of U.S. dollars. */
  readonly imports: number;
  /** Exports minus imports as published, millions of U.S. dollars. */
  readonly balance: number;
}

const PARTNER_COLUMNS = [
  'country_code',
  'label_added_by_researcher',
  'year',
  'exports_year_musd',
  'imports_year_musd',
  'balance_year_musd',
] as const;

/** Reads the goods exports, imports and balance with each partner in one year. */
export function parsePartnerTrade(text: string, file: string): PartnerTradeRow[] {
  const table = parseCsv(text, file);
  const cell = cellReader(table, PARTNER_COLUMNS);
  const seen = new Set<string>();
  return table.rows.map((row): PartnerTradeRow => {
    const codeCell = cell(row, 'country_code');
    const code = readText(codeCell);
    if (seen.has(code)) throw cellError(codeCell, `${code} appears twice`);
    seen.add(code);
    return {
      code,
      label: readText(cell(row, 'label_added_by_researcher')),
      year: readYear(cell(row, 'year')),
      exports: readNumber(cell(row, 'exports_year_musd')),
      imports: readNumber(cell(row, 'imports_year_musd')),
      balance: readNumber(cell(row, 'balance_year_musd')),
    };
  });
}

/** A partner's name without the researcher's parenthetical note: "European Union". */
export function partnerName(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '').trim() || label;
}

/**
 * Adds numbers that each carry at most a few decimals without floating-point noise, so twelve
 * months of -66938.1 … sum to exactly what a calculator shows.
 */
export function sumExact(values: readonly number[]): number {
  const decimals = Math.max(0, ...values.map(decimalPlaces));
  const scale = 10 ** decimals;
  const total = values.reduce((sum, value) => sum + Math.round(value * scale), 0);
  return total / scale || 0;
}

function decimalPlaces(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(text.length - point - 1, 6);
}

/**
 * The total of the twelve months of `year`, as the agencies add them up for an annual figure.
 * A year with a missing month has no total: that is an error, never a partial sum.
 */
export function annualTotals(monthly: readonly MonthlyPoint[], year: number): number {
  const months = monthly.filter((point) => point.year === year);
  const missing = Array.from({ length: 12 }, (_, index) => index + 1).filter(
    (month) => !months.some((point) => point.month === month),
  );
  if (missing.length > 0 || months.length !== 12) {
    throw new RangeError(
      `${year} is not complete in this series: ${
        missing.length > 0
          ? `month${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`
          : `${months.length} rows for 12 months`
      }`,
    );
  }
  return sumExact(months.map((point) => point.value));
}

/** A period's value in each of several vintages; a vintage that lacks the period has no key. */
export interface VintageRow<K extends string> {
  readonly period: string;
  readonly values: Readonly<Partial<Record<K, number>>>;
}

/**
 * Lines up several vintages (downloads) of the same series period by period, so a reader can
 * see what a revision changed. The rows are in time order and cover every period found in any
 * vintage, or only `periods` when given.
 */
export function joinVintages<K extends string>(
  vintages: Readonly<Record<K, readonly { readonly period: string; readonly value: number }[]>>,
  periods?: readonly string[],
): VintageRow<K>[] {
  const names = Object.keys(vintages).filter((name): name is K => Object.hasOwn(vintages, name));
  const lookups = names.map(
    (name) => [name, new Map(vintages[name].map((point) => [point.period, point.value]))] as const,
  );
  const wanted = periods ?? [
    ...new Set(names.flatMap((name) => vintages[name].map((point) => point.period))),
  ];
  return [...new Set(wanted)]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((period) => {
      const values: Partial<Record<K, number>> = {};
      for (const [name, lookup] of lookups) {
        const value = lookup.get(period);
        if (value !== undefined) values[name] = value;
      }
      return { period, values };
    });
}

/** The twelve "YYYY-MM" periods of a calendar year. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${pad2(index + 1)}`);
}

/** Finds a row of the annual file, failing loudly if it is not there. */
export function annualRow(
  rows: readonly AnnualTradeRow[],
  year: number,
  scope: TradeScope,
): AnnualTradeRow {
  const row = rows.find((candidate) => candidate.year === year && candidate.scope === scope);
  if (!row) throw new RangeError(`the annual file has no ${scope} row for ${year}`);
  return row;
}
