/**
 * Picks the report's inputs out of the catalog of series files, by FRED series rather than by
 * file name, so a newer download reaches the page without a code change: the newest file
 * holding the goods and services balance (BOPGSTB), its exports (BOPTEXP) and imports (BOPTIMP)
 * from that same file, the newest older file holding BOPGSTB (what the new one revised), and
 * the newest GDP. Pure: the build hands the catalog in.
 */
import type { Catalog, CatalogEntry, ColumnRef } from '../data/catalog';
import { observations } from '../data/table';
import type { LatestReportInput } from './report';

export const FRED = {
  balance: 'BOPGSTB',
  exports: 'BOPTEXP',
  imports: 'BOPTIMP',
  gdp: 'GDP',
} as const;

function columnOf(entry: CatalogEntry, fred: string): string {
  const column = entry.columns.find((candidate) => candidate.fred === fred);
  if (!column) {
    throw new Error(
      `${entry.file} is the newest file holding ${FRED.balance}, but it has no ${fred} column: the latest report needs the balance, exports and imports from one vintage`,
    );
  }
  return column.name;
}

const valuesOf = (ref: ColumnRef) => observations(ref.entry.table, ref.column.name);

/** The newest vintage of BOPGSTB before `current`'s, by `asOf`; undefined when there is none. */
export function previousVintage(catalog: Catalog, current: CatalogEntry): ColumnRef | undefined {
  const asOf = current.asOf;
  if (asOf === undefined) return undefined;
  return catalog
    .vintagesOf(FRED.balance)
    .filter(
      (ref) => ref.entry.id !== current.id && ref.entry.asOf !== undefined && ref.entry.asOf < asOf,
    )
    .at(-1);
}

/** The files a report reads: one vintage of the monthly trade data, the one before it, GDP. */
export interface ReportFiles {
  readonly current: CatalogEntry;
  readonly previous?: CatalogEntry | undefined;
  readonly gdp?: CatalogEntry | undefined;
}

function columnRef(entry: CatalogEntry, fred: string): ColumnRef {
  const column = entry.columns.find((candidate) => candidate.fred === fred);
  if (!column) throw new Error(`${entry.file} has no ${fred} column`);
  return { entry, column };
}

/** The inputs of `buildLatestReport` from the files given (tests pass earlier vintages). */
export function reportInputsFrom(files: ReportFiles): LatestReportInput {
  const { current, previous, gdp } = files;
  return {
    current: {
      seriesId: current.id,
      release: current.release,
      balance: valuesOf(columnRef(current, FRED.balance)),
      exports: observations(current.table, columnOf(current, FRED.exports)),
      imports: observations(current.table, columnOf(current, FRED.imports)),
    },
    previous: previous && {
      seriesId: previous.id,
      release: previous.release,
      balance: valuesOf(columnRef(previous, FRED.balance)),
    },
    gdp: gdp && {
      seriesId: gdp.id,
      release: gdp.release,
      quarters: valuesOf(columnRef(gdp, FRED.gdp)),
    },
  };
}

/** The inputs of `buildLatestReport` for the newest data: files chosen by FRED series. */
export function latestReportInputs(catalog: Catalog): LatestReportInput {
  const newest = catalog.newest(FRED.balance);
  if (!newest) throw new Error(`no file in content/data/series.yaml holds ${FRED.balance}`);
  return reportInputsFrom({
    current: newest.entry,
    previous: previousVintage(catalog, newest.entry)?.entry,
    gdp: catalog.newest(FRED.gdp)?.entry,
  });
}
