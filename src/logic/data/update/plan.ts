/**
 * Which files a fetch updates. A file can be fetched when every number in it is a FRED series
 * (its other column is the period): the trade file's BOPGSTB, BOPTEXP and BOPTIMP are fetched
 * together and written as one new file, so the file stays one vintage. Only the file holding the
 * newest vintage of a series is fetched again; older vintages stay as the lessons show them, and
 * files with numbers FRED does not serve are updated by importing a file (`--from`).
 */
import type { Series } from '../../../schemas/series';
import type { Catalog } from '../catalog';

/** The FRED series of a file's numeric columns, in column order. */
export const fredIdsOf = (series: Series): string[] =>
  series.columns.flatMap((column) =>
    column.role === 'value' && column.fred !== undefined ? [column.fred] : [],
  );

/** Every column is the period or a FRED series, so a download can rebuild the whole file. */
export const isFetchable = (series: Series): boolean =>
  series.columns.every(
    (column) => column.role === 'period' || (column.role === 'value' && column.fred !== undefined),
  ) && fredIdsOf(series).length > 0;

export interface FetchPlan {
  /** Files to fetch again, each with the FRED series downloaded together for it. */
  readonly groups: readonly { readonly series: Series; readonly ids: readonly string[] }[];
  /** Files holding numbers FRED does not serve: updated only by importing a file. */
  readonly importOnly: readonly Series[];
  /** Older vintages the lessons keep, fetched only as a past vintage (`--vintage`). */
  readonly olderVintages: readonly Series[];
}

/** Sorts the site's files into those a fetch updates and those it leaves alone. */
export function fetchPlan(list: readonly Series[], catalog: Catalog): FetchPlan {
  const groups: { series: Series; ids: string[] }[] = [];
  const importOnly: Series[] = [];
  const olderVintages: Series[] = [];
  for (const series of list) {
    if (!isFetchable(series)) {
      importOnly.push(series);
      continue;
    }
    const ids = fredIdsOf(series);
    const current = ids.some((id) => catalog.newest(id)?.entry.id === series.id);
    if (current) groups.push({ series, ids });
    else olderVintages.push(series);
  }
  return { groups, importOnly, olderVintages };
}
