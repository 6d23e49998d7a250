import { describe, expect, it } from 'vitest';
import {
  SeriesParseError,
  annualRow,
  annualTotals,
  fiscalYear,
  joinVintages,
  monthsOf,
  parseAnnualTrade,
  parseCsv,
  parseFiscalYearSeries,
  parseIsoDate,
  parseMonthlySeries,
  parsePartnerTrade,
  parseQuarterlySeries,
  partnerName,
  sumExact,
} from '../../src/logic/series';

/** Runs `parse` and returns the SeriesParseError it throws, failing the test if it does not. */
function parseError(parse: () => unknown): SeriesParseError {
  try {
    parse();
  } catch (error) {
    if (error instanceof SeriesParseError) return error;
    throw error;
  }
  throw new Error('expected a SeriesParseError, but the text parsed');
}

const monthlyYear = (year: number, value = (month: number) => -month * 1000) =>
  [
    'observation_date,BOPGSTB',
    ...monthsOf(year).map((period, index) => `${period}-01,${value(index + 1)}`),
  ].join('\n');

describe('parseCsv', () => {
  it('splits a header and rows and keeps each row’s line number', () => {
    const table = parseCsv('a,b\n1,2\n3,4\n', 'x.csv');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('reads quoted cells with commas and doubled quotes, and CRLF line ends', () => {
    const table = parseCsv('name,value\r\n"Korea, South","say ""hi"""\r\n', 'x.csv');
    expect(table.rows[0]?.cells).toEqual(['Korea, South', 'say "hi"']);
  });

  it('names the line of a row with the wrong number of cells', () => {
    const error = parseError(() => parseCsv('a,b\n1,2\n3\n', 'short.csv'));
    expect(error.message).toBe('short.csv, line 3: expected 2 cells as in the header, found 1');
  });

  it('refuses an empty file, a blank line and an unclosed quote', () => {
    expect(parseError(() => parseCsv('', 'empty.csv')).message).toMatch(/empty.csv, line 1/);
    expect(parseError(() => parseCsv('a,b\n1,2\n\n3,4\n', 'gap.csv')).line).toBe(3);
    expect(parseError(() => parseCsv('a,b\n"1,2\n', 'quote.csv')).message).toMatch(
      /quote.csv, line 2, column 1: a quoted cell is never closed/,
    );
  });
});

describe('parseMonthlySeries', () => {
  it('reads FRED monthly rows into periods and numbers', () => {
    const points = parseMonthlySeries(
      'observation_date,BOPGSTB\n2024-11-01,-78940\n2024-12-01,-98431.5\n',
      'm.csv',
    );
    expect(points).toEqual([
      { period: '2024-11', year: 2024, month: 11, value: -78940 },
      { period: '2024-12', year: 2024, month: 12, value: -98431.5 },
    ]);
  });

  it('names the file, line and column of a cell that is not a number', () => {
    const error = parseError(() =>
      parseMonthlySeries('date,value\n2024-01-01,-66938\n2024-02-01,12x\n', 'trade.csv'),
    );
    expect(error.message).toBe('trade.csv, line 3, column 2 (value): "12x" is not a number');
    expect([error.file, error.line, error.column, error.columnName]).toEqual([
      'trade.csv',
      3,
      2,
      'value',
    ]);
  });

  it('calls FRED’s "." a missing value and an empty cell empty', () => {
    expect(parseError(() => parseMonthlySeries('d,v\n2024-01-01,.\n', 'f.csv')).message).toMatch(
      /line 2, column 2 \(v\): "\." marks a missing value/,
    );
    expect(parseError(() => parseMonthlySeries('d,v\n2024-01-01,\n', 'f.csv')).message).toMatch(
      /the cell is empty/,
    );
  });

  it('refuses impossible dates, mid-month dates, repeats and rows out of order', () => {
    expect(parseError(() => parseMonthlySeries('d,v\n2024-02-30,1\n', 'f.csv')).message).toMatch(
      /line 2, column 1 \(d\): "2024-02-30" is not a date/,
    );
    expect(parseError(() => parseMonthlySeries('d,v\n2024-02-15,1\n', 'f.csv')).message).toMatch(
      /first day of a month/,
    );
    expect(
      parseError(() => parseMonthlySeries('d,v\n2024-02-01,1\n2024-02-01,2\n', 'f.csv')).message,
    ).toMatch(/line 3, column 1 \(d\): 2024-02 appears twice/);
    expect(
      parseError(() => parseMonthlySeries('d,v\n2024-03-01,1\n2024-02-01,2\n', 'f.csv')).message,
    ).toMatch(/line 3.*time order/);
  });

  it('wants exactly two columns', () => {
    expect(parseError(() => parseMonthlySeries('d,v,w\n2024-01-01,1,2\n', 'f.csv')).message).toBe(
      'f.csv, line 1: expected two columns (a date and a value), found 3',
    );
  });
});

describe('parseQuarterlySeries', () => {
  it('names quarters by their first month', () => {
    const points = parseQuarterlySeries('d,v\n2024-10-01,36218605\n2025-01-01,36214310\n', 'q.csv');
    expect(points.map((point) => point.period)).toEqual(['2024Q4', '2025Q1']);
    expect(points[1]).toMatchObject({ year: 2025, quarter: 1, value: 36214310 });
  });

  it('refuses a date that does not start a quarter', () => {
    expect(parseError(() => parseQuarterlySeries('d,v\n2025-02-01,1\n', 'q.csv')).message).toMatch(
      /q.csv, line 2, column 1 \(d\): .*first day of a quarter/,
    );
  });
});

describe('fiscalYear', () => {
  it('runs from October 1 to September 30 since 1977', () => {
    expect(fiscalYear('2024-09-30')).toBe(2024);
    expect(fiscalYear('2024-10-01')).toBe(2025);
    expect(fiscalYear('2025-01-15')).toBe(2025);
    expect(fiscalYear('1976-10-01')).toBe(1977);
  });

  it('ran from July 1 to June 30 before, with a transition quarter in between', () => {
    expect(fiscalYear('1976-06-30')).toBe(1976);
    expect(fiscalYear('1975-07-01')).toBe(1976);
    expect(fiscalYear('1976-07-01')).toBeUndefined();
    expect(fiscalYear('1976-09-30')).toBeUndefined();
  });

  it('accepts parsed dates and refuses text that is not a date', () => {
    expect(fiscalYear({ year: 2000, month: 12, day: 31 })).toBe(2001);
    expect(() => fiscalYear('2024-13-01')).toThrow(/not a date/);
  });
});

describe('parseFiscalYearSeries', () => {
  it('reads both old (June 30) and new (September 30) year ends', () => {
    const points = parseFiscalYearSeries(
      'date,value\n1976-06-30,-73732\n1977-09-30,-53659\n2025-09-30,-1774684.0\n',
      'fy.csv',
    );
    expect(points.map((point) => point.period)).toEqual(['FY1976', 'FY1977', 'FY2025']);
    expect(points[2]).toMatchObject({ fiscalYear: 2025, endDate: '2025-09-30', value: -1774684 });
  });

  it('refuses a date that does not end a fiscal year, and the transition quarter', () => {
    expect(
      parseError(() => parseFiscalYearSeries('date,value\n2024-12-31,1\n', 'fy.csv')).message,
    ).toMatch(/fy.csv, line 2, column 1 \(date\): .*last day of a fiscal year/);
    expect(
      parseError(() => parseFiscalYearSeries('date,value\n1976-09-30,1\n', 'fy.csv')).message,
    ).toMatch(/transition quarter/);
  });
});

describe('parseAnnualTrade', () => {
  const header = 'year,scope,basis,adjustment,exports_musd,imports_musd,balance_musd';

  it('reads each scope of each year', () => {
    const rows = parseAnnualTrade(
      `${header}\n2024,goods,bop,nsa,2079777.1,3295180,-1215402.9\n2024,services,bop,nsa,1152747,840876.5,311870.5\n`,
      'annual.csv',
    );
    expect(annualRow(rows, 2024, 'services')).toEqual({
      year: 2024,
      scope: 'services',
      basis: 'bop',
      adjustment: 'nsa',
      exports: 1152747,
      imports: 840876.5,
      balance: 311870.5,
    });
    expect(() => annualRow(rows, 2024, 'goods_services')).toThrow(/no goods_services row for 2024/);
  });

  it('names an unknown scope, a bad year and a missing column', () => {
    expect(
      parseError(() => parseAnnualTrade(`${header}\n2024,cars,bop,nsa,1,2,-1\n`, 'a.csv')).message,
    ).toBe('a.csv, line 2, column 2 (scope): "cars" is not one of goods, services, goods_services');
    expect(
      parseError(() => parseAnnualTrade(`${header}\n24,goods,bop,nsa,1,2,-1\n`, 'a.csv')).message,
    ).toMatch(/line 2, column 1 \(year\): "24" is not a four-digit year/);
    expect(parseError(() => parseAnnualTrade('year,scope\n2024,goods\n', 'a.csv')).message).toMatch(
      /a.csv, line 1: the header has no "basis" column/,
    );
  });

  it('refuses the same year and scope twice', () => {
    expect(
      parseError(() =>
        parseAnnualTrade(
          `${header}\n2024,goods,bop,nsa,1,2,-1\n2024,goods,bop,nsa,1,2,-1\n`,
          'a.csv',
        ),
      ).message,
    ).toMatch(/line 3, column 2 \(scope\): 2024 goods appears twice/);
  });
});

describe('parsePartnerTrade and partnerName', () => {
  it('reads partners and drops the researcher’s note from a name', () => {
    const rows = parsePartnerTrade(
      'country_code,label_added_by_researcher,year,exports_year_musd,imports_year_musd,balance_year_musd\n' +
        'AGG_0003,European Union (Census aggregate code 0003),2024,369998.3,606719.2,-236720.9\n',
      'p.csv',
    );
    expect(rows[0]).toMatchObject({ code: 'AGG_0003', year: 2024, balance: -236720.9 });
    expect(partnerName(rows[0]?.label ?? '')).toBe('European Union');
    expect(partnerName('China')).toBe('China');
  });
});

describe('sumExact and annualTotals', () => {
  it('adds decimals without floating-point noise', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([-1057495, -0.1, 283290.1])).toBe(-774205);
    expect(sumExact([])).toBe(0);
  });

  it('adds the twelve months of the year asked for, and only those', () => {
    const monthly = [
      ...parseMonthlySeries(
        monthlyYear(2023, () => -1),
        'm.csv',
      ),
      ...parseMonthlySeries(monthlyYear(2024), 'm.csv'),
    ];
    expect(annualTotals(monthly, 2023)).toBe(-12);
    expect(annualTotals(monthly, 2024)).toBe(-78000);
  });

  it('refuses a year with a month missing instead of returning a partial sum', () => {
    const monthly = parseMonthlySeries(monthlyYear(2025), 'm.csv').filter(
      (point) => point.month !== 4,
    );
    expect(() => annualTotals(monthly, 2025)).toThrow(
      '2025 is not complete in this series: month 4 missing',
    );
    expect(() => annualTotals(monthly, 1990)).toThrow(/months? 1, 2, 3/);
  });
});

describe('joinVintages', () => {
  const march = [
    { period: '2024-11', value: -78940 },
    { period: '2024-12', value: -98431 },
  ];
  const june = [
    { period: '2024-12', value: -96948 },
    { period: '2025-01', value: -130273 },
  ];

  it('lines up every period of every vintage in time order', () => {
    expect(joinVintages({ march, june })).toEqual([
      { period: '2024-11', values: { march: -78940 } },
      { period: '2024-12', values: { march: -98431, june: -96948 } },
      { period: '2025-01', values: { june: -130273 } },
    ]);
  });

  it('keeps only the periods asked for', () => {
    expect(joinVintages({ june, march }, ['2024-12'])).toEqual([
      { period: '2024-12', values: { march: -98431, june: -96948 } },
    ]);
  });
});

describe('parseIsoDate and monthsOf', () => {
  it('knows leap years', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
    expect(parseIsoDate('2000-02-29')).toBeDefined();
  });

  it('lists the twelve months of a year', () => {
    expect(monthsOf(2024)).toHaveLength(12);
    expect(monthsOf(2024)[0]).toBe('2024-01');
    expect(monthsOf(2024)[11]).toBe('2024-12');
  });
});
