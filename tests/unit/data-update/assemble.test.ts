import { describe, expect, it } from 'vitest';
import { parsePeriodKey } from '../../../src/logic/data/period';
import { assemble, templateOf, type LayoutColumn } from '../../../src/logic/data/update/assemble';
import { readFredCsv, type FredSeries } from '../../../src/logic/data/update/fred-csv';
import { formatPeriod, periodStyleOf } from '../../../src/logic/data/update/period-style';
import type { Frequency } from '../../../src/logic/data/period';
import { asFred, fixture, TRADE } from './fixtures';

const column = (name: string, fred?: string): LayoutColumn =>
  fred === undefined ? { name, role: 'period' } : { name, role: 'value', fred };

function download(text: string, frequency: Frequency): FredSeries {
  const outcome = readFredCsv(text, { source: 'test', frequency });
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.value;
}

/** Splits a real file into FRED downloads and lays them out again as the file. */
function roundTrip(file: string, frequency: Frequency, columns: LayoutColumn[]) {
  const text = fixture(file);
  const template = templateOf({ id: file, frequency, columns }, text);
  if (!template.ok) throw new Error(template.problem);
  const downloads = new Map(
    columns.flatMap((item) =>
      item.fred === undefined
        ? []
        : [[item.fred, download(asFred(file, item.name, item.fred), frequency)] as const],
    ),
  );
  return { text, result: assemble(template.value, downloads), template: template.value };
}

describe('periodStyleOf and formatPeriod', () => {
  it.each([
    ['2026-06', 'monthly', 'month', '2026-06'],
    ['2026-06-01', 'monthly', 'first-day', '2026-06-01'],
    ['2026-Q2', 'quarterly', 'dashed-quarter', '2026-Q2'],
    ['2026Q2', 'quarterly', 'quarter', '2026-Q2'],
    ['2026-04-01', 'quarterly', 'first-day', '2026-04-01'],
    ['2025', 'annual', 'year', '2025'],
    ['FY2025', 'fiscal-year', 'fiscal-key', 'FY2025'],
    ['2025-09-30', 'fiscal-year', 'last-day', '2025-09-30'],
  ] as const)('%s (%s) is written %s', (cell, frequency, style, key) => {
    expect(periodStyleOf(cell, frequency)).toBe(style);
    const period = parsePeriodKey(
      frequency === 'quarterly'
        ? '2026Q2'
        : frequency === 'monthly'
          ? '2026-06'
          : frequency === 'annual'
            ? '2025'
            : 'FY2025',
    );
    if (!period) throw new Error('no period');
    expect(formatPeriod(period, style)).toBe(style === 'quarter' ? '2026Q2' : key);
  });

  it('writes a fiscal year before 1977 as June 30', () => {
    const period = parsePeriodKey('FY1976');
    expect(period && formatPeriod(period, 'last-day')).toBe('1976-06-30');
  });
});

describe('assemble', () => {
  it('rebuilds the trade file byte for byte from its three FRED downloads', () => {
    const { text, result } = roundTrip(`${TRADE}.csv`, 'monthly', [
      column('period'),
      column('BOPGSTB', 'BOPGSTB'),
      column('BOPTEXP', 'BOPTEXP'),
      column('BOPTIMP', 'BOPTIMP'),
    ]);
    expect(result.ok && result.value.text).toBe(text);
  });

  it.each([
    ['gdp-quarterly-1970q1-to-2026q2-vintage-2026-08.csv', 'quarterly', 'period', 'GDP', 'GDP'],
    ['federal-surplus-deficit-fy1970-2025.csv', 'fiscal-year', 'date', 'value', 'FYFSD'],
    [
      'debt-held-by-foreign-investors-quarterly-1970q1-to-2025q3.csv',
      'quarterly',
      '',
      'FDHBFIN',
      'FDHBFIN',
    ],
    ['total-public-debt-quarterly-1970q1-to-2026q1.csv', 'quarterly', 'date', 'value', 'GFDEBTN'],
  ] as const)('rebuilds %s byte for byte', (file, frequency, period, name, fred) => {
    const { text, result } = roundTrip(file, frequency, [column(period), column(name, fred)]);
    expect(result.ok && result.value.text).toBe(text);
  });

  it('leaves out what FRED serves before the file begins', () => {
    const { template } = roundTrip(
      'total-public-debt-quarterly-1970q1-to-2026q1.csv',
      'quarterly',
      [column('date'), column('value', 'GFDEBTN')],
    );
    // The 1966 download begins four years earlier and ends a year before: refused for ending early.
    const older = download(fixture('total-public-debt-quarterly-1966-2025q1.csv'), 'quarterly');
    const result = assemble(template, new Map([['GFDEBTN', older]]));
    expect(result.ok ? '' : result.problem).toContain(
      'stops at the first quarter of 2025, before the first quarter of 2026, the last period the site already holds',
    );
    const past = assemble(template, new Map([['GFDEBTN', older]]), { reachEnd: false });
    expect(past.ok && past.value.text.split('\n')[1]).toBe('1970-01-01,372007');
  });

  it('refuses a download that begins after the file', () => {
    const { template } = roundTrip(`${TRADE}.csv`, 'monthly', [
      column('period'),
      column('BOPGSTB', 'BOPGSTB'),
    ]);
    const late = download('observation_date,BOPGSTB\n1993-01-01,1\n', 'monthly');
    const result = assemble(template, new Map([['BOPGSTB', late]]));
    expect(result.ok ? '' : result.problem).toContain('begins at January 1993, after January 1992');
  });

  it('refuses a file with a column FRED does not serve', () => {
    const text = 'date,a,b\n2020-01-01,1,2\n';
    const template = templateOf(
      {
        id: 'x',
        frequency: 'monthly',
        columns: [column('date'), column('a', 'A'), { name: 'b', role: 'value' }],
      },
      text,
    );
    if (!template.ok) throw new Error(template.problem);
    const result = assemble(
      template.value,
      new Map([['A', download('observation_date,A\n2020-01-01,1\n', 'monthly')]]),
    );
    expect(result.ok ? '' : result.problem).toContain(
      'no download for its column "b" (it names no FRED series)',
    );
  });
});
