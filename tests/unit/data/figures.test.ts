import { describe, expect, it } from 'vitest';
import { resolveFigures, type SeriesSource } from '../../../src/logic/data/figures';
import type { Figure, FigureInput } from '../../../src/schemas/figure';
import { gdpQuarterly, toyCatalog, tradeMonthly, tradeMonthlyOld } from './catalog.testdata';

const catalog = toyCatalog(tradeMonthly(), tradeMonthlyOld, gdpQuarterly());

const tradeSource = {
  id: 'toy-trade',
  publisher: 'U.S. Census Bureau and U.S. Bureau of Economic Analysis',
  originalTitle: 'Trade Balance: Goods and Services, Balance of Payments Basis (BOPGSTB)',
  url: 'https://fred.stlouisfed.org/series/BOPGSTB',
  via: 'downloaded from FRED on 2025-08-10',
  vintage: 'As published in August 2025.',
  release: 'August 2025',
  asOf: '2025-08-05',
  basis: 'balance of payments',
  adjustment: 'seasonally adjusted',
} satisfies SeriesSource;

const gdpSource = {
  id: 'toy-gdp',
  publisher: 'U.S. Bureau of Economic Analysis',
  originalTitle: 'Gross Domestic Product (GDP)',
  url: 'https://fred.stlouisfed.org/series/GDP',
  via: 'downloaded from FRED on 2025-08-10',
  vintage: 'Second estimate.',
  release: 'late August 2025',
} satisfies SeriesSource;

const sources: ReadonlyMap<string, SeriesSource> = new Map([
  ['toy-trade', tradeSource],
  ['toy-gdp', gdpSource],
]);

const typed = {
  id: 'us-tariff-china-2025-04',
  label: 'Tariff on Chinese-made goods, April 2025',
  unit: 'percent',
  value: 145,
  period: '2025-04',
  vintage: 'As announced.',
  note: 'The rate on most goods.',
  source: {
    kind: 'article',
    publisher: 'The newspaper',
    title: 'The article this course starts from',
    released: '2025-04-10',
  },
} satisfies FigureInput;

const latestMonth = {
  id: 'balance-latest',
  label: 'U.S. trade balance, {period}',
  unit: 'usd-millions',
  compute: { latest: { fred: 'BOPGSTB' } },
} satisfies FigureInput;

const monthBefore = {
  id: 'balance-month-before',
  label: 'U.S. trade balance, {period}',
  unit: 'usd-millions',
  compute: { at: { fred: 'BOPGSTB', period: 'latest-1' } },
} satisfies FigureInput;

const monthChange = {
  id: 'balance-change',
  label: 'Change in the trade balance, {period}',
  unit: 'usd-millions',
  compute: { change: { from: 'balance-month-before', to: 'balance-latest' } },
} satisfies FigureInput;

const resolve = (...inputs: readonly FigureInput[]) => resolveFigures(inputs, catalog, sources);

