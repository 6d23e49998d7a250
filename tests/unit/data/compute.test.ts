import { describe, expect, it } from 'vitest';
import {
  compute,
  computationKind,
  ComputeError,
  type Computation,
  type Computed,
} from '../../../src/logic/data/compute';
import {
  annualLong,
  BALANCE_2024,
  BALANCE_2025_H1,
  budgetFiscal,
  computedValue,
  EXPORTS_2024,
  EXPORTS_2025_H1,
  gdpQuarterly,
  lookupOf,
  toyCatalog,
  tradeMonthly,
  tradeMonthlyOld,
  type Cell,
} from './catalog.testdata';

const TRADE_FILE = 'content/data/series/toy-trade.csv';

/** The default catalog: two vintages of the balance, GDP, the annual, the budget file. */
const catalog = toyCatalog(
  tradeMonthly(),
  tradeMonthlyOld,
  gdpQuarterly(),
  annualLong(),
  budgetFiscal(),
);

/** The twelve months of 2025, so that 2025 is a complete year: −101 … −112. */
const BALANCE_2025 = Array.from({ length: 12 }, (_, index) => -(101 + index));
const fullYears = toyCatalog(
  tradeMonthly([...BALANCE_2024, ...BALANCE_2025], [...EXPORTS_2024, ...BALANCE_2025]),
);

const run = (computation: Computation, figures: Readonly<Record<string, Computed>> = {}) =>
  compute(computation, catalog, lookupOf(figures));

/** The ComputeError a computation throws, failing the test if it computes. */
function computeError(computation: Computation, on = catalog, figures = {}): ComputeError {
  try {
    compute(computation, on, lookupOf(figures));
  } catch (error) {
    if (error instanceof ComputeError) return error;
    throw error;
  }
  throw new Error('expected a ComputeError, but the computation gave a value');
}

/** A copy of the 2024 balances with some months written as FRED's "." (no value). */
function balanceWithGaps(...months: readonly number[]): Cell[] {
  return [...BALANCE_2024, ...BALANCE_2025_H1].map((value, index) =>
    months.includes(index + 1) ? null : value,
  );
}

describe('computationKind', () => {
  it('names a computation by its one key', () => {
    expect(computationKind({ latest: { fred: 'BOPGSTB' } })).toBe('latest');
    expect(computationKind({ ratio: { of: 'a', to: 'b', as: 'times' } })).toBe('ratio');
  });
});

describe('latest', () => {
  it('is the last value of the newest vintage of a FRED series, with its month', () => {
    expect(run({ latest: { fred: 'BOPGSTB' } })).toMatchObject({
      value: -106,
      unit: 'usd-millions',
      period: '2025-06',
      seriesIds: ['toy-trade'],
      description: `the latest value (2025-06) of BOPGSTB`,
    });
  });

  it('reads an older vintage when the figure names its file and column', () => {
    const result = run({ latest: { series: 'toy-trade-2025-03', column: 'BOPGSTB' } });
    expect([result.value, result.period, result.seriesIds]).toEqual([
      -50,
      '2024-12',
      ['toy-trade-2025-03'],
    ]);
  });

  it('skips months at the end that have no value yet', () => {
    const gaps = toyCatalog(tradeMonthly(balanceWithGaps(18)));
    const result = compute({ latest: { fred: 'BOPGSTB' } }, gaps, lookupOf());
    expect([result.value, result.period]).toEqual([-105, '2025-05']);
  });

  it('reads one key of a long file, and a percent column as a percent', () => {
    const goods = run({ latest: { series: 'toy-annual', column: 'balance_musd', key: 'goods' } });
    expect([goods.value, goods.period, goods.description]).toEqual([
      -1200,
      '2025',
      'the latest value (2025) of balance_musd (goods)',
    ]);
    const share = run({ latest: { series: 'toy-annual', column: 'share_pct', key: 'services' } });
    expect([share.value, share.unit]).toEqual([1, 'percent']);
  });

  it('reads a fiscal year as its key', () => {
    const result = run({ latest: { fred: 'FYFSD' } });
    expect([result.value, result.period]).toEqual([-158, 'FY2002']);
  });
});

