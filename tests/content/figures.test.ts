/**
 * Every figure the build computes from a series, pinned to its value worked out by hand from
 * the CSV files (by a separate script, not by the code under test), so a change in the
 * computations or a replaced file shows here, figure by figure. A newer data file is expected
 * to move the "latest" figures: update their values here from the file, with the file's name in
 * the commit message.
 */
import { describe, expect, it } from 'vitest';
import { loadFigures } from '../../src/lib/data/figures-file';

/** [id, value] worked out from content/data/series/*.csv; periods are pinned separately. */
const PINNED: readonly (readonly [string, number])[] = [
  ['us-trade-balance-latest-month', -73261.0],
  ['us-exports-latest-month', 314728.0],
  ['us-imports-latest-month', 387989.0],
  ['us-trade-balance-month-before-latest', -77647.0],
  ['us-trade-balance-change-latest-month', 4386.0],
  ['us-trade-balance-latest-year', -931960.0],
  ['us-trade-balance-year-before-latest', -885471.0],
  ['us-trade-balance-change-latest-year', -46489.0],
  ['us-gdp-latest-year', 30762098.75],
  ['us-trade-balance-share-of-gdp-latest-year', -3.029572226439849],
  ['us-imports-peak-since-2024', 416352.0],
  ['us-trade-balance-largest-deficit-since-2024', -132983.0],
  ['us-imports-peak-all-months', 416352.0],
  ['us-imports-monthly-average-2024', 343489.8333333333],
  ['us-trade-balance-monthly-average-2024', -73789.25],
  ['us-trade-balance-monthly-average-2025-q1', -124918.66666666667],
  ['us-trade-balance-monthly-average-since-2025-04', -61895.46666666667],
  ['us-imports-monthly-average-since-2025-04', 360696.6],
  ['us-trade-balance-2025-h1', -560542.0],
  ['us-trade-balance-2026-h1', -371228.0],
  ['us-trade-balance-2024-first', -918416.0],
  ['us-trade-balance-2023-as-of-2025-02', -784892.0],
  ['us-trade-balance-change-2024-first', -133524.0],
  ['us-trade-balance-2024-12-first', -98431.0],
  ['us-trade-balance-largest-month-2024-first', -98431.0],
  ['us-trade-balance-monthly-average-2024-first', -76534.66666666667],
  ['us-trade-balance-2025-02-to-2024-average-first', 1.6031950662880439],
  ['us-trade-balance-2024-revised', -903532.4],
  ['us-trade-balance-2023-revised', -774204.8],
  ['us-trade-balance-2024-sa-sum-2025-06', -903533.0],
  ['us-trade-balance-2024-annual-nsa', -903532.4],
  ['us-trade-balance-2024-aug-2026', -885471.0],
  ['us-trade-balance-2025-02-revised', -122011.0],
  ['us-trade-balance-2025-02-aug-2026', -117069.0],
  ['us-goods-exports-latest-year', 2197486.1],
  ['us-goods-imports-latest-year', 3438427.2],
  ['us-services-exports-latest-year', 1234852.7],
  ['us-services-imports-latest-year', 895381.0],
  ['us-goods-balance-latest-year', -1240941.1],
  ['us-services-balance-latest-year', 339471.8],
  ['us-trade-balance-latest-year-split', -901469.3],
  ['us-exports-latest-year-split', 3432338.8],
  ['us-goods-deficit-to-services-surplus-latest-year', -3.655505700326213],
  ['us-goods-balance-2024', -1215402.9],
  ['us-services-balance-2024', 311870.5],
  ['us-trade-balance-2000', -369685.0],
  ['us-deficit-years', 35.0],
  ['us-years-in-annual-series', 35.0],
  ['us-services-surplus-years', 35.0],
  ['us-goods-balance-china-2024', -297047.7],
  ['us-goods-balance-eu-2024', -236720.9],
  ['us-goods-balance-mexico-2024', -168618.0],
  ['us-goods-balance-vietnam-2024', -123249.3],
  ['us-goods-balance-canada-2024', -61166.0],
  ['us-goods-balance-netherlands-2024', 54070.5],
  ['us-goods-exports-mexico-2024', 334492.1],
  ['us-goods-imports-mexico-2024', 503110.1],
  ['us-goods-imports-to-exports-china-2024', 3.0733173404098646],
  ['us-goods-imports-to-exports-mexico-2024', 1.5041015916369924],
  ['us-goods-imports-to-exports-canada-2024', 1.17445813757681],
  ['us-goods-balance-china-2024-monthly-file', -295515.24871],
  ['us-goods-balance-china-2025', -202071.324461],
  ['us-goods-balance-mexico-2024-monthly-file', -171491.244175],
  ['us-goods-balance-mexico-2025', -196913.39373],
  ['us-goods-balance-vietnam-2024-monthly-file', -123457.028336],
  ['us-goods-balance-vietnam-2025', -178183.415575],
  ['us-goods-balance-canada-2024-monthly-file', -61978.530245],
  ['us-goods-balance-canada-2025', -46441.955758],
  ['us-public-debt-latest', 39065421.0],
  ['us-public-debt-year-before-latest', 36214309.520796455],
  ['us-public-debt-2025-q1', 36214309.520796455],
  ['us-debt-held-by-public-latest', 31454810.955549758],
  ['us-debt-held-by-public-at-total-debt-date', 31454810.955549758],
  ['us-debt-held-by-foreign-investors-latest', 9248400.0],
  ['us-debt-foreign-share-latest', 30.52450367272086],
  ['us-debt-held-by-foreign-investors-2000q3', 1038800.0],
  ['us-debt-to-gdp-latest', 122.59387],
  ['us-federal-budget-balance-latest', -1774684.0],
  ['us-federal-budget-balance-fy2000', 236241.0],
  ['us-budget-surplus-years', 4.0],
  ['us-public-debt-change-fy2000', 17908.0],
  ['us-debt-held-by-public-change-fy2000', -229181.0],
  ['us-current-account-share-of-gdp-latest', -3.62698693844919],
  ['us-public-debt-growth-over-latest-year', 2851111.479203545],
  ['us-trade-revision-june-2025-of-2024', 14883.0],
  ['us-trade-balance-change-2024-revised', -129327.6],
];

