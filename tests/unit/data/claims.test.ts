import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/logic/data/catalog';
import { checkClaim, type ClaimCheck, type ClaimResult } from '../../../src/logic/data/claims';
import {
  compute,
  ComputeError,
  type Computation,
  type FigureLookup,
} from '../../../src/logic/data/compute';
import { makePeriod, shiftPeriod } from '../../../src/logic/data/period';
import {
  annualLong,
  BALANCE_2024,
  BALANCE_2025_H1,
  budgetFiscal,
  EXPORTS_2024,
  EXPORTS_2025_H1,
  PARTNERS_2024,
  partners2024,
  stockQuarterly,
  toyCatalog,
  tradeMonthly,
  type Cell,
  type ToySeries,
} from './catalog.testdata';

/** Figures computed on demand from `catalog`, as resolveFigures would give them. */
function figuresOn(catalog: Catalog, definitions: Readonly<Record<string, Computation>>) {
  const lookup: FigureLookup = (id) => {
    const definition = definitions[id];
    if (!definition) throw new ComputeError(`it uses the figure "${id}", which does not exist`);
    return compute(definition, catalog, lookup);
  };
  return lookup;
}

const PASS: ClaimResult = { ok: true };
const failure = (reason: string): ClaimResult => ({ ok: false, reason });

/**
 * A quarterly stock from `first` to `last` ("1996Q1"), 1,000 in every quarter but those given.
 */
function stock(
  id: string,
  fred: string,
  first: string,
  quarters: number,
  given: Readonly<Record<string, number>>,
): ToySeries {
  const [year = 0, quarter = 1] = first.split('Q').map(Number);
  const start = makePeriod('quarterly', year, quarter);
  const values = Array.from(
    { length: quarters },
    (_, step) => given[shiftPeriod(start, step).key] ?? 1000,
  );
  return stockQuarterly(id, fred, first, values);
}

/** Debt held by the public at the end of fiscal years 1996 to 2001 (September, Q3). */
const DEBT_HELD_BY_PUBLIC = {
  '1996Q3': 3730,
  '1997Q3': 3770,
  '1998Q3': 3720,
  '1999Q3': 3630,
  '2000Q3': 3410,
  '2001Q3': 3320,
};
/** Total public debt, which kept rising through the surplus years. */
const TOTAL_DEBT = {
  '1996Q3': 5220,
  '1997Q3': 5410,
  '1998Q3': 5520,
  '1999Q3': 5650,
  '2000Q3': 5670,
  '2001Q3': 5800,
};

const debtHeldByPublic = (given: Readonly<Record<string, number>> = DEBT_HELD_BY_PUBLIC) =>
  stock('toy-debt-public', 'FYGFDPUN', '1996Q1', 28, given);
const totalDebt = stock('toy-debt-total', 'GFDEBTN', '1996Q1', 28, TOTAL_DEBT);