describe('unit scaling', () => {
  it('reads a column in billions as millions, so every amount is in one unit', () => {
    const latest = run({ latest: { fred: 'GDP' } });
    expect([latest.value, latest.unit, latest.period]).toEqual([
      1_050_000,
      'usd-millions',
      '2025Q2',
    ]);
    expect(run({ at: { fred: 'GDP', period: '2024Q2' } }).value).toBe(1_010_000);
    expect(run({ mean: { fred: 'GDP', year: 2024 } }).value).toBe(1_015_000);
    expect(run({ sum: { fred: 'GDP', from: '2025Q1' } }).value).toBe(2_090_000);
    expect(run({ max: { fred: 'GDP' } }).value).toBe(1_050_000);
    expect(run({ min: { fred: 'GDP' } }).value).toBe(1_000_000);
  });

  it('reads billions as exactly that many millions, without floating-point noise', () => {
    // 16,648.189 × 1000 is 16,648,188.999999998 in floating point; the site prints the exact
    // value on /data/ and hands it to quiz answers, so it must be 16,648,189.
    const fred = toyCatalog(gdpQuarterly([4148.551, 8259.771, 16648.189]));
    expect(compute({ latest: { fred: 'GDP' } }, fred, lookupOf()).value).toBe(16_648_189);
    expect(compute({ at: { fred: 'GDP', period: '2024Q1' } }, fred, lookupOf()).value).toBe(
      4_148_551,
    );
    expect(compute({ max: { fred: 'GDP' } }, fred, lookupOf()).value).toBe(16_648_189);
  });

  it('does not scale a count of quarters', () => {
    expect(run({ count: { fred: 'GDP', year: 2024, where: 'positive' } }).value).toBe(4);
  });
});

describe('at', () => {
  it('reads the value of a named month', () => {
    const result = run({ at: { fred: 'BOPGSTB', period: '2024-06' } });
    expect([result.value, result.period, result.description]).toEqual([
      -60,
      '2024-06',
      `the 2024-06 value of BOPGSTB`,
    ]);
  });

  it('counts "latest-N" back from the last month with a value', () => {
    expect(run({ at: { fred: 'BOPGSTB', period: 'latest' } }).period).toBe('2025-06');
    expect(run({ at: { fred: 'BOPGSTB', period: 'latest-1' } })).toMatchObject({
      value: -105,
      period: '2025-05',
    });
    expect(run({ at: { fred: 'BOPGSTB', period: 'latest-12' } })).toMatchObject({
      value: -60,
      period: '2024-06',
    });
  });

  it('borrows the period of another figure with "of:"', () => {
    const result = run(
      { at: { fred: 'BOPTEXP', period: 'of:peak-month' } },
      { 'peak-month': computedValue(-30, '2024-03') },
    );
    expect([result.value, result.period]).toEqual([103, '2024-03']);
  });

  it('reads a fiscal year and a year of a long file', () => {
    expect(run({ at: { fred: 'FYFSD', period: 'FY2000' } }).value).toBe(236);
    expect(
      run({ at: { series: 'toy-annual', column: 'balance_musd', key: 'services', period: '2024' } })
        .value,
    ).toBe(260);
  });

  it('refuses a month the file does not have, naming the file and its range', () => {
    expect(computeError({ at: { fred: 'BOPGSTB', period: '2023-12' } }).message).toBe(
      `BOPGSTB in ${TRADE_FILE} has no value for 2023-12 (it runs from 2024-01 to 2025-06)`,
    );
    expect(computeError({ at: { fred: 'BOPGSTB', period: 'latest-18' } }).message).toMatch(
      /has no value for 2023-12/,
    );
  });

  it('refuses a month the file marks as having no value', () => {
    const gaps = toyCatalog(tradeMonthly(balanceWithGaps(5)));
    expect(computeError({ at: { fred: 'BOPGSTB', period: '2024-05' } }, gaps).message).toBe(
      `BOPGSTB in ${TRADE_FILE} has no value for 2024-05 (it runs from 2024-01 to 2025-06)`,
    );
  });

  it('refuses a period of another frequency than the file’s', () => {
    expect(computeError({ at: { fred: 'BOPGSTB', period: '2024Q2' } }).message).toBe(
      `2024Q2 is not a monthly period, as BOPGSTB in ${TRADE_FILE} is`,
    );
    expect(computeError({ at: { fred: 'FYFSD', period: '2000' } }).message).toBe(
      '2000 is not a fiscal year period, as FYFSD in content/data/series/toy-budget.csv is',
    );
  });

  it('refuses text that is not a period, and a borrowed span', () => {
    expect(computeError({ at: { fred: 'BOPGSTB', period: 'June' } }).message).toBe(
      '"June" is not a period: write 2024, 2024-06, 2024Q2, FY2024, latest, latest-N or of:<figure>',
    );
    expect(
      computeError({ at: { fred: 'BOPGSTB', period: 'of:first-half' } }, catalog, {
        'first-half': computedValue(-621, '2025-01/2025-06'),
      }).message,
    ).toBe('"of:first-half" names a span (2025-01/2025-06), not one period');
  });

  it('passes on the problem of a borrowed figure that does not exist', () => {
    expect(computeError({ at: { fred: 'BOPGSTB', period: 'of:nothing' } }).message).toBe(
      'it uses the figure "nothing", which does not exist',
    );
  });
});

