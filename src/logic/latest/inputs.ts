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

/** The inputs of `buildLatestReport`, read from the catalog. */
export function latestReportInputs(catalog: Catalog): LatestReportInput {
  const newest = catalog.newest(FRED.balance);
  if (!newest) throw new Error(`no file in content/data/series.yaml holds ${FRED.balance}`);
  const { entry } = newest;
  const previous = previousVintage(catalog, entry);
  const gdp = catalog.newest(FRED.gdp);
  return {
    current: {
      seriesId: entry.id,
      release: entry.release,
      balance: valuesOf(newest),
      exports: observations(entry.table, columnOf(entry, FRED.exports)),
      imports: observations(entry.table, columnOf(entry, FRED.imports)),
    },
    previous: previous && {
      seriesId: previous.entry.id,
      release: previous.entry.release,
      balance: valuesOf(previous),
    },
    gdp: gdp && {
      seriesId: gdp.entry.id,
      release: gdp.entry.release,
      quarters: valuesOf(gdp),
    },
  };
}
