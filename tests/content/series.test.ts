/**
 * The series files against what `series.yaml` says of them: every file listed, unchanged
 * (its SHA-256), its columns and span as stated, and the identities SOURCES.md states for the
 * shared originals (exports − imports = balance, goods + services = total, debt ÷ GDP =
 * debt-to-GDP). If a file is replaced by a newer download, these tests say what no longer holds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutOf, loadSeriesList, loadTable } from '../../src/lib/data/series-files';
import { observations, type SeriesTable } from '../../src/logic/data/table';
import { parseCsv, sumExact } from '../../src/logic/series';

const root = resolve(import.meta.dirname, '../..');
const seriesDir = resolve(root, 'content/data/series');
const seriesList = loadSeriesList();
const tables = new Map(seriesList.map((series) => [series.id, loadTable(series.id)]));
const table = (id: string): SeriesTable => {
  const found = tables.get(id);
  if (!found) throw new Error(`no series "${id}" in series.yaml`);
  return found;
};
/** A column's values by period key; every one must be present. */
const column = (id: string, name: string, key?: string): Map<string, number> =>
  new Map(
    observations(table(id), name, key).map((row) => {
      if (row.value === null) throw new Error(`${id} ${name} ${row.period.key} is missing`);
      return [row.period.key, row.value];
    }),
  );

const MONTHLY = 'trade-monthly-balance-exports-imports-1992-01-to-2026-06-vintage-2026-08';
const DETAIL = 'trade-monthly-goods-services-partners-2020-01-to-2025-12-vintage-2026-02';
const ANNUAL = 'trade-annual-goods-services-1991-2025';
const TOTAL_DEBT = 'total-public-debt-quarterly-1970q1-to-2026q1';
const PUBLIC_DEBT = 'debt-held-by-public-quarterly-1970q1-to-2026q1';
const DEBT_TO_GDP = 'debt-to-gdp-quarterly-1970q1-to-2026q1';
const GDP = 'gdp-quarterly-1970q1-to-2026q2-vintage-2026-08';