function figure(resolved: ReturnType<typeof resolveFigures>, id: string): Figure {
  const found = resolved.figures.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no figure "${id}"; problems: ${resolved.problems.join('; ')}`);
  return found;
}

const computedFigure = (
  id: string,
  compute: NonNullable<FigureInput['compute']>,
  unit: FigureInput['unit'] = 'usd-millions',
): FigureInput => ({ id, label: `${id}, {period}`, unit, compute });

describe('resolveFigures, typed figures', () => {
  it('pass through as written', () => {
    const resolved = resolve(typed);
    expect(resolved.problems).toEqual([]);
    expect(resolved.figures).toEqual([typed]);
  });

  it('must carry their value, period, vintage and source', () => {
    const withoutSource: FigureInput = { ...typed, source: undefined };
    expect(resolve(withoutSource).problems).toEqual([
      'figure "us-tariff-china-2025-04": a typed figure needs its value, period, vintage and source',
    ]);
  });
});

describe('resolveFigures, computed figures', () => {
  it('take their value and period from the data, and fill {period} in the label', () => {
    const resolved = resolve(latestMonth);
    expect(resolved.problems).toEqual([]);
    const latest = figure(resolved, 'balance-latest');
    expect([latest.value, latest.period, latest.label]).toEqual([
      -106,
      '2025-06',
      'U.S. trade balance, June 2025',
    ]);
  });

  it('take their vintage, source, basis and adjustment from the series they read', () => {
    const latest = figure(resolve(latestMonth), 'balance-latest');
    expect(latest).toMatchObject({
      vintage: 'As published in August 2025.',
      basis: 'balance of payments',
      adjustment: 'seasonally adjusted',
      source: {
        kind: 'release',
        publisher: 'U.S. Census Bureau and U.S. Bureau of Economic Analysis',
        title: 'Trade Balance: Goods and Services, Balance of Payments Basis (BOPGSTB)',
        released: '2025-08-05',
        url: 'https://fred.stlouisfed.org/series/BOPGSTB',
        via: 'downloaded from FRED on 2025-08-10',
      },
      computed: {
        description: 'the latest value (2025-06) of BOPGSTB',
        seriesIds: ['toy-trade'],
        release: 'August 2025',
      },
    });
    expect(latest.computed?.changeOf).toBeUndefined();
  });

  it('keep a basis, adjustment, vintage or source the author wrote', () => {
    const latest = figure(
      resolve({
        ...latestMonth,
        basis: 'Census',
        adjustment: 'not seasonally adjusted',
        vintage: 'First published.',
        source: typed.source,
      }),
      'balance-latest',
    );
    expect([latest.basis, latest.adjustment, latest.vintage, latest.source]).toEqual([
      'Census',
      'not seasonally adjusted',
      'First published.',
      typed.source,
    ]);
  });

  it('leave out the release date when the series does not record one', () => {
    const gdp = figure(resolve(computedFigure('gdp', { latest: { fred: 'GDP' } })), 'gdp');
    expect(gdp.source.released).toBeUndefined();
    expect(gdp.basis).toBeUndefined();
  });

  it('name every series read, their vintages and releases', () => {
    const share = figure(
      resolve(
        computedFigure(
          'share',
          {
            ratio: {
              of: { sum: { fred: 'BOPGSTB', year: 2024 } },
              to: { mean: { fred: 'GDP', year: 2024 } },
              as: 'percent',
            },
          },
          'percent',
        ),
      ),
      'share',
    );
    expect(share.label).toBe('share, 2024');
    expect(share.vintage).toBe('As published in August 2025. Second estimate.');
    expect(share.source.title).toBe(tradeSource.originalTitle);
    expect(share.computed?.seriesIds).toEqual(['toy-trade', 'toy-gdp']);
    expect(share.computed?.release).toBe('August 2025 and late August 2025');
  });

  it('write a span in the label in words', () => {
    const half = figure(
      resolve(computedFigure('half', { sum: { fred: 'BOPGSTB', from: '2025-01', to: '2025-06' } })),
      'half',
    );
    expect([half.period, half.label, half.value]).toEqual([
      '2025-01/2025-06',
      'half, January to June 2025',
      -621,
    ]);
  });

  it('keep the two values of a change, so a page can say which way it went', () => {
    const change = figure(resolve(latestMonth, monthBefore, monthChange), 'balance-change');
    expect([change.value, change.period, change.label]).toEqual([
      -1,
      '2025-05/2025-06',
      'Change in the trade balance, May to June 2025',
    ]);
    expect(change.computed?.changeOf).toEqual({ from: -105, to: -106 });
  });
});

describe('resolveFigures, figures that use other figures', () => {
  it('resolve in any order: a figure may come before the ones it uses', () => {
    const resolved = resolve(monthChange, latestMonth, monthBefore);
    expect(resolved.problems).toEqual([]);
    expect(resolved.figures.map((entry) => [entry.id, entry.value])).toEqual([
      ['balance-change', -1],
      ['balance-latest', -106],
      ['balance-month-before', -105],
    ]);
  });

  it('may borrow the period of a typed figure', () => {
    const resolved = resolve(
      { ...typed, id: 'tariff-month', unit: 'usd-millions', value: 0, period: '2024-04' },
      computedFigure('balance-then', { at: { fred: 'BOPGSTB', period: 'of:tariff-month' } }),
    );
    expect(figure(resolved, 'balance-then').value).toBe(-40);
  });

  it('report a cycle, naming the figures on it', () => {
    const resolved = resolve(
      computedFigure('a', { change: { from: 'b', to: 'balance-latest' } }),
      computedFigure('b', { difference: { of: 'a', minus: 'balance-latest' } }),
      latestMonth,
    );
    expect(resolved.problems).toEqual([
      'figure "a": it depends on itself (a → b → a)',
      'figure "b": it uses the figure "a", which has a problem',
    ]);
    expect(resolved.figures.map((entry) => entry.id)).toEqual(['balance-latest']);
  });

  it('report a figure that uses itself', () => {
    expect(
      resolve(computedFigure('self', { change: { from: 'self', to: 'self' } })).problems,
    ).toEqual(['figure "self": it depends on itself (self → self)']);
  });

  it('report a figure that does not exist, naming the figure that uses it', () => {
    expect(
      resolve(
        computedFigure('orphan', { change: { from: 'nowhere', to: 'balance-latest' } }),
        latestMonth,
      ).problems,
    ).toEqual(['figure "orphan": it uses the figure "nowhere", which does not exist']);
  });

  it('report every problem at once, and still resolve the figures that work', () => {
    const resolved = resolve(
      computedFigure('too-far', { sum: { fred: 'BOPGSTB', year: 2025 } }),
      latestMonth,
      computedFigure('no-such-series', { latest: { fred: 'BOPTIMP' } }),
      computedFigure('uses-broken', { change: { from: 'too-far', to: 'balance-latest' } }),
    );
    expect(resolved.problems).toEqual([
      'figure "too-far": BOPGSTB in content/data/series/toy-trade.csv has no value for 2025-07 (it runs from 2024-01 to 2025-06)',
      'figure "no-such-series": no file in content/data/series holds BOPTIMP',
      'figure "uses-broken": it uses the figure "too-far", which has a problem',
    ]);
    expect(resolved.figures.map((entry) => entry.id)).toEqual(['balance-latest']);
  });

  it('report a figure whose unit is not the one its computation gives', () => {
    const resolved = resolve(
      computedFigure('wrong-unit', { latest: { fred: 'BOPGSTB' } }, 'percent'),
    );
    expect(resolved.problems).toEqual([
      'figure "wrong-unit": its unit is percent, but the computation gives usd-millions',
    ]);
    expect(resolved.figures).toEqual([]);
  });

  it('report a change of two figures in different units', () => {
    const resolved = resolve(
      typed,
      computedFigure('mixed', {
        change: { from: 'us-tariff-china-2025-04', to: 'balance-latest' },
      }),
      latestMonth,
    );
    expect(resolved.problems).toEqual([
      'figure "mixed": a change needs two figures in the same unit (percent, usd-millions)',
    ]);
  });

  it('report a computation over a series the site does not describe', () => {
    const resolved = resolve(
      computedFigure('undescribed', { latest: { series: 'toy-trade-2025-03', column: 'BOPGSTB' } }),
    );
    expect(resolved.problems).toEqual([
      'figure "undescribed": it reads no series the site describes',
    ]);
  });
});
