import { describe, expect, it } from 'vitest';
import { fredShape, readFredCsv, readPoints } from '../../../src/logic/data/update/fred-csv';
import { asFred, REVISED, fixture } from './fixtures';

const read = (text: string, extra: Partial<Parameters<typeof readFredCsv>[1]> = {}) =>
  readFredCsv(text, { source: 'BOPGSTB.csv', frequency: 'monthly', ...extra });

const problem = (outcome: ReturnType<typeof readFredCsv>) => (outcome.ok ? '' : outcome.problem);

describe('fredShape', () => {
  it('knows the header shapes FRED has used', () => {
    expect(fredShape(['observation_date', 'BOPGSTB'])).toEqual({ id: 'BOPGSTB' });
    expect(fredShape(['DATE', 'BOPGSTB'])).toEqual({ id: 'BOPGSTB' });
    expect(fredShape(['date', 'value'], 'GDP.csv')).toEqual({ id: 'GDP' });
    expect(fredShape(['observation_date', 'BOPGSTB_20250615'])).toEqual({
      id: 'BOPGSTB',
      vintage: '2025-06-15',
    });
  });

  it('does not take other files for FRED downloads', () => {
    expect(
      fredShape(['date', 'value'], 'net-exports-nipa-quarterly-1959q1-to-2026q1.csv'),
    ).toBeUndefined();
    expect(fredShape(['period', 'BOPGSTB', 'BOPTEXP'])).toBeUndefined();
    expect(fredShape(['year', 'BN.CAB.XOKA.GD.ZS'])).toBeUndefined();
    expect(fredShape(['date', 'goods_balance'])).toBeUndefined();
  });
});

describe('readFredCsv', () => {
  it('reads a real download, keeping each value as FRED wrote it', () => {
    const outcome = read(fixture(`${REVISED}.csv`));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.id).toBe('BOPGSTB');
    expect(outcome.value.points).toHaveLength(399);
    expect(outcome.value.points.at(-1)).toMatchObject({ text: '-138316', line: 400 });
    expect(outcome.value.points.at(-1)?.period.key).toBe('2025-03');
  });

  it('accepts CRLF line ends, a BOM and "." before the series begins', () => {
    const text =
      '\uFEFFobservation_date,BOPGSTB\r\n1991-12-01,.\r\n1992-01-01,-2026\r\n1992-02-01,-831\r\n';
    const outcome = read(text);
    expect(outcome.ok && outcome.value.points.map((point) => point.text)).toEqual([
      '-2026',
      '-831',
    ]);
  });

  it('reads quarters and fiscal years as FRED dates them', () => {
    const gdp = readFredCsv(asFred('gdp-quarterly-1970q1-to-2026q2-vintage-2026-08.csv', 'GDP'), {
      source: 'GDP',
      frequency: 'quarterly',
    });
    expect(gdp.ok && gdp.value.points.at(-1)?.period.key).toBe('2026Q2');
    const deficits = readFredCsv(fixture('federal-surplus-deficit-fy1901-2024.csv'), {
      source: 'FYFSD',
      frequency: 'fiscal-year',
    });
    expect(deficits.ok && deficits.value.points.map((point) => point.period.key).slice(-2)).toEqual(
      ['FY2023', 'FY2024'],
    );
  });

  it('names the series of a date,value file after the file', () => {
    const outcome = read('date,value\n2025-01-01,1\n', { fileName: 'BOPGSTB.csv', id: 'BOPGSTB' });
    expect(outcome.ok).toBe(true);
  });

  it.each([
    ['', 'is empty'],
    ['<!DOCTYPE html><html></html>\n', 'is a web page, not a CSV file'],
    [
      'observation_date,BOPGSTB\n1992-01-01,-20',
      'ends in the middle of a line, without the final line break: the download was cut short.',
    ],
    [
      'observation_date,BOPGSTB\n1992-01-01,-2026\n1992-02-01\n',
      'ends with an incomplete row (line 3): the download was cut short.',
    ],
    ['observation_date,BOPGSTB,BOPTEXP\n1992-01-01,1,2\n', 'is not shaped like a FRED download'],
    ['observation_date,BOPTEXP\n1992-01-01,1\n', 'holds the FRED series BOPTEXP, not BOPGSTB.'],
    ['observation_date,BOPGSTB\n1992-01-15,1\n', 'line 2: "1992-01-15" is not a month'],
    [
      'observation_date,BOPGSTB\n1992-01-01,1\n1992-03-01,2\n',
      'the rows jump from 1992-01 to 1992-03, so a period is missing.',
    ],
    ['observation_date,BOPGSTB\n1992-01-01,1\n1992-01-01,2\n', 'line 3: 1992-01 appears twice.'],
    [
      'observation_date,BOPGSTB\n1992-02-01,1\n1992-01-01,2\n',
      '1992-01 comes after 1992-02; rows must be in time order.',
    ],
    [
      'observation_date,BOPGSTB\n1992-01-01,1\n1992-02-01,.\n1992-03-01,3\n',
      'the value for February 1992 is missing (".") inside the series',
    ],
    ['observation_date,BOPGSTB\n1992-01-01,1,2\n', 'ends with an incomplete row'],
    ['observation_date,BOPGSTB\n1992-01-01,n/a\n', '"n/a" is not a number.'],
    ['observation_date,BOPGSTB\n1992-01-01,.\n', 'holds no values.'],
  ])('refuses %j: %s', (text, words) => {
    expect(problem(read(text, { id: 'BOPGSTB' }))).toContain(words);
  });

  it('checks the vintage ALFRED names in its header', () => {
    const text = 'observation_date,BOPGSTB_20250615\n2025-01-01,1\n';
    expect(read(text, { id: 'BOPGSTB', vintage: '2025-06-15' }).ok).toBe(true);
    expect(problem(read(text, { id: 'BOPGSTB', vintage: '2025-07-01' }))).toContain(
      "is not ALFRED's vintage of 2025-07-01",
    );
  });
});

describe('readPoints', () => {
  it('reads the cells of any file with FRED rules', () => {
    const outcome = readPoints(
      [
        { line: 2, date: '2025Q4', value: '1.5' },
        { line: 3, date: '2026-01-01', value: '2' },
      ],
      'file',
      'quarterly',
    );
    expect(outcome.ok && outcome.value.map((point) => point.period.key)).toEqual([
      '2025Q4',
      '2026Q1',
    ]);
  });
});
