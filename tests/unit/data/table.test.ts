import { describe, expect, it } from 'vitest';
import { keysOf, observations, readTable, type TableLayout } from '../../../src/logic/data/table';
import { SeriesParseError } from '../../../src/logic/series';

/** Runs `read` and returns the SeriesParseError it throws, failing the test if it does not. */
function parseError(read: () => unknown): SeriesParseError {
  try {
    read();
  } catch (error) {
    if (error instanceof SeriesParseError) return error;
    throw error;
  }
  throw new Error('expected a SeriesParseError, but the text was read');
}

const wide: TableLayout = {
  file: 'content/data/series/wide.csv',
  frequency: 'monthly',
  periodColumn: 'period',
  valueColumns: ['BOPGSTB', 'BOPTIMP'],
};

const long: TableLayout = {
  file: 'content/data/series/long.csv',
  frequency: 'annual',
  periodColumn: 'year',
  keyColumn: 'scope',
  valueColumns: ['balance_musd'],
};

const values = (read: ReturnType<typeof observations>) => read.map((row) => row.value);
const periods = (read: ReturnType<typeof observations>) => read.map((row) => row.period.key);
/** Observations with each period as its key, to compare with a literal. */
const rows = (read: ReturnType<typeof observations>) =>
  read.map((row) => ({ period: row.period.key, value: row.value, line: row.line }));

describe('readTable, a wide file', () => {
  const text = [
    'period,BOPTEXP,BOPGSTB,BOPTIMP',
    '2024-11,300,-78.5,378.5',
    '2024-12,301,-98,399',
    '2025-01,302,-131.4,433.4',
  ].join('\n');
  const table = readTable(text, wide);

  it('reads each named column as numbers, by period, with the line of each row', () => {
    expect(table.columns).toEqual(['BOPGSTB', 'BOPTIMP']);
    expect(rows(observations(table, 'BOPGSTB'))).toEqual([
      { period: '2024-11', value: -78.5, line: 2 },
      { period: '2024-12', value: -98, line: 3 },
      { period: '2025-01', value: -131.4, line: 4 },
    ]);
    expect(values(observations(table, 'BOPTIMP'))).toEqual([378.5, 399, 433.4]);
  });

  it('reads only the columns the layout names', () => {
    expect(() => observations(table, 'BOPTEXP')).toThrow(
      'content/data/series/wide.csv has no numeric column "BOPTEXP"',
    );
  });

  it('keeps the file and frequency for later messages', () => {
    expect(table.file).toBe('content/data/series/wide.csv');
    expect(table.frequency).toBe('monthly');
  });

  it('has no keys', () => {
    expect(keysOf(table)).toEqual([]);
    expect(table.rows.every((row) => row.key === undefined)).toBe(true);
  });
});

describe('readTable, a FRED download', () => {
  it('reads an unnamed date column (",FDHBFIN") with first-of-quarter dates', () => {
    const table = readTable(',FDHBFIN\n1970-01-01,12.4\n1970-04-01,14.0\n', {
      file: 'fdhbfin.csv',
      frequency: 'quarterly',
      periodColumn: '',
      valueColumns: ['FDHBFIN'],
    });
    expect(periods(observations(table, 'FDHBFIN'))).toEqual(['1970Q1', '1970Q2']);
    expect(values(observations(table, 'FDHBFIN'))).toEqual([12.4, 14]);
  });

  it('reads FRED’s "." as a missing value, not as zero', () => {
    const table = readTable('period,BOPGSTB,BOPTIMP\n2024-11,.,378\n2024-12,-98,.\n', wide);
    expect(values(observations(table, 'BOPGSTB'))).toEqual([null, -98]);
    expect(values(observations(table, 'BOPTIMP'))).toEqual([378, null]);
  });

  it('reads fiscal years dated on their last day', () => {
    const table = readTable('date,value\n1976-06-30,-73732\n1977-09-30,-53659\n', {
      file: 'fyfsd.csv',
      frequency: 'fiscal-year',
      periodColumn: 'date',
      valueColumns: ['value'],
    });
    expect(periods(observations(table, 'value'))).toEqual(['FY1976', 'FY1977']);
  });
});

