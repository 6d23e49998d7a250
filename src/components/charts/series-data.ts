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
import { seriesListSchema, type Series } from '../../schemas/series';

/** The folder that holds `series.yaml` and `series/*.csv`. */
export const DATA_DIR = resolve(process.cwd(), 'content/data');

/** The series ids the charts read; each must be listed in `series.yaml`. */
export const SERIES_IDS = {
  annual: 'trade-annual-goods-services-1991-2025',
  partners: 'trade-goods-by-partner-2024',
  firstPublished: 'trade-balance-monthly-vintage-2025-03',
  revised: 'trade-balance-monthly-vintage-2025-06',
  debt: 'total-public-debt-quarterly-1966-2025q1',
  deficits: 'federal-surplus-deficit-fy1970-2025',
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
export const loadQuarterly: (id?: string) => QuarterlyPoint[] = (id = SERIES_IDS.debt) =>
  read(parseQuarterlySeries)(id);
export const loadFiscalYears: (id?: string) => FiscalYearPoint[] = (id = SERIES_IDS.deficits) =>
  read(parseFiscalYearSeries)(id);
