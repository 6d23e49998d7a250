import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fetchPlan, fredIdsOf, isFetchable } from '../../../src/logic/data/update/plan';
import { catalogEntryOf } from '../../../src/lib/data/series-files';
import { Catalog } from '../../../src/logic/data/catalog';
import { seriesListSchema } from '../../../src/schemas/series';
import { fixture, TRADE } from './fixtures';

const list = seriesListSchema.parse(
  parse(
    readFileSync(
      resolve(import.meta.dirname, '../../fixtures/data-update/site/series.yaml'),
      'utf8',
    ),
  ),
);
const catalog = new Catalog(list.map((series) => catalogEntryOf(series, fixture(series.file))));

describe('fetchPlan', () => {
  const plan = fetchPlan(list, catalog);

  it('fetches the trade file’s three series together, and each FRED-only file', () => {
    expect(plan.groups.map((group) => [group.series.id, group.ids])).toEqual([
      [TRADE, ['BOPGSTB', 'BOPTEXP', 'BOPTIMP']],
      ['gdp-quarterly-1970q1-to-2026q2-vintage-2026-08', ['GDP']],
      ['total-public-debt-quarterly-1970q1-to-2026q1', ['GFDEBTN']],
      ['debt-held-by-public-quarterly-1970q1-to-2026q1', ['FYGFDPUN']],
      ['debt-held-by-foreign-investors-quarterly-1970q1-to-2025q3', ['FDHBFIN']],
      ['debt-to-gdp-quarterly-1970q1-to-2026q1', ['GFDEGDQ188S']],
      ['federal-surplus-deficit-fy1970-2025', ['FYFSD']],
    ]);
  });

  it('leaves files with numbers FRED does not serve to an import, and keeps older vintages', () => {
    expect(plan.importOnly.map((series) => series.id)).toEqual([
      'trade-monthly-goods-services-partners-2020-01-to-2025-12-vintage-2026-02',
      'trade-annual-goods-services-1991-2025',
      'trade-goods-by-partner-2024',
      'current-account-pct-gdp-annual-1970-2025-worldbank',
    ]);
    expect(plan.olderVintages.map((series) => series.id)).toEqual([
      'trade-balance-monthly-vintage-2025-06',
      'trade-balance-monthly-vintage-2025-03',
    ]);
  });

  it('knows a fetchable file by its columns', () => {
    const partners = list.find((series) =>
      series.id.startsWith('trade-monthly-goods-services-partners'),
    );
    expect(partners && isFetchable(partners)).toBe(false);
    expect(partners && fredIdsOf(partners)).toContain('EXPCH');
  });
});