describe('every', () => {
  const check: ClaimCheck = {
    every: { series: 'toy-annual', column: 'balance_musd', key: 'goods', is: 'negative' },
  };

  it('holds when every value of the span has the sign', () => {
    expect(checkClaim(check, toyCatalog(annualLong()), figuresOn(toyCatalog(), {}))).toEqual(PASS);
  });

  it('fails when a newer file has a value of the other sign, naming the period and value', () => {
    const newer = toyCatalog(annualLong({ goods: [-1000, -1100, 50], services: [250, 260, 270] }));
    expect(checkClaim(check, newer, figuresOn(newer, {}))).toEqual(
      failure('not negative in 2025 (50)'),
    );
  });

  it('names every period that breaks it', () => {
    const newer = toyCatalog(annualLong({ goods: [0, -1100, 50], services: [250, 260, 270] }));
    expect(checkClaim(check, newer, figuresOn(newer, {}))).toEqual(
      failure('not negative in 2023 (0), 2025 (50)'),
    );
  });

  it('holds only over the span it names', () => {
    const positiveIn2025 = tradeMonthly([...BALANCE_2024, 1, 1, 1, 1, 1, 1]);
    const catalog = toyCatalog(positiveIn2025);
    const upTo2024: ClaimCheck = { every: { fred: 'BOPGSTB', to: '2024-12', is: 'negative' } };
    const from2025: ClaimCheck = { every: { fred: 'BOPGSTB', from: '2025-01', is: 'negative' } };
    expect(checkClaim(upTo2024, catalog, figuresOn(catalog, {}))).toEqual(PASS);
    expect(checkClaim(from2025, catalog, figuresOn(catalog, {}))).toEqual(
      failure(
        'not negative in 2025-01 (1), 2025-02 (1), 2025-03 (1), 2025-04 (1), 2025-05 (1), 2025-06 (1)',
      ),
    );
  });

  it('over one year of an annual file', () => {
    const catalog = toyCatalog(annualLong({ goods: [1, -1100, 1], services: [250, 260, 270] }));
    const in2024: ClaimCheck = {
      every: {
        series: 'toy-annual',
        column: 'balance_musd',
        key: 'goods',
        year: 2024,
        is: 'negative',
      },
    };
    expect(checkClaim(in2024, catalog, figuresOn(catalog, {}))).toEqual(PASS);
  });

  it('over a calendar year of a monthly file: a newer file with one surplus month breaks it', () => {
    const in2024: ClaimCheck = { every: { fred: 'BOPGSTB', year: 2024, is: 'negative' } };
    const catalog = toyCatalog(tradeMonthly());
    expect(checkClaim(in2024, catalog, figuresOn(catalog, {}))).toEqual(PASS);
    const newer = toyCatalog(
      tradeMonthly([...BALANCE_2024, ...BALANCE_2025_H1].map((v, i) => (i === 4 ? 3 : v))),
    );
    expect(checkClaim(in2024, newer, figuresOn(newer, {}))).toEqual(
      failure('not negative in 2024-05 (3)'),
    );
  });

  it('over the latest complete year of a quarterly file', () => {
    const catalog = toyCatalog(stock('toy-debt-public', 'FYGFDPUN', '2024Q1', 6, { '2024Q3': -1 }));
    expect(
      checkClaim(
        { every: { fred: 'FYGFDPUN', year: 'latest', is: 'positive' } },
        catalog,
        figuresOn(catalog, {}),
      ),
    ).toEqual(failure('not positive in 2024Q3 (-1)'));
  });

  it('fails, saying why, over a span the file does not have', () => {
    const catalog = toyCatalog(tradeMonthly());
    expect(
      checkClaim(
        { every: { fred: 'BOPGSTB', year: 2025, is: 'negative' } },
        catalog,
        figuresOn(catalog, {}),
      ),
    ).toEqual(
      failure(
        'BOPGSTB in content/data/series/toy-trade.csv has no value for 2025-07 (it runs from 2024-01 to 2025-06)',
      ),
    );
  });
});

describe('periods', () => {
  const check: ClaimCheck = {
    periods: { fred: 'FYFSD', is: 'positive', are: ['FY1998', 'FY1999', 'FY2000', 'FY2001'] },
  };

  it('holds when the periods with the sign are exactly those', () => {
    const catalog = toyCatalog(budgetFiscal());
    expect(checkClaim(check, catalog, figuresOn(catalog, {}))).toEqual(PASS);
  });

  it('fails when a newer file adds a surplus year, listing both sets', () => {
    const newer = toyCatalog(budgetFiscal([-107, -22, 69, 126, 236, 128, -158, 12]));
    expect(checkClaim(check, newer, figuresOn(newer, {}))).toEqual(
      failure(
        'positive in FY1998, FY1999, FY2000, FY2001, FY2003, not FY1998, FY1999, FY2000, FY2001',
      ),
    );
  });

  it('fails when a revision turns one of the years into a deficit', () => {
    const revised = toyCatalog(budgetFiscal([-107, -22, -1, 126, 236, 128, -158]));
    expect(checkClaim(check, revised, figuresOn(revised, {}))).toEqual(
      failure('positive in FY1999, FY2000, FY2001, not FY1998, FY1999, FY2000, FY2001'),
    );
  });

  it('over a calendar year of a monthly file', () => {
    const catalog = toyCatalog(
      tradeMonthly(
        [...BALANCE_2024, ...BALANCE_2025_H1].map((v, i) => (i === 1 || i === 13 ? 4 : v)),
      ),
    );
    expect(
      checkClaim(
        { periods: { fred: 'BOPGSTB', year: 2024, is: 'positive', are: ['2024-02'] } },
        catalog,
        figuresOn(catalog, {}),
      ),
    ).toEqual(PASS);
  });

  it('says so when no period has the sign', () => {
    const deficits = toyCatalog(budgetFiscal([-1, -2, -3]));
    expect(checkClaim(check, deficits, figuresOn(deficits, {}))).toEqual(
      failure('positive in no period, not FY1998, FY1999, FY2000, FY2001'),
    );
  });
});