describe('sum and mean over a calendar year', () => {
  it('add the twelve months of a year, whose key is the year', () => {
    expect(run({ sum: { fred: 'BOPGSTB', year: 2024 } })).toMatchObject({
      value: -780,
      unit: 'usd-millions',
      period: '2024',
      seriesIds: ['toy-trade'],
      description: `the sum of the 12 values of 2024 of BOPGSTB`,
    });
    expect(run({ mean: { fred: 'BOPGSTB', year: 2024 } })).toMatchObject({
      value: -65,
      period: '2024',
      description: `the average of the 12 values of 2024 of BOPGSTB`,
    });
  });

  it('add the four quarters of a year', () => {
    expect(run({ mean: { fred: 'GDP', year: 2024 } })).toMatchObject({
      period: '2024',
      seriesIds: ['toy-gdp'],
    });
  });

  it('take one row for a year of an annual or fiscal-year file', () => {
    expect(
      run({ sum: { series: 'toy-annual', column: 'balance_musd', key: 'goods', year: 2024 } }),
    ).toMatchObject({ value: -1100, period: '2024' });
    expect(run({ sum: { fred: 'FYFSD', year: 2000 } })).toMatchObject({
      value: 236,
      period: 'FY2000',
    });
  });

  it('never add part of a year: a year the file stops in is an error naming the missing month', () => {
    const error = computeError({ sum: { fred: 'BOPGSTB', year: 2025 } });
    expect(error.message).toBe(
      `BOPGSTB in ${TRADE_FILE} has no value for 2025-07 (it runs from 2024-01 to 2025-06)`,
    );
    expect(computeError({ mean: { fred: 'GDP', year: 2025 } }).message).toMatch(
      /^GDP in content\/data\/series\/toy-gdp\.csv has no value for 2025Q3/,
    );
  });

  it('never skip a month with no value inside the year', () => {
    const gaps = toyCatalog(tradeMonthly(balanceWithGaps(5)));
    expect(computeError({ sum: { fred: 'BOPGSTB', year: 2024 } }, gaps).message).toMatch(
      /has no value for 2024-05/,
    );
    expect(computeError({ mean: { fred: 'BOPGSTB', year: 2024 } }, gaps).message).toMatch(
      /has no value for 2024-05/,
    );
  });

  it('refuse a year before the file starts', () => {
    expect(computeError({ sum: { fred: 'BOPGSTB', year: 2023 } }).message).toMatch(
      /has no value for 2023-01 \(it runs from 2024-01 to 2025-06\)$/,
    );
  });
});