describe('readTable refuses a cell that is not what its column promises', () => {
  it('a bad number, naming the file, line and column', () => {
    const error = parseError(() =>
      readTable('period,BOPGSTB,BOPTIMP\n2024-11,-78,378\n2024-12,-98,3.9.9\n', wide),
    );
    expect(error.message).toBe(
      'content/data/series/wide.csv, line 3, column 3 (BOPTIMP): "3.9.9" is not a number',
    );
    expect([error.file, error.line, error.column, error.columnName]).toEqual([
      'content/data/series/wide.csv',
      3,
      3,
      'BOPTIMP',
    ]);
  });

  it('a number written with a thousands separator or a unit', () => {
    const quoted = parseError(() =>
      readTable('period,BOPGSTB,BOPTIMP\n2024-11,"-1,078",378\n', wide),
    );
    expect(quoted.message).toBe(
      'content/data/series/wide.csv, line 2, column 2 (BOPGSTB): "-1,078" is not a number',
    );
    expect(
      parseError(() => readTable('period,BOPGSTB,BOPTIMP\n2024-11,-78B,378\n', wide)).column,
    ).toBe(2);
  });

  it('an empty cell, which is not the same as FRED’s "."', () => {
    const error = parseError(() => readTable('period,BOPGSTB,BOPTIMP\n2024-11,,378\n', wide));
    expect(error.message).toBe(
      'content/data/series/wide.csv, line 2, column 2 (BOPGSTB): the cell is empty; expected a number',
    );
  });

  it('a bad period, with the reason', () => {
    const error = parseError(() => readTable('period,BOPGSTB,BOPTIMP\n2024-11-15,-78,378\n', wide));
    expect(error.message).toBe(
      'content/data/series/wide.csv, line 2, column 1 (period): "2024-11-15" is not a month (write 2024-06 or the month\'s first day, 2024-06-01)',
    );
  });

  it('a period of another frequency than the layout says', () => {
    const error = parseError(() => readTable('year,scope,balance_musd\n2024Q1,goods,-1\n', long));
    expect(error.message).toMatch(/^content\/data\/series\/long\.csv, line 2, column 1 \(year\): /);
  });

  it('a column the header does not have', () => {
    const error = parseError(() => readTable('period,BOPGSTB\n2024-11,-78\n', wide));
    expect(error.message).toBe(
      'content/data/series/wide.csv, line 1: the header has no "BOPTIMP" column (found: period, BOPGSTB)',
    );
  });

  it('a missing key in a long file', () => {
    const error = parseError(() => readTable('year,scope,balance_musd\n2024, ,-1\n', long));
    expect(error.message).toBe(
      'content/data/series/long.csv, line 2, column 2 (scope): the cell is empty',
    );
  });
});

describe('readTable refuses rows out of time order', () => {
  it('a period that appears twice', () => {
    const error = parseError(() =>
      readTable('period,BOPGSTB,BOPTIMP\n2024-11,-78,378\n2024-11-01,-79,379\n', wide),
    );
    expect(error.message).toBe(
      'content/data/series/wide.csv, line 3, column 1 (period): 2024-11 appears twice',
    );
  });

  it('a period that comes before the one above it', () => {
    const error = parseError(() =>
      readTable(
        'period,BOPGSTB,BOPTIMP\n2024-11,-78,378\n2025-01,-131,433\n2024-12,-98,399\n',
        wide,
      ),
    );
    expect(error.message).toBe(
      'content/data/series/wide.csv, line 4, column 1 (period): 2024-12 comes after 2025-01; rows must be in time order',
    );
  });

  it('in a long file, per key: keys may interleave, but each key’s years go forward', () => {
    const table = readTable(
      'year,scope,balance_musd\n2024,goods,-1200\n2024,services,300\n2025,goods,-1250\n2025,services,310\n',
      long,
    );
    expect(values(observations(table, 'balance_musd', 'goods'))).toEqual([-1200, -1250]);

    const repeated = parseError(() =>
      readTable(
        'year,scope,balance_musd\n2024,goods,-1200\n2024,services,300\n2024,goods,-1\n',
        long,
      ),
    );
    expect(repeated.message).toBe(
      'content/data/series/long.csv, line 4, column 1 (year): 2024 (goods) appears twice',
    );

    const backwards = parseError(() =>
      readTable(
        'year,scope,balance_musd\n2025,goods,-1250\n2024,services,300\n2024,goods,-1\n',
        long,
      ),
    );
    expect(backwards.line).toBe(4);
    expect(backwards.reason).toBe('2024 comes after 2025; rows must be in time order');
  });
});

describe('observations and keysOf, a long file', () => {
  const table = readTable(
    [
      'year,scope,balance_musd',
      '2024,goods,-1200',
      '2024,goods_services,-900',
      '2024,services,300',
      '2025,services,310',
      '2025,goods,-1250',
    ].join('\n'),
    long,
  );

  it('lists the keys in the order they first appear', () => {
    expect(keysOf(table)).toEqual(['goods', 'goods_services', 'services']);
  });

  it('gives one key’s values in time order, with their lines', () => {
    expect(rows(observations(table, 'balance_musd', 'services'))).toEqual([
      { period: '2024', value: 300, line: 4 },
      { period: '2025', value: 310, line: 5 },
    ]);
  });

  it('gives nothing for a key the file does not have, or without a key', () => {
    expect(observations(table, 'balance_musd', 'CHN')).toEqual([]);
    expect(observations(table, 'balance_musd')).toEqual([]);
  });
});
