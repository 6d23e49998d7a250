import { describe, expect, it } from 'vitest';
import { parsePeriodKey, type Period } from '../../../src/logic/data/period';
import {
  dayWords,
  releaseWords,
  retitle,
  vintageId,
  vintageTitle,
} from '../../../src/logic/data/update/naming';

const p = (key: string): Period => {
  const period = parsePeriodKey(key);
  if (!period) throw new Error(`not a period: ${key}`);
  return period;
};

describe('vintageId', () => {
  it.each([
    [
      'trade-monthly-balance-exports-imports-1992-01-to-2026-06-vintage-2026-08',
      ['1992-01', '2026-06', '2026-08'],
      'trade-monthly-balance-exports-imports-1992-01-to-2026-08-vintage-2026-10',
    ],
    [
      'gdp-quarterly-1970q1-to-2026q2-vintage-2026-08',
      ['1970Q1', '2026Q2', '2026Q3'],
      'gdp-quarterly-1970q1-to-2026q3-vintage-2026-10',
    ],
    [
      'total-public-debt-quarterly-1970q1-to-2026q1',
      ['1970Q1', '2026Q1', '2026Q2'],
      'total-public-debt-quarterly-1970q1-to-2026q2-vintage-2026-10',
    ],
    [
      'federal-surplus-deficit-fy1970-2025',
      ['FY1970', 'FY2025', 'FY2026'],
      'federal-surplus-deficit-fy1970-2026-vintage-2026-10',
    ],
    [
      'trade-balance-monthly-vintage-2025-03',
      ['1992-01', '2024-12', '2025-03'],
      'trade-balance-monthly-vintage-2026-10',
    ],
  ])('%s → its next vintage', (id, [start = '', end = '', next = ''], expected) => {
    expect(vintageId(id, { start: p(start), end: p(end) }, p(next), '2026-10')).toBe(expected);
  });

  it('takes the day when the month is not enough', () => {
    expect(
      vintageId(
        'trade-balance-monthly-vintage-2025-03',
        { start: p('1992-01'), end: p('2024-12') },
        p('2025-03'),
        '2025-06-15',
      ),
    ).toBe('trade-balance-monthly-vintage-2025-06-15');
  });
});

describe('titles and words', () => {
  it('moves the last period of a title', () => {
    expect(
      retitle('U.S. trade … goods and services, 1992 to June 2026', p('2026-06'), p('2026-08')),
    ).toBe('U.S. trade … goods and services, 1992 to August 2026');
    expect(
      retitle(
        'U.S. gross domestic product by quarter, 1970 to the second quarter of 2026',
        p('2026Q2'),
        p('2026Q3'),
      ),
    ).toBe('U.S. gross domestic product by quarter, 1970 to the third quarter of 2026');
    expect(
      retitle(
        'Federal budget surplus or deficit by fiscal year, 1970–2025',
        p('FY2025'),
        p('FY2026'),
      ),
    ).toBe('Federal budget surplus or deficit by fiscal year, 1970–2026');
    expect(retitle('A title without a span', p('2026-06'), p('2026-08'))).toBe(
      'A title without a span',
    );
  });

  it('titles a past vintage by its day', () => {
    expect(
      vintageTitle(
        'U.S. goods and services trade balance by month, after the June 2025 annual revision',
        '2025-06-15',
      ),
    ).toBe('U.S. goods and services trade balance by month, as published on 15 June 2025');
  });

  it('writes days and releases in words', () => {
    expect(dayWords('2026-10-05')).toBe('5 October 2026');
    expect(releaseWords('2026-10-05')).toBe('October 2026');
  });
});