describe('the year "latest", "latest-N" and "of:<figure>"', () => {
  it('"latest" is the last complete year, not the one the file stops in', () => {
    expect(run({ sum: { fred: 'BOPGSTB', year: 'latest' } })).toMatchObject({
      value: -780,
      period: '2024',
    });
    expect(run({ mean: { fred: 'GDP', year: 'latest' } }).period).toBe('2024');
  });

  it('"latest" moves on when a newer file completes the year', () => {
    const result = compute({ sum: { fred: 'BOPGSTB', year: 'latest' } }, fullYears, lookupOf());
    expect([result.value, result.period]).toEqual([-1278, '2025']);
  });

  it('"latest-1" is the year before it, and must be in the file too', () => {
    const result = compute({ sum: { fred: 'BOPGSTB', year: 'latest-1' } }, fullYears, lookupOf());
    expect([result.value, result.period]).toEqual([-780, '2024']);
    expect(computeError({ sum: { fred: 'BOPGSTB', year: 'latest-1' } }).message).toMatch(
      /has no value for 2023-01/,
    );
  });

  it('"latest" of an annual file is its last year', () => {
    expect(
      run({ sum: { series: 'toy-annual', column: 'balance_musd', key: 'goods', year: 'latest' } })
        .period,
    ).toBe('2025');
    expect(run({ sum: { fred: 'FYFSD', year: 'latest-2' } }).period).toBe('FY2000');
  });

  it('"latest" is an error when the file holds no complete year', () => {
    const partial = toyCatalog(
      tradeMonthly(BALANCE_2024.map((value, index) => (index < 2 ? null : value))),
    );
    expect(computeError({ sum: { fred: 'BOPGSTB', year: 'latest' } }, partial).message).toBe(
      `BOPGSTB in ${TRADE_FILE} holds no complete year`,
    );
  });

  it('"of:<figure>" takes the year of another figure’s period, or of the start of its span', () => {
    expect(
      run(
        { sum: { fred: 'BOPGSTB', year: 'of:a-month' } },
        { 'a-month': computedValue(1, '2024-09') },
      ).value,
    ).toBe(-780);
    expect(
      run(
        { mean: { fred: 'GDP', year: 'of:a-span' } },
        { 'a-span': computedValue(1, '2024-01/2025-06') },
      ).period,
    ).toBe('2024');
  });

  it('"of:<figure>" is an error when that figure has no period to read a year from', () => {
    expect(
      computeError({ sum: { fred: 'BOPGSTB', year: 'of:a-date' } }, catalog, {
        'a-date': computedValue(1, '2025-03-31'),
      }).message,
    ).toBe('the figure "a-date" has no year to borrow');
  });
});

describe('spans from/to', () => {
  it('add the months from one to another, both included, keyed "from/to"', () => {
    expect(run({ sum: { fred: 'BOPGSTB', from: '2025-01', to: '2025-06' } })).toMatchObject({
      value: -621,
      period: '2025-01/2025-06',
      description: `the sum of the 6 values from 2025-01 to 2025-06 of BOPGSTB`,
    });
  });

  it('run to the last month with a value when "to" is left out', () => {
    expect(run({ sum: { fred: 'BOPGSTB', from: '2024-12' } })).toMatchObject({
      value: -741,
      period: '2024-12/2025-06',
    });
    expect(run({ mean: { fred: 'BOPGSTB', from: '2025-04' } })).toMatchObject({
      value: -105,
      period: '2025-04/2025-06',
    });
  });

  it('run from the first row of the file when "from" is left out', () => {
    expect(run({ sum: { fred: 'BOPGSTB' } })).toMatchObject({
      value: -1401,
      period: '2024-01/2025-06',
    });
    expect(run({ sum: { fred: 'BOPGSTB', to: '2024-02' } }).value).toBe(-30);
  });

  it('take "latest-N" and "of:<figure>" at either end', () => {
    expect(run({ sum: { fred: 'BOPGSTB', from: 'latest-2' } })).toMatchObject({
      value: -315,
      period: '2025-04/2025-06',
    });
    expect(
      run(
        { sum: { fred: 'BOPGSTB', from: 'of:start', to: 'of:end' } },
        { start: computedValue(0, '2024-11'), end: computedValue(0, '2025-01') },
      ).value,
    ).toBe(-110 - 120 - 101);
  });

  it('a span of one month is keyed by that month', () => {
    expect(run({ sum: { fred: 'BOPGSTB', from: '2025-03', to: '2025-03' } }).period).toBe(
      '2025-03',
    );
  });

  it('refuse a span that ends before it starts', () => {
    expect(computeError({ sum: { fred: 'BOPGSTB', from: '2025-06', to: '2025-01' } }).message).toBe(
      'the span 2025-06 to 2025-01 is empty',
    );
  });

  it('refuse a span running past the file, and never add the part it has', () => {
    expect(computeError({ sum: { fred: 'BOPGSTB', from: '2025-01', to: '2025-12' } }).message).toBe(
      `BOPGSTB in ${TRADE_FILE} has no value for 2025-07 (it runs from 2024-01 to 2025-06)`,
    );
  });

  it('refuse a span whose first rows have no value yet, rather than start later', () => {
    const late = toyCatalog(tradeMonthly(balanceWithGaps(1, 2)));
    expect(computeError({ sum: { fred: 'BOPGSTB' } }, late).message).toMatch(
      /has no value for 2024-01/,
    );
    expect(compute({ sum: { fred: 'BOPGSTB', from: '2024-03' } }, late, lookupOf()).value).toBe(
      -1401 + 30,
    );
  });
});

