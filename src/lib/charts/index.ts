/**
 * Builds a chart by id from the series in `content/data/`. `Chart.astro` calls this at build
 * time; an unknown id throws, which fails the build with the id named.
 */
import { buildAnnualBalanceChart } from './annual-balance';
import { buildBilateralGoodsChart } from './bilateral-goods';
import { CHART_IDS, isChartId, type ChartSource, type ChartSpec } from './chart-spec';
import { buildDebtAndDeficitsChart } from './debt-and-deficits';
import {
  SERIES_IDS,
  loadAnnualTrade,
  loadFiscalYears,
  loadMonthly,
  monthlyColumn,
  loadPartnerTrade,
  loadQuarterly,
  newestSeriesId,
  seriesMeta,
} from '../data/series-files';
import { buildVintagesChart } from './vintages';
import { TARIFF_PERIOD, buildMonthlyWindowChart } from './monthly-window';
import { latestMonths, latestReport } from '../latest/latest-report';

export { CHART_IDS, isChartId, type ChartId, type ChartSpec } from './chart-spec';

/** The source line entry for a series, from its metadata in `series.yaml`. */
export function sourceOf(seriesId: string): ChartSource {
  const series = seriesMeta(seriesId);
  return {
    seriesId: series.id,
    title: series.title,
    publisher: series.publisher,
    vintage: series.vintage,
  };
}

/** How a series is measured, in words for a chart's note: "balance of payments basis, seasonally adjusted". */
function measureOf(seriesId: string): string | undefined {
  const series = seriesMeta(seriesId);
  const parts = [series.basis && `${series.basis} basis`, series.adjustment].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

const cache = new Map<string, ChartSpec>();

/** The chart with this id, built once per build and reused by every page that shows it. */
export function buildChart(id: string): ChartSpec {
  if (!isChartId(id)) {
    throw new Error(
      `<Chart id="${id}" />: there is no chart "${id}". Known charts: ${CHART_IDS.join(', ')}.`,
    );
  }
  const cached = cache.get(id);
  if (cached) return cached;
  let chart: ChartSpec;
  switch (id) {
    case 'annual-balance-1991-2025':
      chart = buildAnnualBalanceChart({
        rows: loadAnnualTrade(),
        source: sourceOf(SERIES_IDS.annual),
      });
      break;
    case 'bilateral-goods-2024':
      chart = buildBilateralGoodsChart({
        rows: loadPartnerTrade(),
        source: sourceOf(SERIES_IDS.partners),
      });
      break;
    case 'debt-and-deficits':
      chart = buildDebtAndDeficitsChart({
        debt: loadQuarterly(newestSeriesId('GFDEBTN')),
        deficits: loadFiscalYears(newestSeriesId('FYFSD')),
        debtSource: sourceOf(newestSeriesId('GFDEBTN')),
        deficitSource: sourceOf(newestSeriesId('FYFSD')),
      });
      break;
    case 'vintages-2024':
      chart = buildVintagesChart({
        year: 2024,
        vintages: [
          {
            tone: 'first',
            label: 'First published (March 2025 download)',
            column: 'First published',
            words: 'first published',
            points: loadMonthly(SERIES_IDS.firstPublished),
            source: sourceOf(SERIES_IDS.firstPublished),
          },
          {
            tone: 'revised',
            label: 'After the June 2025 revision',
            column: 'June 2025',
            words: 'after the June 2025 revision',
            points: loadMonthly(SERIES_IDS.revised),
            source: sourceOf(SERIES_IDS.revised),
          },
          {
            tone: 'latest',
            label: 'After the June 2026 revision (August 2026 download)',
            column: 'June 2026',
            words: 'after the June 2026 revision',
            points: monthlyColumn(SERIES_IDS.afterJune2026, 'BOPGSTB'),
            source: sourceOf(SERIES_IDS.afterJune2026),
          },
        ],
      });
      break;
    case 'latest-24-months': {
      const report = latestReport();
      chart = buildMonthlyWindowChart({
        id,
        months: latestMonths(),
        // The report's own window, so the page's words and the chart cover the same months.
        from: report.window[0]?.period ?? report.latest.period,
        to: report.latest.period,
        draw: 'balance',
        source: sourceOf(report.source.seriesId),
        measure: measureOf(report.source.seriesId),
      });
      break;
    }
    case 'tariff-period': {
      const report = latestReport();
      chart = buildMonthlyWindowChart({
        id,
        months: latestMonths(),
        from: TARIFF_PERIOD.from,
        to: report.latest.period,
        draw: 'flows',
        event: TARIFF_PERIOD.event,
        source: sourceOf(report.source.seriesId),
        measure: measureOf(report.source.seriesId),
      });
      break;
    }
  }
  cache.set(id, chart);
  return chart;
}
