import { describe, expect, it } from 'vitest';
import { median, medians, type RunFigures } from '../../../scripts/benchmark/stats';

describe('median', () => {
  it('takes the middle value of an odd count, the mean of the two middle ones of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores nulls and values that are not finite, and is null when nothing is left', () => {
    expect(median([null, 5, undefined, Number.NaN, Infinity])).toBe(5);
    expect(median([null, undefined])).toBeNull();
    expect(median([])).toBeNull();
  });
});

const run = (lcp: number | null, performance: number | null): RunFigures => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  fcp: 100,
  lcp,
  tbt: 0,
  cls: 0,
  transferBytes: 1000,
  jsBytes: 0,
  jsBodyBytes: 0,
});

describe('medians', () => {
  it('takes each metric and each score over the runs on its own', () => {
    const result = medians([run(900, 98), run(1100, null), run(1000, 100)]);
    expect(result.lcp).toBe(1000);
    expect(result.scores.performance).toBe(99);
    expect(result.scores.seo).toBe(100);
    expect(result.transferBytes).toBe(1000);
  });
});
