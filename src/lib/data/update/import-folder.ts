/**
 * `--from DIR`: files a maintainer downloaded by hand. A file named like one of the site's files
 * is compared byte for byte (identical: unchanged) or checked as a new vintage of it. A file
 * shaped like a FRED download is treated as if it had just been fetched. Anything else is not
 * used by the site and is skipped, as is a download older than the file the site already holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, SeriesParseError } from '../../../logic/series';
import { periodLabel } from '../../../logic/data/period';
import { observations, readTable } from '../../../logic/data/table';
import { candidateProblems } from '../../../logic/data/update/checks';
import { fileColumns } from '../../../logic/data/update/file-columns';
import { fredShape, readFredCsv, type FredSeries } from '../../../logic/data/update/fred-csv';
import { describeNewPeriods, describeRevisions } from '../../../logic/data/update/report';
import { fredIdsOf, isFetchable } from '../../../logic/data/update/plan';
import {
  changesBetween,
  describeMixedVintage,
  mixedVintage,
  sameValue,
} from '../../../logic/data/update/vintage-compare';
import type { Series } from '../../../schemas/series';
import { layoutOf } from '../series-files';
import { checkedColumns, consider, mixedProblems } from './candidate';
import type { ContentFolder } from './content-folder';
import type { Step } from './steps';

const refused = (title: string, lines: readonly string[]): Step => ({
  title,
  result: { ok: false, unchanged: false, lines },
});

/** The header of a CSV, or undefined when the text is not one. */
function headerOf(text: string, file: string): readonly string[] | undefined {
  try {
    return parseCsv(text.split('\n')[0] ?? '', file).header;
  } catch (error) {
    if (error instanceof SeriesParseError) return undefined;
    throw error;
  }
}

export function importFolder(folder: ContentFolder, dir: string): Step[] {
  const steps: Step[] = [];
  const unchanged: string[] = [];
  const skipped: string[] = [];
  const byFile = new Map(folder.list.map((series) => [series.file, series]));
  const groups = new Map<
    string,
    { series: Series; downloads: Map<string, FredSeries>; files: string[] }
  >();
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => item.name)
    .sort();
  for (const name of names) {
    const path = join(dir, name);
    const bytes = readFileSync(path);
    const text = bytes.toString('utf8');
    const held = byFile.get(name);
    if (held) {
      if (bytes.equals(Buffer.from(folder.texts.get(held.id) ?? ''))) unchanged.push(name);
      else steps.push(heldNameCandidate(folder, held, text, path));
      continue;
    }
    const header = name.endsWith('.csv') ? headerOf(text, path) : undefined;
    const shape = header === undefined ? undefined : fredShape(header, name);
    if (!shape) {
      skipped.push(name);
      continue;
    }
    const current = folder.catalog.newest(shape.id);
    const currentSeries = folder.list.find((series) => series.id === current?.entry.id);
    if (!current || !currentSeries) {
      skipped.push(`${name} (it holds ${shape.id}, which the site does not use)`);
      continue;
    }
    if (!isFetchable(currentSeries)) {
      skipped.push(
        `${name} (the site holds ${shape.id} in ${currentSeries.file}, beside numbers FRED does not serve: import that whole file instead)`,
      );
      continue;
    }
    const series = readFredCsv(text, {
      source: path,
      frequency: current.entry.frequency,
      fileName: name,
    });
    if (!series.ok) {
      steps.push(refused(name, [series.problem]));
      continue;
    }
    const last = series.value.points.at(-1)?.period;
    const heldLast = observations(current.entry.table, current.column.name).at(-1)?.period;
    if (last && heldLast && last.index < heldLast.index) {
      skipped.push(
        `${name} (an older download of ${shape.id}: it ends at ${periodLabel(last)}, the site's ${currentSeries.file} at ${periodLabel(heldLast)})`,
      );
      continue;
    }
    const mixed = mixedProblems(series.value, folder.catalog);
    if (mixed.length > 0) {
      steps.push(refused(name, mixed));
      continue;
    }
    const group = groups.get(currentSeries.id) ?? {
      series: currentSeries,
      downloads: new Map<string, FredSeries>(),
      files: [],
    };
    group.downloads.set(shape.id, series.value);
    group.files.push(name);
    groups.set(currentSeries.id, group);
  }
  for (const group of groups.values()) steps.push(fromDownloads(folder, group));
  if (unchanged.length > 0) {
    steps.push({ title: 'Unchanged: byte for byte the files the site holds', note: unchanged });
  }
  if (skipped.length > 0) steps.push({ title: 'Not used by the site, skipped', note: skipped });
  return steps;
}

