/**
 * Which data the site shows, for the footer of every page: the release of the newest monthly
 * trade file and its latest month ("the August 2026 release; latest month June 2026").
 */
import { periodLabel } from '../../logic/data/period';
import { loadCatalog } from './series-files';

export interface DataStatus {
  /** The release of the newest monthly trade vintage, in words: "August 2026". */
  readonly release: string;
  /** Its latest month in words: "June 2026". */
  readonly latestMonth: string;
}

export function dataStatus(): DataStatus {
  const newest = loadCatalog().newest('BOPGSTB');
  if (!newest) throw new Error('no file in content/data/series.yaml holds BOPGSTB');
  const last = [...newest.entry.table.rows]
    .reverse()
    .find((row) => row.values.get(newest.column.name) !== null);
  if (!last) throw new Error(`${newest.entry.file} has no values`);
  return { release: newest.entry.release, latestMonth: periodLabel(last.period) };
}
