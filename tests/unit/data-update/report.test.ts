import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src/logic/data/catalog';
import { parsePeriodKey, type Period } from '../../../src/logic/data/period';
import {
  describeNewPeriods,
  describeRevisions,
  figureChanges,
  figuresCheck,
  runChecks,
  sectionLines,
} from '../../../src/logic/data/update/report';
import type { Figure } from '../../../src/schemas/figure';

const p = (key: string): Period => {
  const period = parsePeriodKey(key);
  if (!period) throw new Error(`not a period: ${key}`);
  return period;
};

const figure = (id: string, value: number, period: string): Figure => ({
  id,
  label: id,
  unit: 'usd-millions',
  value,
  period,
  vintage: 'test',
  source: { kind: 'release', publisher: 'test', title: 'test', url: 'https://example.org/' },
});

describe('describeNewPeriods', () => {
  it.each([
    [[], 'No new periods.'],
    [['2026-07'], '1 new month: July 2026.'],
    [['2026-07', '2026-08'], '2 new months: July and August 2026.'],
    [
      ['2026-11', '2026-12', '2027-01'],
      '3 new months: November 2026, December 2026 and January 2027.',
    ],
    [['2026-01', '2026-02', '2026-03', '2026-04'], '4 new months: January to April 2026.'],
    [['2026Q3'], '1 new quarter: the third quarter of 2026.'],
    [['FY2026'], '1 new fiscal year: fiscal year 2026.'],
  ])('%j', (keys, words) => {
    expect(describeNewPeriods(keys.map(p))).toBe(words);
  });
});

describe('describeRevisions', () => {
  it('lists the biggest revisions first, money in billions', () => {
    const revisions = [
      { column: 'BOPGSTB', period: p('2026-05'), from: -77647, to: -77000 },
      { column: 'BOPGSTB', period: p('2026-06'), from: -73261, to: -75261.5 },
      { column: 'BOPTEXP', period: p('2026-06'), from: 314728, to: 314729 },
    ];
    expect(describeRevisions(revisions, () => 'usd-millions', 2)).toEqual([
      '2 months revised; the biggest revisions:',
      '  BOPGSTB, June 2026: −73.261 → −75.262 billion (−2.001)',
      '  BOPGSTB, May 2026: −77.647 → −77.000 billion (+0.647)',
    ]);
    expect(describeRevisions([], () => undefined)).toEqual(['No period revised.']);
  });

  it('writes percents as percents', () => {
    const lines = describeRevisions(
      [{ column: 'value', period: p('2026Q1'), from: 122.59387, to: 122.6 }],
      () => 'percent',
    );
    expect(lines[1]).toBe('  value, the first quarter of 2026: 122.59387 → 122.6% (+0.00613)');
  });
});

describe('the figures check', () => {
  it('lists a figure whose printed value or period changes', () => {
    const before = [
      figure('a', -73261, '2026-06'),
      figure('b', -918416, '2024'),
      figure('c', 1, '2024'),
    ];
    const after = [
      figure('a', -70123, '2026-07'),
      figure('b', -918400, '2024'),
      figure('c', 1, '2024'),
    ];
    expect(figureChanges(before, after)).toEqual([
      'a: −$73.3 billion (June 2026) → −$70.1 billion (July 2026)',
    ]);
  });

  it('is a section over the catalogs before and after, with problems that stop the writing', () => {
    const before = new Catalog([]);
    const after = new Catalog([]);
    const resolve = (catalog: Catalog) => {
      if (catalog === after) throw new Error('figure "a": no value for 2026-06');
      return [figure('a', 1, '2026-06')];
    };
    const [section] = runChecks([figuresCheck(resolve)], before, after);
    expect(section?.problems).toEqual([
      'With the new file the site\'s figures would not resolve: figure "a": no value for 2026-06',
    ]);
    const [same] = runChecks([figuresCheck(() => [figure('a', 1, '2026-06')])], before, after);
    expect(same && sectionLines(same)).toEqual([
      'Figures on the site whose printed value would change:',
      '  none',
    ]);
  });
});