/** FRED downloads found in the folder for one file of the site, which needs all its series. */
function fromDownloads(
  folder: ContentFolder,
  group: { series: Series; downloads: ReadonlyMap<string, FredSeries>; files: readonly string[] },
): Step {
  const ids = fredIdsOf(group.series);
  const title = `${group.files.join(', ')} → ${group.series.id}`;
  const missing = ids.filter((id) => !group.downloads.has(id));
  if (missing.length === 0) {
    return {
      title,
      result: consider(folder, group.series, group.downloads, { kind: 'hand', files: group.files }),
    };
  }
  const same = [...group.downloads.values()].every((series) =>
    matchesHeld(folder, group.series, series),
  );
  if (same) {
    return {
      title,
      result: {
        ok: false,
        unchanged: true,
        lines: [`No new data: the same numbers as ${group.series.file}.`],
      },
    };
  }
  return refused(title, [
    `${group.series.file} holds ${ids.join(', ')} from one download, so it is updated only with all of them: add ${missing.map((id) => `${id}.csv`).join(' and ')}, downloaded the same day, beside ${group.files.join(', ')}.`,
  ]);
}

/** Whether a download holds exactly the periods and numbers of the site's column. */
function matchesHeld(folder: ContentFolder, series: Series, download: FredSeries): boolean {
  const column = series.columns.find((candidate) => candidate.fred === download.id);
  const table = folder.catalog.find(series.id)?.table;
  if (!column || !table) return false;
  const held = observations(table, column.name).filter((row) => row.value !== null);
  const first = held[0]?.period.index ?? 0;
  const points = download.points.filter((point) => point.period.index >= first);
  return (
    points.length === held.length &&
    points.every((point, index) => {
      const row = held[index];
      if (row === undefined || row.value === null) return false;
      return row.period.index === point.period.index && sameValue(row.value, Number(point.text));
    })
  );
}

/** A file under the name of one of the site's files, with different bytes. */
function heldNameCandidate(folder: ContentFolder, held: Series, text: string, path: string): Step {
  const title = `${held.file} (differs from the site's file)`;
  if (isFetchable(held)) {
    const columns = fileColumns(text, {
      source: path,
      frequency: folder.catalog.find(held.id)?.frequency ?? 'monthly',
      columns: held.columns,
    });
    if (!columns.ok) return refused(title, [columns.problem]);
    return {
      title,
      result: consider(folder, held, columns.value, { kind: 'hand', files: [held.file] }),
    };
  }
  return importOnlyCandidate(folder, held, text, path, title);
}

/**
 * A new copy of a file with numbers FRED does not serve (the annual file, the partner file…).
 * It is checked and its changes reported, but not written: where the copy came from cannot be
 * known here, and every file of the site says where it came from.
 */
function importOnlyCandidate(
  folder: ContentFolder,
  held: Series,
  text: string,
  path: string,
  title: string,
): Step {
  const heldTable = folder.catalog.find(held.id)?.table;
  if (!heldTable) return refused(title, [`The site has no table for ${held.id}.`]);
  if (!text.endsWith('\n')) {
    return refused(title, [
      `${path} ends in the middle of a line, without the final line break: it may have been cut short.`,
    ]);
  }
  let table;
  try {
    table = readTable(text, { ...layoutOf(held), file: path });
  } catch (error) {
    if (error instanceof SeriesParseError) return refused(title, [`${error.message}.`]);
    throw error;
  }
  const problems = candidateProblems(table, checkedColumns(held), heldTable);
  const keys = [...new Set(table.rows.map((row) => row.key))];
  for (const column of table.columns) {
    for (const key of keys) {
      const mixed = mixedVintage(
        observations(table, column, key),
        observations(heldTable, column, key),
      );
      if (mixed)
        problems.push(
          describeMixedVintage(
            path,
            `${column}${key === undefined ? '' : ` (${key})`}`,
            heldTable.file,
            mixed,
          ),
        );
    }
  }
  if (problems.length > 0) return refused(title, problems);
  const changes = changesBetween(heldTable, table);
  const units = new Map(held.columns.map((column) => [column.name, column.unit]));
  return refused(title, [
    describeNewPeriods(changes.newPeriods),
    ...describeRevisions(changes.revisions, (column) => units.get(column)),
    `It passed the checks but was not written: it holds numbers FRED does not serve, so where this copy came from must be written by hand. Copy it into content/data/series/ under a new name and give it its own entry in series.yaml, with its source under via.`,
  ]);
}