describe('series.yaml and the CSV files', () => {
  it('lists every CSV in content/data/series and nothing else', () => {
    const files = readdirSync(seriesDir).filter((name) => name.endsWith('.csv'));
    expect(seriesList.map((series) => series.file).sort()).toEqual(files.sort());
  });

  it.each(seriesList.map((series) => [series.id, series] as const))(
    '%s: is the file its SHA-256 says (no number edited by hand)',
    (_id, series) => {
      const bytes = readFileSync(resolve(seriesDir, series.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(series.sha256);
    },
  );

  it.each(seriesList.map((series) => [series.id, series] as const))(
    '%s: the columns listed are the CSV header, in order',
    (_id, series) => {
      const text = readFileSync(resolve(seriesDir, series.file), 'utf8');
      expect(series.columns.map((entry) => entry.name)).toEqual(parseCsv(text, series.file).header);
    },
  );

  it.each(seriesList.map((series) => [series.id, series] as const))(
    '%s: states the span the file really covers',
    (id, series) => {
      const periods = table(id).rows.map((row) => row.period);
      const keys = periods.map((period) => period.key).sort();
      expect(series.span).toEqual({ start: keys[0], end: keys.at(-1) });
      expect(layoutOf(series).file).toBe(`content/data/series/${series.file}`);
    },
  );

  it.each(seriesList.map((series) => [series.id, series] as const))(
    '%s: has no gap between its first and last period',
    (id) => {
      const byKey = new Map<string, number[]>();
      for (const row of table(id).rows) {
        byKey.set(row.key ?? '', [...(byKey.get(row.key ?? '') ?? []), row.period.index]);
      }
      for (const indexes of byKey.values()) {
        indexes.forEach((index, position) => {
          if (position > 0) expect(index - (indexes[position - 1] ?? 0)).toBe(1);
        });
      }
    },
  );
});

describe('identities stated in SOURCES.md', () => {
  it('monthly August 2026 vintage: balance = exports − imports within $1 million in all 414 months', () => {
    const balance = column(MONTHLY, 'BOPGSTB');
    const exports = column(MONTHLY, 'BOPTEXP');
    const imports = column(MONTHLY, 'BOPTIMP');
    expect(balance.size).toBe(414);
    for (const [period, value] of balance) {
      const worked = sumExact([exports.get(period) ?? Number.NaN, -(imports.get(period) ?? 0)]);
      expect(Math.abs(worked - value), period).toBeLessThanOrEqual(1);
    }
  });

  it('goods and services table: goods + services = total and exports − imports = balance in all 72 months', () => {
    const get = (name: string) => column(DETAIL, name);
    const [total, goods, services] = [
      get('goods_services_balance'),
      get('goods_balance'),
      get('services_balance'),
    ];
    expect(total.size).toBe(72);
    for (const [period, value] of total) {
      expect(
        Math.abs((goods.get(period) ?? 0) + (services.get(period) ?? 0) - value),
        period,
      ).toBeLessThanOrEqual(1);
    }
    for (const scope of ['goods_services', 'goods', 'services']) {
      const exports = get(`${scope}_exports`);
      const imports = get(`${scope}_imports`);
      for (const [period, value] of get(`${scope}_balance`)) {
        expect(
          Math.abs((exports.get(period) ?? 0) - (imports.get(period) ?? 0) - value),
          `${scope} ${period}`,
        ).toBeLessThanOrEqual(1);
      }
    }
  });

  /**
   * The annual file rounds every number on its own: to $1 million before 2017 and to $0.1
   * million from 2017. A sum of three rounded numbers can be off by one and a half units.
   */
  const unit = (year: number) => (year >= 2017 ? 0.1 : 1);

  it('annual file: exports − imports = balance, and goods + services = goods_services, every year', () => {
    const years = [...column(ANNUAL, 'balance_musd', 'goods_services').keys()];
    expect(years).toEqual(Array.from({ length: 35 }, (_, index) => String(1991 + index)));
    for (const year of years) {
      const tolerance = 1.5 * unit(Number(year)) + 1e-6;
      for (const scope of ['goods', 'services', 'goods_services']) {
        const exports = column(ANNUAL, 'exports_musd', scope).get(year) ?? 0;
        const imports = column(ANNUAL, 'imports_musd', scope).get(year) ?? 0;
        const balance = column(ANNUAL, 'balance_musd', scope).get(year) ?? 0;
        expect(
          Math.abs(sumExact([exports, -imports]) - balance),
          `${year} ${scope}`,
        ).toBeLessThanOrEqual(tolerance);
      }
      for (const measure of ['exports_musd', 'imports_musd', 'balance_musd']) {
        const goods = column(ANNUAL, measure, 'goods').get(year) ?? 0;
        const services = column(ANNUAL, measure, 'services').get(year) ?? 0;
        const total = column(ANNUAL, measure, 'goods_services').get(year) ?? 0;
        expect(
          Math.abs(sumExact([goods, services]) - total),
          `${year} ${measure}`,
        ).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it('debt: total debt ÷ GDP reproduces the debt-to-GDP file (2026Q1: 122.59%)', () => {
    const debt = column(TOTAL_DEBT, 'value');
    const gdp = column(GDP, 'GDP');
    const ratio = column(DEBT_TO_GDP, 'value');
    const worked = ((debt.get('2026Q1') ?? 0) / ((gdp.get('2026Q1') ?? 1) * 1000)) * 100;
    expect(worked).toBeCloseTo(122.59, 2);
    expect(Math.abs(worked - (ratio.get('2026Q1') ?? 0))).toBeLessThan(0.01);
  });

  it('debt held by the public is below total debt in every quarter, and fell while total debt rose in 13 quarters', () => {
    const total = column(TOTAL_DEBT, 'value');
    const held = column(PUBLIC_DEBT, 'value');
    const quarters = [...held.keys()];
    for (const quarter of quarters) {
      expect(held.get(quarter) ?? 0, quarter).toBeLessThan(total.get(quarter) ?? 0);
    }
    const opposite = quarters.filter((quarter, index) => {
      const before = quarters[index - 1];
      if (before === undefined) return false;
      return (
        (held.get(quarter) ?? 0) < (held.get(before) ?? 0) &&
        (total.get(quarter) ?? 0) > (total.get(before) ?? 0)
      );
    });
    expect(opposite).toHaveLength(13);
  });

  it('the first quarter of 2025 is 36,214,309.5 in the newer total-debt file (the "$36.2 trillion")', () => {
    expect(column(TOTAL_DEBT, 'value').get('2025Q1')).toBe(36214309.520796455);
  });

  it('the fiscal-year file runs from FY1970 to FY2025 without a gap', () => {
    expect([...column('federal-surplus-deficit-fy1970-2025', 'value').keys()]).toEqual(
      Array.from({ length: 56 }, (_, index) => `FY${1970 + index}`),
    );
  });

  it('the partner file: exports − imports = balance for each of its 36 partners', () => {
    const partners = 'trade-goods-by-partner-2024';
    const codes = [...new Set(table(partners).rows.map((row) => row.key ?? ''))];
    expect(codes).toHaveLength(36);
    for (const code of codes) {
      const [exports, imports, balance] = [
        'exports_year_musd',
        'imports_year_musd',
        'balance_year_musd',
      ].map((name) => column(partners, name, code).get('2024') ?? Number.NaN);
      expect(
        Math.abs(sumExact([exports ?? 0, -(imports ?? 0)]) - (balance ?? 0)),
        code,
      ).toBeLessThanOrEqual(0.1 + 1e-6);
    }
  });
});

describe('vintages held of BOPGSTB', () => {
  it('are four files, and the newest is the August 2026 one', () => {
    const holders = seriesList
      .filter((series) => series.columns.some((entry) => entry.fred === 'BOPGSTB'))
      .map((series) => [series.asOf, series.id]);
    expect(holders.sort()).toEqual([
      ['2025-03', 'trade-balance-monthly-vintage-2025-03'],
      ['2025-06', 'trade-balance-monthly-vintage-2025-06'],
      ['2026-02-22', DETAIL],
      ['2026-08-24', MONTHLY],
    ]);
  });

  it('really differ: the June 2026 revision changed 2024 (−903,533 → −885,471)', () => {
    const sum2024 = (values: Map<string, number>) =>
      sumExact([...values].filter(([period]) => period.startsWith('2024-')).map(([, v]) => v));
    expect(sum2024(column(DETAIL, 'goods_services_balance'))).toBe(-903533);
    expect(sum2024(column(MONTHLY, 'BOPGSTB'))).toBe(-885471);
  });
});