describe('change', () => {
  it('is the later value minus the earlier, spanning both periods, with both values kept', () => {
    expect(
      run({
        change: {
          from: { at: { fred: 'BOPGSTB', period: 'latest-1' } },
          to: { latest: { fred: 'BOPGSTB' } },
        },
      }),
    ).toMatchObject({
      value: -1,
      unit: 'usd-millions',
      period: '2025-05/2025-06',
      seriesIds: ['toy-trade'],
      changeOf: { from: -105, to: -106 },
      description: `the latest value (2025-06) of BOPGSTB, minus the 2025-05 value of BOPGSTB`,
    });
  });

  it('between two figures by id: two years give "2024/2025"', () => {
    const result = run(
      { change: { from: 'year-2024', to: 'year-2025' } },
      {
        'year-2024': computedValue(-918_416, '2024'),
        'year-2025': computedValue(-901_469.3, '2025'),
      },
    );
    expect([result.value, result.period, result.changeOf]).toEqual([
      16_946.7,
      '2024/2025',
      { from: -918_416, to: -901_469.3 },
    ]);
  });

  it('between two spans runs from the start of one to the end of the other', () => {
    const result = run(
      { change: { from: 'h1-2025', to: 'h1-2026' } },
      {
        'h1-2025': computedValue(-100, '2025-01/2025-06'),
        'h1-2026': computedValue(-80, '2026-01/2026-06'),
      },
    );
    expect(result.period).toBe('2025-01/2026-06');
  });

  it('between two values of the same period is keyed by that period once', () => {
    expect(
      run(
        { change: { from: 'a', to: 'b' } },
        { a: computedValue(5, '2025-06'), b: computedValue(8, '2025-06') },
      ).period,
    ).toBe('2025-06');
  });

  it('is exact in decimals, as a calculator shows it', () => {
    expect(
      run(
        { change: { from: 'a', to: 'b' } },
        { a: computedValue(0.1, '2024'), b: computedValue(0.3, '2025') },
      ).value,
    ).toBe(0.2);
  });

  it('lists each file read once, in the order read', () => {
    const result = run({
      change: {
        from: { sum: { series: 'toy-trade-2025-03', column: 'BOPGSTB', year: 2024 } },
        to: { sum: { fred: 'BOPGSTB', year: 2024 } },
      },
    });
    expect([result.value, result.period, result.seriesIds]).toEqual([
      -780 + 600,
      '2024',
      ['toy-trade-2025-03', 'toy-trade'],
    ]);
  });

  it('refuses two figures in different units', () => {
    expect(
      computeError({ change: { from: 'a', to: 'b' } }, catalog, {
        a: computedValue(1, '2024', 'usd-millions'),
        b: computedValue(2, '2025', 'percent'),
      }).message,
    ).toBe('a change needs two figures in the same unit (usd-millions, percent)');
  });
});

