import { describe, expect, it } from 'vitest';
import {
  byTime,
  describePeriod,
  makePeriod,
  parsePeriodKey,
  partsOfYear,
  periodLabel,
  periodsBetween,
  readPeriodCell,
  samePeriod,
  shiftPeriod,
  spanLabel,
  type Frequency,
  type Period,
} from '../../../src/logic/data/period';

/** The key a cell reads as, or the reason it is refused, so each case is one line. */
function read(text: string, frequency: Frequency): string {
  const result = readPeriodCell(text, frequency);
  return result.ok ? result.period.key : `refused: ${result.reason}`;
}

/** A period from its canonical key; fails the test when the key is not one. */
function key(text: string): Period {
  const period = parsePeriodKey(text);
  if (!period) throw new Error(`"${text}" is not a period key`);
  return period;
}

const keys = (periods: readonly Period[]) => periods.map((period) => period.key);

describe('period keys', () => {
  it('are "2024", "2024Q2", "2024-06" and "FY2024", one for each frequency', () => {
    expect(makePeriod('annual', 2024).key).toBe('2024');
    expect(makePeriod('quarterly', 2024, 2).key).toBe('2024Q2');
    expect(makePeriod('monthly', 2024, 6).key).toBe('2024-06');
    expect(makePeriod('fiscal-year', 2024).key).toBe('FY2024');
  });

  it('read back into the period they were made from', () => {
    for (const period of [
      makePeriod('annual', 1991),
      makePeriod('quarterly', 1970, 4),
      makePeriod('monthly', 2026, 1),
      makePeriod('fiscal-year', 1976),
    ]) {
      expect(parsePeriodKey(period.key)).toEqual(period);
    }
  });

  it('count consecutive periods one apart, across a year', () => {
    expect(key('2025-01').index - key('2024-12').index).toBe(1);
    expect(key('2025Q1').index - key('2024Q4').index).toBe(1);
    expect(key('2025').index - key('2024').index).toBe(1);
  });

  it('are not months 00 or 13, nor quarter 5, nor other text', () => {
    expect(parsePeriodKey('2024-00')).toBeUndefined();
    expect(parsePeriodKey('2024-13')).toBeUndefined();
    expect(parsePeriodKey('2024Q5')).toBeUndefined();
    expect(parsePeriodKey('2024-06-01')).toBeUndefined();
    expect(parsePeriodKey('latest')).toBeUndefined();
    expect(parsePeriodKey('')).toBeUndefined();
  });
});

describe('readPeriodCell', () => {
  it('reads a month as YYYY-MM or as FRED writes it, the first of the month', () => {
    expect(read('2024-06', 'monthly')).toBe('2024-06');
    expect(read('2024-06-01', 'monthly')).toBe('2024-06');
    expect(read(' 1992-01-01 ', 'monthly')).toBe('1992-01');
  });

  it('refuses a month written as another day, an impossible date or a year', () => {
    expect(read('2024-06-15', 'monthly')).toBe(
      'refused: "2024-06-15" is not a month (write 2024-06 or the month\'s first day, 2024-06-01)',
    );
    expect(read('2024-13-01', 'monthly')).toMatch(/^refused: "2024-13-01" is not a month/);
    expect(read('2024', 'monthly')).toMatch(/^refused/);
    expect(read('2024Q2', 'monthly')).toMatch(/^refused/);
  });

  it('reads a quarter as 2024Q2, 2024-Q2 or the first day of its first month', () => {
    expect(read('2024Q2', 'quarterly')).toBe('2024Q2');
    expect(read('1970-Q1', 'quarterly')).toBe('1970Q1');
    expect(read('2024-01-01', 'quarterly')).toBe('2024Q1');
    expect(read('2024-04-01', 'quarterly')).toBe('2024Q2');
    expect(read('2024-07-01', 'quarterly')).toBe('2024Q3');
    expect(read('2024-10-01', 'quarterly')).toBe('2024Q4');
  });

  it('refuses a quarter dated in its second or third month, or quarter 5', () => {
    expect(read('2024-05-01', 'quarterly')).toBe(
      'refused: "2024-05-01" is not a quarter (write 2024Q2 or the quarter\'s first day: January, April, July or October 1)',
    );
    expect(read('2024-04-02', 'quarterly')).toMatch(/^refused/);
    expect(read('2024Q5', 'quarterly')).toMatch(/^refused/);
    expect(read('2024-06', 'quarterly')).toMatch(/^refused/);
  });

  it('reads a year only as four digits', () => {
    expect(read('2024', 'annual')).toBe('2024');
    expect(read('2024-01-01', 'annual')).toBe('refused: "2024-01-01" is not a four-digit year');
    expect(read('FY2024', 'annual')).toMatch(/^refused/);
    expect(read('24', 'annual')).toMatch(/^refused/);
  });

  it('reads a fiscal year as FY2024 or its last day: June 30 until 1976', () => {
    expect(read('FY2024', 'fiscal-year')).toBe('FY2024');
    expect(read('1970-06-30', 'fiscal-year')).toBe('FY1970');
    expect(read('1976-06-30', 'fiscal-year')).toBe('FY1976');
  });

  it('and September 30 from 1977', () => {
    expect(read('1977-09-30', 'fiscal-year')).toBe('FY1977');
    expect(read('2025-09-30', 'fiscal-year')).toBe('FY2025');
  });

  it('refuses the 1976 transition quarter, which ended on September 30, 1976', () => {
    expect(read('1976-09-30', 'fiscal-year')).toBe(
      'refused: "1976-09-30" is not the last day of a fiscal year (June 30 until 1976, September 30 from 1977)',
    );
  });

  it('refuses a fiscal year ending on the day the other rule gives, or on any other day', () => {
    expect(read('1977-06-30', 'fiscal-year')).toMatch(/^refused/);
    expect(read('1975-09-30', 'fiscal-year')).toMatch(/^refused/);
    expect(read('2024-12-31', 'fiscal-year')).toMatch(/^refused/);
    expect(read('2024', 'fiscal-year')).toMatch(/^refused/);
  });
});

