/**
 * Turns downloads (from FRED, ALFRED or a maintainer's folder) into a candidate new file of the
 * site, or into the sentences that refuse it: mixed vintages, a layout that cannot be copied, a
 * failed check. What passes and changes something becomes a `Proposal`; what changes nothing is
 * reported as "no new data".
 */
import { SeriesParseError } from '../../../logic/series';
import type { Catalog } from '../../../logic/data/catalog';
import type { Period } from '../../../logic/data/period';
import { observations, readTable, type SeriesTable } from '../../../logic/data/table';
import { assemble, templateOf } from '../../../logic/data/update/assemble';
import { candidateProblems, type CheckedColumn } from '../../../logic/data/update/checks';
import type { FredSeries } from '../../../logic/data/update/fred-csv';
import {
  changesBetween,
  describeMixedVintage,
  isUnchanged,
  mixedVintage,
  type Changes,
} from '../../../logic/data/update/vintage-compare';
import type { Series } from '../../../schemas/series';
import { layoutOf } from '../series-files';
import type { ContentFolder } from './content-folder';

/** How the numbers arrived, which decides the provenance written for them. */
export type Arrival =
  | { readonly kind: 'fred'; readonly urls: readonly string[] }
  | { readonly kind: 'hand'; readonly files: readonly string[] }
  | { readonly kind: 'alfred'; readonly urls: readonly string[]; readonly date: string };

/** A new file that passed every check and changes something. */
export interface Proposal {
  /** The file it follows, whose layout and description it copies. */
  readonly template: Series;
  readonly ids: readonly string[];
  readonly text: string;
  readonly table: SeriesTable;
  readonly start: Period;
  readonly end: Period;
  readonly templateEnd: Period;
  readonly changes: Changes;
  readonly arrival: Arrival;
}

export type Considered =
  | { readonly ok: true; readonly proposal: Proposal }
  | { readonly ok: false; readonly unchanged: boolean; readonly lines: readonly string[] };

const refuse = (lines: readonly string[]): Considered => ({ ok: false, unchanged: false, lines });

/** The numeric columns of a series, as the checks see them. */
export const checkedColumns = (series: Series): CheckedColumn[] =>
  series.columns
    .filter((column) => column.role === 'value')
    .map((column) => ({ name: column.name, unit: column.unit, fred: column.fred }));

/** Refusals for a download that mixes vintages, against every file holding the same series. */
export function mixedProblems(series: FredSeries, catalog: Catalog): string[] {
  const candidate = series.points.map((point) => ({
    period: point.period,
    value: Number(point.text),
    line: point.line,
  }));
  return catalog.vintagesOf(series.id).flatMap((held) => {
    const mixed = mixedVintage(candidate, observations(held.entry.table, held.column.name));
    return mixed ? [describeMixedVintage(series.source, series.id, held.entry.file, mixed)] : [];
  });
}

/** Checks downloads as a new vintage of `template`. */
export function consider(
  folder: ContentFolder,
  template: Series,
  downloads: ReadonlyMap<string, FredSeries>,
  arrival: Arrival,
): Considered {
  const mixed = [...downloads.values()].flatMap((series) => mixedProblems(series, folder.catalog));
  if (mixed.length > 0) return refuse(mixed);
  const layout = templateOf(
    { id: template.id, frequency: layoutOf(template).frequency, columns: template.columns },
    folder.texts.get(template.id) ?? '',
  );
  if (!layout.ok) return refuse([layout.problem]);
  const assembled = assemble(layout.value, downloads, { reachEnd: arrival.kind !== 'alfred' });
  if (!assembled.ok) return refuse([assembled.problem]);
  let table: SeriesTable;
  try {
    table = readTable(assembled.value.text, layoutOf({ ...template, file: `${template.id}.csv` }));
  } catch (error) {
    if (error instanceof SeriesParseError) return refuse([`${error.message}.`]);
    throw error;
  }
  const held = folder.catalog.find(template.id)?.table;
  if (!held) return refuse([`The site has no file ${template.id} to compare with.`]);
  const problems = candidateProblems(table, checkedColumns(template), held);
  const changes = changesBetween(held, table);
  if (arrival.kind !== 'alfred' && changes.droppedPeriods.length > 0) {
    const first = changes.droppedPeriods[0]?.key ?? '';
    problems.push(
      `The new file would lack ${changes.droppedPeriods.length} period(s) the site's ${template.file} holds, from ${first}.`,
    );
  }
  if (problems.length > 0) return refuse(problems);
  if (isUnchanged(changes)) {
    return {
      ok: false,
      unchanged: true,
      lines: [`No new data: the same periods and numbers as ${template.file}.`],
    };
  }
  return {
    ok: true,
    proposal: {
      template,
      ids: [...downloads.keys()],
      text: assembled.value.text,
      table,
      start: assembled.value.start,
      end: assembled.value.end,
      templateEnd: layout.value.end,
      changes,
      arrival,
    },
  };
}