describe('difference', () => {
  it('subtracts one figure from another, taking the first one’s period', () => {
    const result = run({
      difference: {
        of: { latest: { fred: 'BOPTEXP' } },
        minus: { latest: { fred: 'BOPGSTB' } },
      },
    });
    expect([result.value, result.period, result.seriesIds, result.changeOf]).toEqual([
      206 + 106,
      '2025-06',
      ['toy-trade'],
      undefined,
    ]);
  });

  it('refuses two figures in different units', () => {
    expect(
      computeError({ difference: { of: 'a', minus: 'b' } }, catalog, {
        a: computedValue(1, '2024', 'percent'),
        b: computedValue(2, '2024', 'count'),
      }).message,
    ).toBe('a difference needs two figures in the same unit (percent, count)');
  });
});

describe('ratio', () => {
  it('as a percent: a year’s balance over that year’s GDP', () => {
    const result = run(
      {
        ratio: {
          of: { sum: { fred: 'BOPGSTB', year: 2024 } },
          to: { mean: { fred: 'GDP', year: 'of:balance-2024' } },
          as: 'percent',
        },
      },
      { 'balance-2024': computedValue(-780, '2024') },
    );
    expect(result.value).toBeCloseTo((-780 / 1_015_000) * 100, 12);
    expect([result.unit, result.period, result.seriesIds]).toEqual([
      'percent',
      '2024',
      ['toy-trade', 'toy-gdp'],
    ]);
  });

  it('as times: how many times one figure is the other', () => {
    const result = run(
      { ratio: { of: 'goods', to: 'services', as: 'times' } },
      { goods: computedValue(-1200, '2025'), services: computedValue(300, '2025') },
    );
    expect([result.value, result.unit]).toEqual([-4, 'times']);
  });

  it('refuses a ratio to zero', () => {
    expect(
      computeError({ ratio: { of: 'a', to: 'b', as: 'times' } }, catalog, {
        a: computedValue(5, '2024'),
        b: computedValue(0, '2024'),
      }).message,
    ).toBe('a ratio to zero has no value');
  });

  it('refuses two figures in different units', () => {
    expect(
      computeError({ ratio: { of: 'a', to: 'b', as: 'percent' } }, catalog, {
        a: computedValue(5, '2024', 'usd-millions'),
        b: computedValue(50, '2024', 'percent'),
      }).message,
    ).toBe('a ratio needs two figures in the same unit (usd-millions, percent)');
  });
});

describe('count', () => {
  const mixed = toyCatalog(
    tradeMonthly(
      [...BALANCE_2024, ...BALANCE_2025_H1].map((value, index) =>
        [2, 5, 9].includes(index + 1) ? 7 : value,
      ),
    ),
  );
  const count = (where: 'negative' | 'positive') =>
    compute({ count: { fred: 'BOPGSTB', year: 2024, where } }, mixed, lookupOf());

  it('counts the months of a span with the sign asked for', () => {
    expect(count('negative')).toMatchObject({
      value: 9,
      unit: 'count',
      period: '2024',
      description: `the number of negative values of 2024 of BOPGSTB`,
    });
    expect(count('positive').value).toBe(3);
  });

  it('counts years of a long file over the whole file', () => {
    expect(
      run({
        count: { series: 'toy-annual', column: 'balance_musd', key: 'goods', where: 'negative' },
      }),
    ).toMatchObject({ value: 3, period: '2023/2025' });
    expect(run({ count: { fred: 'FYFSD', where: 'positive' } })).toMatchObject({
      value: 4,
      period: 'FY1996/FY2002',
    });
  });

  it('refuses a span with a period that has no value', () => {
    const gaps = toyCatalog(tradeMonthly(balanceWithGaps(11)));
    expect(
      computeError({ count: { fred: 'BOPGSTB', year: 2024, where: 'negative' } }, gaps).message,
    ).toMatch(/has no value for 2024-11/);
  });
});

