/**
 * Writes FRED downloads as a file of the site, in exactly the layout of the file they update:
 * its header line as it is, its way of writing periods, its line ends, and each value as the
 * text FRED served. Several series downloaded together (the balance, exports and imports) become
 * one file, so the file is one vintage; they must then cover the same periods.
 */
import { parseCsv } from '../../series';
import { periodLabel, readPeriodCell, shiftPeriod, type Frequency, type Period } from '../period';
import type { FredSeries } from './fred-csv';
import { formatPeriod, periodStyleOf, type PeriodStyle } from './period-style';
import { failure, success, type Outcome } from './result';

/** A column of a series file as `series.yaml` describes it. */
export interface LayoutColumn {
  readonly name: string;
  readonly role: 'period' | 'key' | 'label' | 'value' | 'unused';
  readonly fred?: string | undefined;
}

/** What a new vintage copies from the file it follows. */
export interface Template {
  readonly id: string;
  readonly frequency: Frequency;
  readonly columns: readonly LayoutColumn[];
  /** The header line exactly as the file has it. */
  readonly headerLine: string;
  readonly lineEnd: '\n' | '\r\n';
  readonly periodStyle: PeriodStyle;
  /** The first and last period the file holds. */
  readonly start: Period;
  readonly end: Period;
}

/** Reads what a new vintage must copy from a file of the site. */
export function templateOf(
  series: {
    readonly id: string;
    readonly frequency: Frequency;
    readonly columns: readonly LayoutColumn[];
  },
  text: string,
): Outcome<Template> {
  const table = parseCsv(text, series.id);
  const periodAt = series.columns.findIndex((column) => column.role === 'period');
  const firstCell = table.rows[0]?.cells[periodAt];
  const lastCell = table.rows.at(-1)?.cells[periodAt];
  if (periodAt < 0 || firstCell === undefined || lastCell === undefined) {
    return failure(`${series.id} has no period column or no rows to copy the layout from.`);
  }
  const periodStyle = periodStyleOf(firstCell, series.frequency);
  const start = readPeriodCell(firstCell, series.frequency);
  const end = readPeriodCell(lastCell, series.frequency);
  if (periodStyle === undefined || !start.ok || !end.ok) {
    return failure(
      `${series.id} writes its periods in a way the update cannot copy ("${firstCell}").`,
    );
  }
  const firstLine = text.split('\n')[0] ?? '';
  return success({
    id: series.id,
    frequency: series.frequency,
    columns: series.columns,
    headerLine: firstLine.replace(/\r$/, ''),
    lineEnd: firstLine.endsWith('\r') ? '\r\n' : '\n',
    periodStyle,
    start: start.period,
    end: end.period,
  });
}

/** A file ready to be written, with the span it covers. */
export interface Assembled {
  readonly text: string;
  readonly start: Period;
  readonly end: Period;
}

/**
 * Lays FRED series out as a new vintage of `template`. Periods before the template's first are
 * left out (FRED serves a series from its beginning; the site's file may start later), so the new
 * file starts where the old one did. A download that begins later, stops before the last period
 * the site already holds (unless it is a past vintage), or ends at another period than its
 * companions is refused.
 */
export function assemble(
  template: Template,
  downloads: ReadonlyMap<string, FredSeries>,
  options: {
    /** False for a past vintage (ALFRED), which may well end before the file it copies. */
    readonly reachEnd?: boolean;
  } = {},
): Outcome<Assembled> {
  const values = template.columns.filter((column) => column.role !== 'period');
  const byColumn: { column: LayoutColumn; series: FredSeries; points: Map<number, string> }[] = [];
  for (const column of values) {
    const series = column.fred === undefined ? undefined : downloads.get(column.fred);
    if (column.role !== 'value' || column.fred === undefined || !series) {
      return failure(
        `${template.id}: no download for its column "${column.name}"${column.fred === undefined ? ' (it names no FRED series)' : ` (${column.fred})`}.`,
      );
    }
    const kept = series.points.filter((point) => point.period.index >= template.start.index);
    const first = kept[0];
    const last = kept.at(-1);
    if (!first || !last) {
      return failure(`${series.source} holds nothing from ${periodLabel(template.start)} on.`);
    }
    if (first.period.index > template.start.index) {
      return failure(
        `${series.source} begins at ${periodLabel(first.period)}, after ${periodLabel(template.start)}, where the site's file begins.`,
      );
    }
    if (options.reachEnd !== false && last.period.index < template.end.index) {
      return failure(
        `${series.source} stops at ${periodLabel(last.period)}, before ${periodLabel(template.end)}, the last period the site already holds: the download looks cut short.`,
      );
    }
    byColumn.push({
      column,
      series,
      points: new Map(kept.map((point) => [point.period.index, point.text])),
    });
  }
  const ends = byColumn.map(({ series }) => ({
    id: series.id,
    end: series.points.at(-1)?.period ?? template.end,
  }));
  const end = ends[0]?.end ?? template.end;
  const late = ends.find((candidate) => candidate.end.index !== end.index);
  if (late) {
    return failure(
      `The downloads of ${template.id} do not end together: ${ends[0]?.id ?? ''} ends at ${periodLabel(end)} and ${late.id} at ${periodLabel(late.end)}; download them again once FRED has updated them all.`,
    );
  }
  const periodAt = template.columns.findIndex((column) => column.role === 'period');
  const lines = [template.headerLine];
  for (let index = template.start.index; index <= end.index; index += 1) {
    const cells = template.columns.map((column) => {
      if (column.role === 'period') return '';
      return byColumn.find((entry) => entry.column === column)?.points.get(index) ?? '';
    });
    const period = shiftPeriod(template.start, index - template.start.index);
    cells[periodAt] = formatPeriod(period, template.periodStyle);
    lines.push(cells.join(','));
  }
  return success({
    text: `${lines.join(template.lineEnd)}${template.lineEnd}`,
    start: template.start,
    end,
  });
}
