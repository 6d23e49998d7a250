/**
 * The latest report as the build sees it: the catalog of series files read once, the report's
 * inputs picked from it by FRED series (src/logic/latest/inputs.ts), and the report worked out
 * (src/logic/latest/report.ts). /latest/, the home page's pointer and the monthly charts all
 * read this one report, so they cannot disagree.
 */
import { latestReportInputs } from '../../logic/latest/inputs';
import {
  buildLatestReport,
  monthFlows,
  type LatestReport,
  type MonthFlows,
} from '../../logic/latest/report';
import { loadCatalog } from '../data/series-files';

let cached: { report: LatestReport; months: readonly MonthFlows[] } | undefined;

function load() {
  if (cached) return cached;
  const inputs = latestReportInputs(loadCatalog());
  cached = { report: buildLatestReport(inputs), months: monthFlows(inputs.current) };
  return cached;
}

/** The report on the newest month of the newest vintage. */
export const latestReport = (): LatestReport => load().report;

/** Every month of the newest vintage (balance, exports, imports), oldest first. */
export const latestMonths = (): readonly MonthFlows[] => load().months;
