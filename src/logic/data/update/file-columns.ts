/**
 * A file a maintainer supplies under the name of one of the site's files, read column by column
 * as if each FRED series in it had been downloaded on its own, so it passes the same checks as a
 * download and is written the same way (in the layout of the site's file, values as given).
 */
import { parseCsv, SeriesParseError } from '../../series';
import type { Frequency } from '../period';
import type { LayoutColumn } from './assemble';
import { readPoints, type FredSeries } from './fred-csv';
import { failure, success, type Outcome } from './result';

export function fileColumns(
  text: string,
  layout: {
    readonly source: string;
    readonly frequency: Frequency;
    readonly columns: readonly LayoutColumn[];
  },
): Outcome<Map<string, FredSeries>> {
  const { source } = layout;
  if (!text.endsWith('\n')) {
    return failure(
      `${source} ends in the middle of a line, without the final line break: it may have been cut short.`,
    );
  }
  let table;
  try {
    table = parseCsv(text, source);
  } catch (error) {
    if (!(error instanceof SeriesParseError)) throw error;
    return failure(`${error.message}.`);
  }
  const expected = layout.columns.map((column) => column.name);
  if (table.header.join(',') !== expected.join(',')) {
    return failure(
      `${source} has the header "${table.header.join(',')}", not "${expected.join(',')}" as the site's file of that name.`,
    );
  }
  const periodAt = layout.columns.findIndex((column) => column.role === 'period');
  const series = new Map<string, FredSeries>();
  for (const [index, column] of layout.columns.entries()) {
    if (column.role !== 'value' || column.fred === undefined) continue;
    const points = readPoints(
      table.rows.map((row) => ({
        line: row.line,
        date: row.cells[periodAt] ?? '',
        value: row.cells[index] ?? '',
      })),
      `${source} (${column.name})`,
      layout.frequency,
    );
    if (!points.ok) return points;
    series.set(column.fred, {
      id: column.fred,
      source,
      frequency: layout.frequency,
      points: points.value,
    });
  }
  return success(series);
}
