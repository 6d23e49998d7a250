/**
 * One shape for every series file: rows of a period (and, in long files, a key such as "goods"
 * or "CHN"), each with numbers by column. The files come in several layouts (FRED's two columns,
 * a period with several FRED series side by side, the annual file with a `scope` per row, the
 * partner file with a country code per row); `series.yaml` says which column is which, and this
 * module reads them all the same way, strictly. A cell that is not what its column promises
 * stops the build with a `SeriesParseError` naming the file, the line and the column.
 */
import { parseCsv, SeriesParseError, type CsvTable } from '../series';
import { readPeriodCell, type Frequency, type Period } from './period';

/** How to read a file: which column is the period, which (if any) the key, which are numbers. */
export interface TableLayout {
  /** The file's path, for messages. */
  readonly file: string;
  readonly frequency: Frequency;
  /** The header name of the period column (may be "" where FRED left it unnamed). */
  readonly periodColumn: string;
  /** The header name of the key column in a long file ("scope", "country_code"). */
  readonly keyColumn?: string;
  /** The header names of the numeric columns to read. */
  readonly valueColumns: readonly string[];
}

export interface TableRow {
  /** The 1-based line in the file. */
  readonly line: number;
  readonly period: Period;
  /** The row's key in a long file; undefined in a wide one. */
  readonly key?: string | undefined;
  /** Each numeric column's value; null where the file marks the value missing (FRED's "."). */
  readonly values: ReadonlyMap<string, number | null>;
}

export interface SeriesTable {
  readonly file: string;
  readonly frequency: Frequency;
  /** The numeric columns, in the order the layout gave them. */
  readonly columns: readonly string[];
  /** Rows in file order, which `readTable` checks is time order (per key in a long file). */
  readonly rows: readonly TableRow[];
}

/** One column's values for one key, in time order. */
export interface Observation {
  readonly period: Period;
  readonly value: number | null;
  readonly line: number;
}

const NUMBER_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
const MISSING = /^(\.|na|n\/a|nan|null)$/i;

function columnIndex(table: CsvTable, name: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) {
    throw new SeriesParseError(
      table.file,
      1,
      0,
      `the header has no "${name}" column (found: ${table.header.map((h) => h || '(unnamed)').join(', ')})`,
    );
  }
  return index;
}

/** Reads a series file into rows, checking every period and number and the order of rows. */
export function readTable(text: string, layout: TableLayout): SeriesTable {
  const table = parseCsv(text, layout.file);
  const periodAt = columnIndex(table, layout.periodColumn);
  const keyAt = layout.keyColumn === undefined ? undefined : columnIndex(table, layout.keyColumn);
  const valueAt = layout.valueColumns.map((name) => [name, columnIndex(table, name)] as const);
  const lastByKey = new Map<string, TableRow>();
  const rows = table.rows.map((row): TableRow => {
    const periodText = row.cells[periodAt] ?? '';
    const period = readPeriodCell(periodText, layout.frequency);
    if (!period.ok) {
      throw new SeriesParseError(
        layout.file,
        row.line,
        periodAt + 1,
        period.reason,
        layout.periodColumn,
      );
    }
    const key = keyAt === undefined ? undefined : (row.cells[keyAt] ?? '').trim();
    if (key === '') {
      throw new SeriesParseError(
        layout.file,
        row.line,
        (keyAt ?? 0) + 1,
        'the cell is empty',
        layout.keyColumn,
      );
    }
    const values = new Map<string, number | null>();
    for (const [name, index] of valueAt) {
      const cell = (row.cells[index] ?? '').trim();
      if (MISSING.test(cell)) {
        values.set(name, null);
        continue;
      }
      if (cell === '' || !NUMBER_PATTERN.test(cell) || !Number.isFinite(Number(cell))) {
        throw new SeriesParseError(
          layout.file,
          row.line,
          index + 1,
          cell === '' ? 'the cell is empty; expected a number' : `"${cell}" is not a number`,
          name,
        );
      }
      values.set(name, Number(cell));
    }
    const parsed: TableRow = { line: row.line, period: period.period, key, values };
    const previous = lastByKey.get(key ?? '');
    if (previous && parsed.period.index <= previous.period.index) {
      throw new SeriesParseError(
        layout.file,
        row.line,
        periodAt + 1,
        parsed.period.index === previous.period.index
          ? `${parsed.period.key}${key === undefined ? '' : ` (${key})`} appears twice`
          : `${parsed.period.key} comes after ${previous.period.key}; rows must be in time order`,
        layout.periodColumn,
      );
    }
    lastByKey.set(key ?? '', parsed);
    return parsed;
  });
  return {
    file: layout.file,
    frequency: layout.frequency,
    columns: layout.valueColumns,
    rows,
  };
}

/** The values of one column (for one key, in a long file), in time order. */
export function observations(table: SeriesTable, column: string, key?: string): Observation[] {
  if (!table.columns.includes(column)) {
    throw new RangeError(`${table.file} has no numeric column "${column}"`);
  }
  return table.rows
    .filter((row) => row.key === key)
    .map((row) => ({ period: row.period, value: row.values.get(column) ?? null, line: row.line }));
}

/** The keys of a long file, in the order they first appear. */
export function keysOf(table: SeriesTable): string[] {
  return [...new Set(table.rows.flatMap((row) => (row.key === undefined ? [] : [row.key])))];
}