/** The periods of the figures whose period comes from the data, not from the author. */
const PERIODS: Readonly<Record<string, string>> = {
  'us-trade-balance-latest-month': '2026-06',
  'us-trade-balance-month-before-latest': '2026-05',
  'us-trade-balance-latest-year': '2025',
  'us-trade-balance-year-before-latest': '2024',
  'us-imports-peak-since-2024': '2025-03',
  'us-trade-balance-largest-deficit-since-2024': '2025-03',
  'us-imports-peak-all-months': '2025-03',
  'us-trade-balance-largest-month-2024-first': '2024-12',
  'us-goods-balance-latest-year': '2025',
  'us-deficit-years': '1991/2025',
  'us-public-debt-latest': '2026Q1',
  'us-public-debt-year-before-latest': '2025Q1',
  'us-debt-held-by-foreign-investors-latest': '2025Q3',
  'us-debt-foreign-share-latest': '2025Q3',
  'us-federal-budget-balance-latest': 'FY2025',
  'us-budget-surplus-years': 'FY1970/FY2025',
  'us-trade-balance-monthly-average-since-2025-04': '2025-04/2026-06',
  'us-current-account-share-of-gdp-latest': '2025',
};

const figures = new Map(loadFigures().map((figure) => [figure.id, figure]));
const computed = [...figures.values()].filter((figure) => figure.computed !== undefined);

describe('computed figures', () => {
  it('every computed figure is pinned here, and every pinned one exists', () => {
    const pinned = new Set(PINNED.map(([id]) => id));
    expect(computed.map((figure) => figure.id).filter((id) => !pinned.has(id))).toEqual([]);
    expect([...pinned].filter((id) => !figures.has(id))).toEqual([]);
  });

  it.each(PINNED)('%s is %d, as worked out by hand from the CSV', (id, value) => {
    const figure = figures.get(id);
    expect(figure?.value).toBeCloseTo(value, 6);
  });

  it.each(Object.entries(PERIODS))('%s is for %s', (id, period) => {
    expect(figures.get(id)?.period).toBe(period);
  });

  it('a computed figure names the series it read and its release', () => {
    for (const figure of computed) {
      expect(figure.computed?.seriesIds.length, figure.id).toBeGreaterThan(0);
      expect(figure.computed?.release, figure.id).toMatch(/\S/);
    }
    expect(figures.get('us-trade-balance-latest-month')?.computed?.release).toBe('August 2026');
    expect(figures.get('us-trade-balance-2024-first')?.computed?.release).toBe('March 2025');
  });

  it('a label that says {period} is filled in', () => {
    expect(figures.get('us-trade-balance-latest-month')?.label).toBe(
      'U.S. goods and services trade balance, June 2026',
    );
    expect([...figures.values()].filter((figure) => figure.label.includes('{'))).toEqual([]);
  });
});
