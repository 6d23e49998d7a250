import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTable, type TableLayout } from '../../../src/logic/data/table';
import {
  candidateProblems,
  gapProblems,
  identitiesOf,
  identityProblems,
  missingProblems,
  rangeProblems,
} from '../../../src/logic/data/update/checks';
import { layoutOf } from '../../../src/lib/data/series-files';
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

const money = (name: string, fred?: string) => ({ name, unit: 'usd-millions' as const, fred });

const layout = (
  valueColumns: string[],
  frequency: TableLayout['frequency'] = 'monthly',
): TableLayout => ({
  file: 'test.csv',
  frequency,
  periodColumn: 'period',
  valueColumns,
});

describe('the checks a candidate must pass', () => {
  it.each(list.map((series) => [series.id, series] as const))(
    'the real file %s passes them all',
    (_id, series) => {
      const table = readTable(fixture(series.file), layoutOf(series));
      const columns = series.columns
        .filter((column) => column.role === 'value')
        .map((column) => ({ name: column.name, unit: column.unit, fred: column.fred }));
      expect(candidateProblems(table, columns, table)).toEqual([]);
    },
  );

  it('finds the identities of the trade files', () => {
    const trade = list.find((series) => series.id === TRADE);
    const partners = list.find((series) =>
      series.id.startsWith('trade-monthly-goods-services-partners'),
    );
    const columnsOf = (series: typeof trade) =>
      (series?.columns ?? []).map((column) => ({
        name: column.name,
        unit: column.unit,
        fred: column.fred,
      }));
    expect(identitiesOf(columnsOf(trade)).map((identity) => identity.words)).toEqual([
      'BOPGSTB = BOPTEXP − BOPTIMP (exports − imports)',
    ]);
    // By FRED id and by name, each identity once: three balances and three sums.
    expect(identitiesOf(columnsOf(partners))).toHaveLength(6);
  });

  it('refuses a gap', () => {
    const table = readTable('period,a\n2020-01,1\n2020-04,2\n', layout(['a']));
    expect(gapProblems(table)).toEqual([
      'test.csv, line 3: the rows jump from 2020-01 to 2020-04, so 2 periods are missing.',
    ]);
  });

  it('refuses a value missing inside a column, not before it begins', () => {
    expect(missingProblems(readTable('period,a\n2020-01,.\n2020-02,1\n', layout(['a'])))).toEqual(
      [],
    );
    expect(missingProblems(readTable('period,a\n2020-01,1\n2020-02,.\n', layout(['a'])))).toEqual([
      'test.csv, line 3: a has no value for February 2020, inside the series.',
    ]);
  });

  it('refuses numbers beyond any plausible size, and a sign the column never had', () => {
    const held = readTable('period,exports\n2020-01,5\n', layout(['exports']));
    const huge = readTable('period,exports\n2020-01,5\n2020-02,2000000000\n', layout(['exports']));
    expect(rangeProblems(huge, [money('exports')], held)[0]).toContain(
      'beyond any plausible value',
    );
    const negative = readTable('period,exports\n2020-01,5\n2020-02,-1\n', layout(['exports']));
    expect(rangeProblems(negative, [money('exports')], held)[0]).toContain(
      'exports for February 2020 is -1, but the column has been above zero in every period the site holds.',
    );
    const percent = readTable('period,p\n2020-01,-3.5\n', layout(['p']));
    expect(rangeProblems(percent, [{ name: 'p', unit: 'percent' }], percent)).toEqual([]);
  });

  it('allows $1 million of rounding in an identity, and no more', () => {
    const columns = [money('b', 'BOPGSTB'), money('x', 'BOPTEXP'), money('m', 'BOPTIMP')];
    const rounded = readTable('period,b,x,m\n2020-01,-1,10,10\n', layout(['b', 'x', 'm']));
    expect(identityProblems(rounded, columns)).toEqual([]);
    const broken = readTable('period,b,x,m\n2020-01,-2,10,10\n', layout(['b', 'x', 'm']));
    expect(identityProblems(broken, columns)).toEqual([
      'test.csv, line 2: b = x − m (exports − imports) does not hold for January 2020: -2 against 0.',
    ]);
  });

  it('checks goods + services = goods_services in a long file', () => {
    const text = 'year,scope,v\n2020,goods,1\n2020,goods_services,5\n2020,services,2\n';
    const table = readTable(text, {
      file: 'annual.csv',
      frequency: 'annual',
      periodColumn: 'year',
      keyColumn: 'scope',
      valueColumns: ['v'],
    });
    expect(identityProblems(table, [money('v')])).toEqual([
      'annual.csv, line 3: goods + services = goods_services does not hold for v in 2020: 5 against 3.',
    ]);
  });
});
