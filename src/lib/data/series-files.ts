/**
 * Reads the series shipped in `content/data/` at build time: the list in `series.yaml`
 * (checked against its schema) and each CSV, parsed by the pure functions in
 * `src/logic/series.ts`. Paths are resolved from the project root, where `astro build` and
 * Vitest both run, because this module is bundled into a different folder by the build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  parseAnnualTrade,
  parseFiscalYearSeries,
  parseMonthlySeries,
  parsePartnerTrade,
  parseQuarterlySeries,
  type AnnualTradeRow,
  type FiscalYearPoint,
  type MonthlyPoint,
  type PartnerTradeRow,
  type QuarterlyPoint,
} from '../../logic/series';
import { Catalog, type CatalogEntry } from '../../logic/data/catalog';
import type { SeriesSource } from '../../logic/data/figures';
import {
  observations,
  readTable,
  type SeriesTable,
  type TableLayout,
} from '../../logic/data/table';
import { seriesListSchema, type Series } from '../../schemas/series';

/** The folder that holds `series.yaml` and `series/*.csv`. */
export const DATA_DIR = resolve(process.cwd(), 'content/data');

/**
 * The series ids the charts read that no FRED id stands for; each must be listed in
 * `series.yaml`. Where a chart means "now" it reads the newest vintage of a FRED series instead
 * (`newestSeriesId`), so a newer download reaches it without a code change.
 */
export const SERIES_IDS = {
  annual: 'trade-annual-goods-services-1991-2025',
  partners: 'trade-goods-by-partner-2024',
  firstPublished: 'trade-balance-monthly-vintage-2025-03',
  revised: 'trade-balance-monthly-vintage-2025-06',
  /** The vintage lesson 7 names "after the June 2026 revision". */
  afterJune2026: 'trade-monthly-balance-exports-imports-1992-01-to-2026-06-vintage-2026-08',
} as const;

let cachedList: readonly Series[] | undefined;

/** Every series in `series.yaml`, validated; a wrong field fails with the entry and field named. */
export function loadSeriesList(): readonly Series[] {
  if (cachedList) return cachedList;
  const file = resolve(DATA_DIR, 'series.yaml');
  const result = seriesListSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  - [${issue.path.join('.')}] ${issue.message}`)
      .join('\n');
    throw new Error(`content/data/series.yaml does not match its schema:\n${problems}`);
  }
  cachedList = result.data;
  return cachedList;
}

/** Forgets what was read, so the next call reads the files again (the dev server's reload). */
export function resetSeriesCache(): void {
  cachedList = undefined;
  cachedCatalog = undefined;
}

/** One series' metadata by id; an unknown id is an error naming it. */
export function seriesMeta(id: string): Series {
  const series = loadSeriesList().find((candidate) => candidate.id === id);
  if (!series) throw new Error(`no series "${id}" in content/data/series.yaml`);
  return series;
}

/** The CSV text of a series, with the path used in error messages. */
export function readSeriesCsv(id: string): { text: string; file: string } {
  const series = seriesMeta(id);
  const file = `content/data/series/${series.file}`;
  return { text: readFileSync(resolve(process.cwd(), file), 'utf8'), file };
}

const read =
  <T>(parser: (text: string, file: string) => T) =>
  (id: string): T => {
    const { text, file } = readSeriesCsv(id);
    return parser(text, file);
  };

export const loadAnnualTrade: (id?: string) => AnnualTradeRow[] = (id = SERIES_IDS.annual) =>
  read(parseAnnualTrade)(id);
export const loadPartnerTrade: (id?: string) => PartnerTradeRow[] = (id = SERIES_IDS.partners) =>
  read(parsePartnerTrade)(id);
export const loadMonthly: (id: string) => MonthlyPoint[] = read(parseMonthlySeries);
export const loadQuarterly: (id: string) => QuarterlyPoint[] = read(parseQuarterlySeries);
export const loadFiscalYears: (id: string) => FiscalYearPoint[] = read(parseFiscalYearSeries);

/** How a series' columns are laid out, from its entry in `series.yaml`. */
export function layoutOf(series: Series): TableLayout {
  const period = series.columns.find((column) => column.role === 'period');
  if (!period) throw new Error(`series "${series.id}" has no period column`);
  const key = series.columns.find((column) => column.role === 'key');
  return {
    file: `content/data/series/${series.file}`,
    frequency: series.frequency === 'single-year' ? 'annual' : series.frequency,
    periodColumn: period.name,
    ...(key ? { keyColumn: key.name } : {}),
    valueColumns: series.columns
      .filter((column) => column.role === 'value')
      .map((column) => column.name),
  };
}

/** One series read into the shape every computation uses. */
export function loadTable(id: string): SeriesTable {
  const series = seriesMeta(id);
  const { text } = readSeriesCsv(id);
  return readTable(text, layoutOf(series));
}

let cachedCatalog: Catalog | undefined;

/** One series and its CSV text, read into the shape computations use. */
export function catalogEntryOf(series: Series, text: string): CatalogEntry {
  const layout = layoutOf(series);
  return {
    id: series.id,
    file: layout.file,
    frequency: layout.frequency,
    ...(series.asOf === undefined ? {} : { asOf: series.asOf }),
    release: series.release,
    columns: series.columns
      .filter((column) => column.role === 'value')
      .map((column) => ({
        name: column.name,
        ...(column.unit === undefined ? {} : { unit: column.unit }),
        ...(column.fred === undefined ? {} : { fred: column.fred }),
      })),
    table: readTable(text, layout),
  };
}

/** Every series file, read and indexed by id and by FRED series (newest vintage last). */
export function loadCatalog(): Catalog {
  cachedCatalog ??= new Catalog(
    loadSeriesList().map((series) => catalogEntryOf(series, readSeriesCsv(series.id).text)),
  );
  return cachedCatalog;
}

/** One column of a monthly file as the charts' monthly points. */
export function monthlyColumn(id: string, column: string): MonthlyPoint[] {
  return observations(loadTable(id), column).map((row) => {
    if (row.value === null) throw new Error(`${id}: ${column} has no value for ${row.period.key}`);
    return {
      period: row.period.key,
      year: row.period.year,
      month: row.period.part,
      value: row.value,
    };
  });
}

/** The id of the file holding the newest vintage of a FRED series; an error if none does. */
export function newestSeriesId(fred: string): string {
  const newest = loadCatalog().newest(fred);
  if (!newest) throw new Error(`no file in content/data/series.yaml holds the FRED series ${fred}`);
  return newest.entry.id;
}

/** Where our copy of a series came from, in a sentence. */
export function copyDescription(series: Series): string {
  const via = series.via;
  if ('repository' in via) {
    return `the public copy ${via.path} in ${via.repository} (commit ${via.commit})${via.note ? `; ${via.note.replace(/\.$/, '')}` : ''}`;
  }
  return `downloaded from ${via.service} on ${via.downloaded}${via.note ? `; ${via.note.replace(/\.$/, '')}` : ''}`;
}

/** What a computed figure borrows from one series' metadata. */
export function seriesSourceOf(series: Series): SeriesSource {
  return {
    id: series.id,
    publisher: series.publisher,
    originalTitle: series.originalTitle,
    url: series.url,
    via: copyDescription(series),
    vintage: series.vintage,
    release: series.release,
    asOf: series.asOf,
    basis: series.basis,
    adjustment: series.adjustment,
  };
}

/** What computed figures borrow from each series' metadata, by series id. */
export function seriesSources(): ReadonlyMap<string, SeriesSource> {
  return new Map(loadSeriesList().map((series) => [series.id, seriesSourceOf(series)]));
}