describe('max and min', () => {
  it('find the highest or lowest value of a span and its period', () => {
    expect(run({ max: { fred: 'BOPTEXP', from: '2024-01' } })).toMatchObject({
      value: 206,
      period: '2025-06',
      description: `the highest value from 2024-01 to 2025-06 of BOPTEXP, in 2025-06`,
    });
    expect(run({ min: { fred: 'BOPGSTB' } })).toMatchObject({ value: -120, period: '2024-12' });
    expect(run({ max: { fred: 'BOPGSTB', year: 2024 } })).toMatchObject({
      value: -10,
      period: '2024-01',
    });
  });

  it('name the first of two equal peaks', () => {
    const tie = toyCatalog(tradeMonthly([-5, -9, -9, -1]));
    expect(compute({ min: { fred: 'BOPGSTB' } }, tie, lookupOf()).period).toBe('2024-02');
  });

  it('move with a newer file whose peak is elsewhere', () => {
    const newer = toyCatalog(
      tradeMonthly(
        undefined,
        [...EXPORTS_2024, ...EXPORTS_2025_H1].map((v, i) => (i === 2 ? 999 : v)),
      ),
    );
    expect(compute({ max: { fred: 'BOPTEXP' } }, newer, lookupOf()).period).toBe('2024-03');
  });

  it('refuse a span with a period that has no value', () => {
    const gaps = toyCatalog(tradeMonthly(balanceWithGaps(4)));
    expect(computeError({ min: { fred: 'BOPGSTB', year: 2024 } }, gaps).message).toMatch(
      /has no value for 2024-04/,
    );
  });
});

describe('choosing the column', () => {
  it('refuses a series id that series.yaml does not list', () => {
    expect(computeError({ latest: { series: 'toy-nothing', column: 'BOPGSTB' } }).message).toBe(
      'there is no series "toy-nothing" in content/data/series.yaml',
    );
  });

  it('refuses a column the file does not have as a number', () => {
    expect(computeError({ latest: { series: 'toy-trade', column: 'BOPTIMP' } }).message).toBe(
      `${TRADE_FILE} has no numeric column "BOPTIMP"`,
    );
    const unitless = toyCatalog(
      tradeMonthly(undefined, undefined, {
        columns: [{ name: 'BOPGSTB', unit: 'usd-millions', fred: 'BOPGSTB' }, { name: 'BOPTEXP' }],
      }),
    );
    expect(
      computeError({ latest: { series: 'toy-trade', column: 'BOPTEXP' } }, unitless).message,
    ).toBe(`${TRADE_FILE} has no numeric column "BOPTEXP"`);
  });

  it('refuses a FRED id no file holds', () => {
    expect(computeError({ latest: { fred: 'BOPTIMP' } }).message).toBe(
      'no file in content/data/series holds BOPTIMP',
    );
  });

  it('refuses a selector that names neither a FRED series nor a file and column', () => {
    expect(computeError({ latest: { series: 'toy-trade' } }).message).toBe(
      'name either a FRED series or a series and a column',
    );
  });

  it('refuses a key a long file does not have, and a long file read without a key', () => {
    expect(
      computeError({ latest: { series: 'toy-annual', column: 'balance_musd', key: 'CHN' } })
        .message,
    ).toBe('content/data/series/toy-annual.csv has no rows for "CHN"');
    expect(computeError({ latest: { series: 'toy-annual', column: 'balance_musd' } }).message).toBe(
      'content/data/series/toy-annual.csv has no rows',
    );
  });

  it('refuses a column with no value at all', () => {
    const empty = toyCatalog(tradeMonthly([null, null]));
    expect(computeError({ latest: { fred: 'BOPGSTB' } }, empty).message).toMatch(/no values/);
  });
});

describe('the columns a computation reads', () => {
  it('are listed as "series#column", once each, through changes and ratios', () => {
    expect(run({ latest: { fred: 'BOPGSTB' } }).columns).toEqual(['toy-trade#BOPGSTB']);
    expect(
      run({
        change: {
          from: { at: { fred: 'BOPGSTB', period: 'latest-1' } },
          to: { latest: { fred: 'BOPGSTB' } },
        },
      }).columns,
    ).toEqual(['toy-trade#BOPGSTB']);
  });
});