describe('shiftPeriod', () => {
  it('moves months and quarters across the turn of a year, both ways', () => {
    expect(shiftPeriod(key('2024-12'), 1).key).toBe('2025-01');
    expect(shiftPeriod(key('2025-01'), -1).key).toBe('2024-12');
    expect(shiftPeriod(key('2025-06'), -12).key).toBe('2024-06');
    expect(shiftPeriod(key('2025-03'), -27).key).toBe('2022-12');
    expect(shiftPeriod(key('2024Q4'), 1).key).toBe('2025Q1');
    expect(shiftPeriod(key('2025Q1'), -5).key).toBe('2023Q4');
  });

  it('moves years and fiscal years by whole years, keeping the frequency', () => {
    expect(shiftPeriod(key('2024'), -1)).toEqual(key('2023'));
    expect(shiftPeriod(key('FY2000'), 2)).toEqual(key('FY2002'));
  });

  it('gives back a period equal to the one it was made from', () => {
    expect(shiftPeriod(key('2025-06'), -3)).toEqual(makePeriod('monthly', 2025, 3));
    expect(shiftPeriod(key('2025-06'), 0)).toEqual(key('2025-06'));
  });
});

describe('periodsBetween', () => {
  it('lists every period from one to the other, both included', () => {
    expect(keys(periodsBetween(key('2024-11'), key('2025-02')))).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    expect(keys(periodsBetween(key('2025Q2'), key('2025Q2')))).toEqual(['2025Q2']);
  });

  it('is empty when the end comes first', () => {
    expect(periodsBetween(key('2025-02'), key('2024-11'))).toEqual([]);
  });

  it('refuses to count between two kinds of period', () => {
    expect(() => periodsBetween(key('2024'), key('2024-06'))).toThrow(
      'cannot count from 2024 to 2024-06: different kinds of period',
    );
  });
});

describe('partsOfYear', () => {
  it('gives the twelve months or four quarters of a calendar year', () => {
    expect(keys(partsOfYear('quarterly', 2025))).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    const months = partsOfYear('monthly', 2024);
    expect(months).toHaveLength(12);
    expect(months[0]?.key).toBe('2024-01');
    expect(months.at(-1)?.key).toBe('2024-12');
  });
});

describe('samePeriod and byTime', () => {
  it('tell the same period from one of another kind with the same number', () => {
    expect(samePeriod(key('2024'), makePeriod('annual', 2024))).toBe(true);
    // A year and a fiscal year count the same way, but are not the same period.
    expect(samePeriod(key('2024'), key('FY2024'))).toBe(false);
  });

  it('sort periods in time order', () => {
    expect(keys([key('2025-01'), key('2023-12'), key('2024-06')].sort(byTime))).toEqual([
      '2023-12',
      '2024-06',
      '2025-01',
    ]);
  });
});

describe('periodLabel', () => {
  it('writes each kind of period in words', () => {
    expect(periodLabel(key('2026-06'))).toBe('June 2026');
    expect(periodLabel(key('2026-01'))).toBe('January 2026');
    expect(periodLabel(key('2026Q2'))).toBe('the second quarter of 2026');
    expect(periodLabel(key('2025Q4'))).toBe('the fourth quarter of 2025');
    expect(periodLabel(key('2024'))).toBe('2024');
    expect(periodLabel(key('FY2024'))).toBe('fiscal year 2024');
  });
});

describe('spanLabel', () => {
  it('names the year once for months of one year, twice across years', () => {
    expect(spanLabel(key('2026-01'), key('2026-06'))).toBe('January to June 2026');
    expect(spanLabel(key('2025-03'), key('2026-06'))).toBe('March 2025 to June 2026');
  });

  it('writes a span of years or fiscal years with an en dash', () => {
    expect(spanLabel(key('1991'), key('2025'))).toBe('1991–2025');
    expect(spanLabel(key('FY1998'), key('FY2001'))).toBe('fiscal years 1998–2001');
  });

  it('writes a span of quarters in full, and a span of one period as that period', () => {
    expect(spanLabel(key('2024Q3'), key('2025Q2'))).toBe(
      'the third quarter of 2024 to the second quarter of 2025',
    );
    expect(spanLabel(key('2026-06'), key('2026-06'))).toBe('June 2026');
  });
});

describe('describePeriod', () => {
  it('writes a figure’s period, one period or a span, in words', () => {
    expect(describePeriod('2026-06')).toBe('June 2026');
    expect(describePeriod('1991/2025')).toBe('1991–2025');
    expect(describePeriod('2026-01/2026-06')).toBe('January to June 2026');
    expect(describePeriod('2025-04/2026-06')).toBe('April 2025 to June 2026');
    expect(describePeriod('FY2000')).toBe('fiscal year 2000');
  });

  it('leaves a date, a mixed span or other text as it is', () => {
    expect(describePeriod('2025-03-31')).toBe('2025-03-31');
    expect(describePeriod('2024/2025-06')).toBe('2024/2025-06');
    expect(describePeriod('2024/soon')).toBe('2024/soon');
    expect(describePeriod('recent')).toBe('recent');
  });
});
