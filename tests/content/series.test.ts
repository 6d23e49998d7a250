/**
 * Checks the real series files against their provenance (content/data/series.yaml), against the
 * identities stated in shared/data/SOURCES.md, and against the figures derived from them in
 * content/data/figures.yaml. If a file is replaced by a newer download, these tests say which
 * number moved.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  annualRow,
  annualTotals,
  parseAnnualTrade,
  parseCsv,
  parseFiscalYearSeries,
  parseMonthlySeries,
  parsePartnerTrade,
  parseQuarterlySeries,
  sumExact,
  type AnnualTradeRow,
  type TradeScope,
} from '../../src/logic/series';
import { z } from 'astro/zod';
import { figureSchema } from '../../src/schemas/figure';
import { seriesListSchema, type Series } from '../../src/schemas/series';

const root = resolve(import.meta.dirname, '../..');
const seriesDir = resolve(root, 'content/data/series');
/** The shared originals; present on the team's machines, absent from a fresh clone. */
const sharedDir = resolve(root, '../shared/data');

const seriesList: readonly Series[] = seriesListSchema.parse(
  parseYaml(readFileSync(resolve(root, 'content/data/series.yaml'), 'utf8')),
);

const csvText = (id: string): string => {
  const series = seriesList.find((entry) => entry.id === id);
  if (!series) throw new Error(`no series "${id}" in series.yaml`);
  return readFileSync(resolve(seriesDir, series.file), 'utf8');
};
const file = (id: string) => `content/data/series/${id}.csv`;

const ANNUAL = 'trade-annual-goods-services-1991-2025';
const FIRST = 'trade-balance-monthly-vintage-2025-03';
const REVISED = 'trade-balance-monthly-vintage-2025-06';
const PARTNERS = 'trade-goods-by-partner-2024';
const DEBT = 'total-public-debt-quarterly-1970q1-to-2026q1';
const DEFICITS = 'federal-surplus-deficit-fy1970-2025';

const annual = parseAnnualTrade(csvText(ANNUAL), file(ANNUAL));
const firstPublished = parseMonthlySeries(csvText(FIRST), file(FIRST));
const revised = parseMonthlySeries(csvText(REVISED), file(REVISED));
const partners = parsePartnerTrade(csvText(PARTNERS), file(PARTNERS));
const debt = parseQuarterlySeries(csvText(DEBT), file(DEBT));
const deficits = parseFiscalYearSeries(csvText(DEFICITS), file(DEFICITS));

/** Figures from content/data/figures.yaml by id, checked against their schema. */
const figures = new Map(
  z
    .array(figureSchema)
    .parse(parseYaml(readFileSync(resolve(root, 'content/data/figures.yaml'), 'utf8')))
    .map((entry) => [entry.id, entry.value]),
);
const figure = (id: string): number => {
  const value = figures.get(id);
  if (value === undefined) throw new Error(`no figure "${id}" in content/data/figures.yaml`);
  return value;
};

describe('series.yaml and the CSV files', () => {
  it('lists every CSV in content/data/series and nothing else', () => {
    const files = readdirSync(seriesDir).filter((name) => name.endsWith('.csv'));
    expect(seriesList.map((series) => series.file).sort()).toEqual(files.sort());
  });

  it.skipIf(!existsSync(sharedDir)).each(seriesList.map((series) => [series.id, series] as const))(
    '%s: is byte-for-byte the shared original',
    (_id, series) => {
      const content = readFileSync(resolve(seriesDir, series.file));
      expect(readFileSync(resolve(sharedDir, series.file)).equals(content)).toBe(true);
    },
  );

  it.each(seriesList.map((series) => [series.id, series] as const))(
    '%s: the columns listed are the CSV header, in order',
    (id, series) => {
      const { header } = parseCsv(csvText(id), series.file);
      expect(series.columns.map((column) => column.name)).toEqual(header);
    },
  );

  it('states the span each file really covers', () => {
    const span = (id: string) => seriesList.find((series) => series.id === id)?.span;
    const ends = (periods: readonly (string | number)[]) => ({
      start: String(periods[0]),
      end: String(periods.at(-1)),
    });
    expect(span(ANNUAL)).toEqual(ends([...new Set(annual.map((row) => row.year))]));
    expect(span(FIRST)).toEqual(ends(firstPublished.map((point) => point.period)));
    expect(span(REVISED)).toEqual(ends(revised.map((point) => point.period)));
    expect(span(PARTNERS)).toEqual(ends([...new Set(partners.map((row) => row.year))]));
    expect(span(DEBT)).toEqual(ends(debt.map((point) => point.period)));
    expect(span(DEFICITS)).toEqual(ends(deficits.map((point) => point.period)));
  });
});