describe('during', () => {
  const fell: ClaimCheck = {
    during: {
      when: { fred: 'FYFSD', is: 'positive' },
      then: { fred: 'FYGFDPUN', changed: 'negative' },
    },
  };
  const rose: ClaimCheck = {
    during: {
      when: { fred: 'FYFSD', is: 'positive' },
      then: { fred: 'GFDEBTN', changed: 'positive' },
    },
  };

  it('holds when the stock changed that way over each fiscal year with the sign', () => {
    const catalog = toyCatalog(budgetFiscal(), debtHeldByPublic(), totalDebt);
    expect(checkClaim(fell, catalog, figuresOn(catalog, {}))).toEqual(PASS);
    expect(checkClaim(rose, catalog, figuresOn(catalog, {}))).toEqual(PASS);
  });

  it('fails when a newer stock file rose in one of those years, with the two values', () => {
    const newer = toyCatalog(
      budgetFiscal(),
      debtHeldByPublic({ ...DEBT_HELD_BY_PUBLIC, '2000Q3': 3650 }),
      totalDebt,
    );
    expect(checkClaim(fell, newer, figuresOn(newer, {}))).toEqual(
      failure('the stock did not change that way in FY2000 (3630 → 3650)'),
    );
  });

  it('fails when a newer budget file adds a surplus year the stock did not fall in', () => {
    const newer = toyCatalog(
      budgetFiscal([-107, -22, 69, 126, 236, 128, 5]),
      debtHeldByPublic({ ...DEBT_HELD_BY_PUBLIC, '2002Q3': 3500 }),
      totalDebt,
    );
    expect(checkClaim(fell, newer, figuresOn(newer, {}))).toEqual(
      failure('the stock did not change that way in FY2002 (3320 → 3500)'),
    );
  });

  it('fails for a fiscal year the stock file does not reach', () => {
    const short = toyCatalog(
      budgetFiscal(),
      stock('toy-debt-public', 'FYGFDPUN', '1996Q1', 19, DEBT_HELD_BY_PUBLIC),
    );
    expect(checkClaim(fell, short, figuresOn(short, {}))).toEqual(
      failure('the stock did not change that way in FY2001 (not in the stock series)'),
    );
  });

  it('ends a fiscal year in June (Q2) until 1976 and in September (Q3) from 1977', () => {
    // Surpluses in FY1976 and FY1977. The stock fell from June 1975 to June 1976, and from June
    // 1976 to September 1977 (the transition quarter between them belongs to neither). Read at
    // the wrong quarter, both years would show it rising.
    const catalog = toyCatalog(
      budgetFiscal([-6, -53, 10, 5, -59], 1974),
      stock('toy-debt-public', 'FYGFDPUN', '1974Q1', 20, {
        '1975Q2': 500,
        '1975Q3': 200,
        '1976Q2': 450,
        '1976Q3': 300,
        '1977Q2': 600,
        '1977Q3': 350,
      }),
    );
    expect(checkClaim(fell, catalog, figuresOn(catalog, {}))).toEqual(PASS);
  });

  it('fails when no period has the sign', () => {
    const catalog = toyCatalog(budgetFiscal([-1, -2]), debtHeldByPublic());
    expect(checkClaim(fell, catalog, figuresOn(catalog, {}))).toEqual(
      failure('no period is positive'),
    );
  });

  it('fails when the years are not fiscal years', () => {
    const catalog = toyCatalog(annualLong(), debtHeldByPublic());
    const calendar: ClaimCheck = {
      during: {
        when: { series: 'toy-annual', column: 'balance_musd', key: 'services', is: 'positive' },
        then: { fred: 'FYGFDPUN', changed: 'negative' },
      },
    };
    expect(checkClaim(calendar, catalog, figuresOn(catalog, {}))).toEqual(
      failure('"during" compares fiscal years, but 2023 is not one'),
    );
  });
});