describe('identities stated in SOURCES.md', () => {
  it('first-published vintage: 2024 adds up to −918,416 and 2023 to −784,892', () => {
    expect(annualTotals(firstPublished, 2024)).toBe(-918416);
    expect(annualTotals(firstPublished, 2023)).toBe(-784892);
  });

  it('revised vintage: 2024 is −903,532.4 and 2023 −774,204.8 in the annual file', () => {
    expect(annualRow(annual, 2024, 'goods_services').balance).toBe(-903532.4);
    expect(annualRow(annual, 2023, 'goods_services').balance).toBe(-774204.8);
  });

  it('revised vintage: the June 2025 months add up to the same years, up to monthly rounding', () => {
    // Each month is published to the nearest $1 million, so twelve of them can drift from the
    // annual figure by up to twelve half-millions; today they drift by 0.6 and 1.2.
    expect(annualTotals(revised, 2024)).toBe(-903533);
    expect(annualTotals(revised, 2023)).toBe(-774206);
    expect(Math.abs(annualTotals(revised, 2024) - -903532.4)).toBeLessThanOrEqual(6);
    expect(Math.abs(annualTotals(revised, 2023) - -774204.8)).toBeLessThanOrEqual(6);
  });

  it('the revision changed the 2024 total: the two vintages really differ', () => {
    expect(annualTotals(revised, 2024)).not.toBe(annualTotals(firstPublished, 2024));
  });

  /**
   * The annual file rounds every number on its own: to $1 million before 2017 and to $0.1 million
   * from 2017 (rows with a decimal point). A sum of n rounded numbers can be off by n half-units.
   */
  const unitOfYear = new Map<number, number>();
  for (const row of parseCsv(csvText(ANNUAL), ANNUAL).rows) {
    const year = Number(row.cells[0]);
    const unit = row.cells.some((cell) => /\.\d/.test(cell)) ? 0.1 : 1;
    unitOfYear.set(year, Math.min(unitOfYear.get(year) ?? 1, unit));
  }
  const tolerance = (year: number, operands: number) =>
    (operands / 2) * (unitOfYear.get(year) ?? 1) + 1e-6;

  it.each(annual.map((row) => [`${row.year} ${row.scope}`, row] as const))(
    'annual file %s: exports − imports = balance',
    (_name, row: AnnualTradeRow) => {
      expect(Math.abs(sumExact([row.exports, -row.imports]) - row.balance)).toBeLessThanOrEqual(
        tolerance(row.year, 3),
      );
    },
  );

  const years = [...new Set(annual.map((row) => row.year))];
  it.each(years)('annual file %i: goods + services = goods_services', (year) => {
    const measures = ['exports', 'imports', 'balance'] as const;
    const pick = (scope: TradeScope) => annualRow(annual, year, scope);
    for (const measure of measures) {
      const total = sumExact([pick('goods')[measure], pick('services')[measure]]);
      expect(Math.abs(total - pick('goods_services')[measure])).toBeLessThanOrEqual(
        tolerance(year, 3),
      );
    }
  });

  it('the annual file has every year from 1991 to 2025 in all three scopes', () => {
    expect(years).toEqual(Array.from({ length: 35 }, (_, index) => 1991 + index));
    expect(annual).toHaveLength(35 * 3);
  });

  it('debt at the end of the first quarter of 2025 is 36,214,309.5 (the "$36.2 trillion")', () => {
    expect(debt.find((point) => point.period === '2025Q1')?.value).toBe(36214309.520796455);
  });

  it('partner file: exports − imports = balance for every partner', () => {
    expect(partners).toHaveLength(36);
    for (const row of partners) {
      expect(Math.abs(sumExact([row.exports, -row.imports]) - row.balance)).toBeLessThanOrEqual(
        0.1 + 1e-6,
      );
    }
  });

  it('the fiscal-year file runs from FY1970 to FY2025 without a gap', () => {
    expect(deficits.map((point) => point.fiscalYear)).toEqual(
      Array.from({ length: 56 }, (_, index) => 1970 + index),
    );
  });
});

describe('figures derived from the series', () => {
  it('the 2024 and 2023 balances as first published are the sums of the March 2025 months', () => {
    expect(figure('us-trade-balance-2024-first')).toBe(-918416);
    expect(figure('us-trade-balance-2024-first')).toBe(annualTotals(firstPublished, 2024));
    expect(figure('us-trade-balance-2023-first')).toBe(annualTotals(firstPublished, 2023));
  });

  it('the increase in the deficit is the difference of the two first-published years', () => {
    const increase = sumExact([
      figure('us-trade-balance-2023-first'),
      -figure('us-trade-balance-2024-first'),
    ]);
    expect(figure('us-trade-deficit-increase-2024')).toBe(increase);
    expect(increase).toBe(
      sumExact([annualTotals(firstPublished, 2023), -annualTotals(firstPublished, 2024)]),
    );
  });

  it('the revised 2024 and 2023 balances are the annual file’s totals', () => {
    expect(figure('us-trade-balance-2024-revised')).toBe(
      annualRow(annual, 2024, 'goods_services').balance,
    );
    expect(figure('us-trade-balance-2023-revised')).toBe(
      annualRow(annual, 2023, 'goods_services').balance,
    );
  });

  it('the 2024 exports and imports of goods and of services are the annual file’s', () => {
    expect(figure('us-goods-exports-2024')).toBe(annualRow(annual, 2024, 'goods').exports);
    expect(figure('us-goods-imports-2024')).toBe(annualRow(annual, 2024, 'goods').imports);
    expect(figure('us-services-exports-2024')).toBe(annualRow(annual, 2024, 'services').exports);
    expect(figure('us-services-imports-2024')).toBe(annualRow(annual, 2024, 'services').imports);
  });

  it('the public debt figure is the first quarter of 2025 in the debt series, to the million', () => {
    expect(figure('us-public-debt-2025-q1')).toBe(
      Math.round(debt.find((point) => point.period === '2025Q1')?.value ?? 0),
    );
  });
});