describe('ranking', () => {
  const largestDeficits: ClaimCheck = {
    ranking: {
      series: 'toy-partners',
      column: 'balance_year_musd',
      period: '2024',
      order: 'lowest',
      first: ['CHN', 'EU', 'MEX', 'VNM'],
    },
  };
  const largestSurplus: ClaimCheck = {
    ranking: {
      series: 'toy-partners',
      column: 'balance_year_musd',
      period: '2024',
      order: 'highest',
      first: ['NLD'],
    },
  };
  const largestBuyers: ClaimCheck = {
    ranking: {
      series: 'toy-partners',
      column: 'exports_year_musd',
      period: '2024',
      order: 'highest',
      first: ['EU', 'CAN', 'MEX'],
    },
  };
  const catalog = toyCatalog(partners2024());

  it('holds when the keys with the lowest or highest values start with these, in order', () => {
    expect(checkClaim(largestDeficits, catalog, figuresOn(catalog, {}))).toEqual(PASS);
    expect(checkClaim(largestSurplus, catalog, figuresOn(catalog, {}))).toEqual(PASS);
    expect(checkClaim(largestBuyers, catalog, figuresOn(catalog, {}))).toEqual(PASS);
  });

  it('fails when a newer file reorders them, naming the order it found', () => {
    const newer = toyCatalog(
      partners2024(
        PARTNERS_2024.map((partner) =>
          partner.code === 'MEX' ? { ...partner, balance: -310 } : partner,
        ),
      ),
    );
    expect(checkClaim(largestDeficits, newer, figuresOn(newer, {}))).toEqual(
      failure('the lowest 4 are MEX, CHN, EU, VNM, not CHN, EU, MEX, VNM'),
    );
  });

  it('leaves out a partner with no value', () => {
    const missing = toyCatalog(
      partners2024(
        PARTNERS_2024.map((partner) =>
          partner.code === 'NLD' ? { ...partner, balance: null } : partner,
        ),
      ),
    );
    expect(checkClaim(largestSurplus, missing, figuresOn(missing, {}))).toEqual(
      failure('the highest 1 are HKG, not NLD'),
    );
  });

  it('fails for a series or period that is not there', () => {
    expect(
      checkClaim(
        { ranking: { ...largestSurplus.ranking, series: 'toy-nothing' } },
        catalog,
        figuresOn(catalog, {}),
      ),
    ).toEqual(failure('there is no series "toy-nothing" or period "2024"'));
  });
});

describe('compare', () => {
  const catalog = toyCatalog(tradeMonthly());
  const figures = figuresOn(catalog, {
    'latest-month': { latest: { fred: 'BOPGSTB' } },
    'month-before': { at: { fred: 'BOPGSTB', period: 'latest-1' } },
    'year-2024': { sum: { fred: 'BOPGSTB', year: 2024 } },
  });
  const compare = (
    is: 'below' | 'above' | 'about' | 'differs',
    right: number,
    within?: number,
  ): ClaimCheck => ({ compare: { left: 'year-2024', is, right, within } });

  it('below and above, against a number', () => {
    expect(checkClaim(compare('below', 0), catalog, figures)).toEqual(PASS);
    expect(checkClaim(compare('above', -1000), catalog, figures)).toEqual(PASS);
    expect(checkClaim(compare('above', 0), catalog, figures)).toEqual(
      failure('-780 is not above 0'),
    );
    expect(checkClaim(compare('below', -780), catalog, figures)).toEqual(
      failure('-780 is not below -780'),
    );
  });

  it('about: within the given distance, either way, and exactly equal without one', () => {
    expect(checkClaim(compare('about', -784, 6), catalog, figures)).toEqual(PASS);
    expect(checkClaim(compare('about', -774, 6), catalog, figures)).toEqual(PASS);
    expect(checkClaim(compare('about', -787, 6), catalog, figures)).toEqual(
      failure('-780 is not about -787 (within 6)'),
    );
    expect(checkClaim(compare('about', -780), catalog, figures)).toEqual(PASS);
    expect(checkClaim(compare('about', -780.5), catalog, figures)).toEqual(
      failure('-780 is not about -780.5 (within 0)'),
    );
  });

  it('differs: farther apart than the given distance', () => {
    expect(checkClaim(compare('differs', -790, 6), catalog, figures)).toEqual(PASS);
    expect(checkClaim(compare('differs', -780.5), catalog, figures)).toEqual(PASS);
  });

  it('differs: the reason says how far apart the two had to be', () => {
    expect(checkClaim(compare('differs', -784, 6), catalog, figures)).toEqual(
      failure('-780 is not more than 6 from -784'),
    );
    expect(checkClaim(compare('differs', -780), catalog, figures)).toEqual(
      failure('-780 is not more than 0 from -780'),
    );
  });

  it('compares two figures, and a figure with a computation of its own', () => {
    const widened: ClaimCheck = {
      compare: { left: 'latest-month', is: 'below', right: 'month-before' },
    };
    expect(checkClaim(widened, catalog, figures)).toEqual(PASS);
    const againstComputation: ClaimCheck = {
      compare: {
        left: { mean: { fred: 'BOPGSTB', from: '2025-01' } },
        is: 'below',
        right: { mean: { fred: 'BOPGSTB', year: 2024 } },
      },
    };
    expect(checkClaim(againstComputation, catalog, figures)).toEqual(PASS);
  });

  it('fails when a newer file turns the comparison around', () => {
    const widened: ClaimCheck = {
      compare: { left: 'latest-month', is: 'below', right: 'month-before' },
    };
    const newer = toyCatalog(tradeMonthly([...BALANCE_2024, ...BALANCE_2025_H1.slice(0, 5), -90]));
    const newerFigures = figuresOn(newer, {
      'latest-month': { latest: { fred: 'BOPGSTB' } },
      'month-before': { at: { fred: 'BOPGSTB', period: 'latest-1' } },
    });
    expect(checkClaim(widened, newer, newerFigures)).toEqual(failure('-90 is not below -105'));
  });

  it('fails, saying why, when a figure cannot be worked out', () => {
    expect(
      checkClaim({ compare: { left: 'no-such-figure', is: 'below', right: 0 } }, catalog, figures),
    ).toEqual(failure('it uses the figure "no-such-figure", which does not exist'));
  });
});

describe('when', () => {
  const definitions = { 'exports-peak': { max: { fred: 'BOPTEXP' } } };
  const check: ClaimCheck = { when: { figure: 'exports-peak', is: '2025-06' } };

  it('holds when the figure is for that period', () => {
    const catalog = toyCatalog(tradeMonthly());
    expect(checkClaim(check, catalog, figuresOn(catalog, definitions))).toEqual(PASS);
  });

  it('fails when a newer file moves the peak', () => {
    const exports: Cell[] = [...EXPORTS_2024, ...EXPORTS_2025_H1].map((value, index) =>
      index === 2 ? 999 : value,
    );
    const newer = toyCatalog(tradeMonthly(undefined, exports));
    expect(checkClaim(check, newer, figuresOn(newer, definitions))).toEqual(
      failure('the figure "exports-peak" is for 2024-03, not 2025-06'),
    );
  });

  it('compares the period key exactly: a year is not a month of it', () => {
    const catalog = toyCatalog(tradeMonthly());
    expect(
      checkClaim(
        { when: { figure: 'exports-peak', is: '2025' } },
        catalog,
        figuresOn(catalog, definitions),
      ).ok,
    ).toBe(false);
  });
});

describe('samePeriod', () => {
  const check: ClaimCheck = { samePeriod: ['split-latest-year', 'monthly-latest-year'] };
  const definitions = {
    'split-latest-year': {
      sum: { series: 'toy-annual', column: 'balance_musd', key: 'goods', year: 'latest' },
    },
    'monthly-latest-year': { sum: { fred: 'BOPGSTB', year: 'latest' } },
  } satisfies Record<string, Computation>;

  it('holds when both figures cover the same period', () => {
    const catalog = toyCatalog(tradeMonthly(), annualLong(undefined, 2022));
    expect(checkClaim(check, catalog, figuresOn(catalog, definitions))).toEqual(PASS);
  });

  it('fails when a newer file moves one figure on, naming both periods', () => {
    const newer = toyCatalog(tradeMonthly(), annualLong());
    expect(checkClaim(check, newer, figuresOn(newer, definitions))).toEqual(
      failure('"split-latest-year" is for 2025 but "monthly-latest-year" is for 2024'),
    );
  });
});

describe('descending', () => {
  const check: ClaimCheck = { descending: ['eu', 'canada', 'mexico'] };
  const at = (key: string): Computation => ({
    at: { series: 'toy-partners', column: 'exports_year_musd', key, period: '2024' },
  });
  const definitions = { eu: at('EU'), canada: at('CAN'), mexico: at('MEX') };

  it('holds when the figures fall in that order', () => {
    const catalog = toyCatalog(partners2024());
    expect(checkClaim(check, catalog, figuresOn(catalog, definitions))).toEqual(PASS);
  });

  it('fails when a newer file puts one above the figure before it', () => {
    const newer = toyCatalog(
      partners2024(
        PARTNERS_2024.map((partner) =>
          partner.code === 'MEX' ? { ...partner, exports: 360 } : partner,
        ),
      ),
    );
    expect(checkClaim(check, newer, figuresOn(newer, definitions))).toEqual(
      failure('"mexico" (360) is not below the one before it'),
    );
  });

  it('fails for two equal figures: the order must be strict', () => {
    const tied = toyCatalog(
      partners2024(
        PARTNERS_2024.map((partner) =>
          partner.code === 'CAN' ? { ...partner, exports: 370 } : partner,
        ),
      ),
    );
    expect(checkClaim(check, tied, figuresOn(tied, definitions))).toEqual(
      failure('"canada" (370) is not below the one before it'),
    );
  });
});
