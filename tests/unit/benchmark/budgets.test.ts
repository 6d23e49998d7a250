import { describe, expect, it } from 'vitest';
import {
  loadedJsBytes,
  missesOf,
  TARGETS,
  type JudgedPage,
} from '../../../scripts/benchmark/budgets';
import type { Medians } from '../../../scripts/benchmark/stats';

const medianOf = (overrides: Partial<Medians> = {}): Medians => ({
  scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
  fcp: 800,
  lcp: 1000,
  tbt: 0,
  cls: 0,
  transferBytes: 10_000,
  jsBytes: 5000,
  jsBodyBytes: 4000,
  ...overrides,
});

const page = (overrides: Partial<JudgedPage> = {}): JudgedPage => ({
  isFloor: false,
  median: medianOf(),
  lcpRatio: 1,
  inlineJsBytes: 500,
  allJsBytes: 6000,
  ...overrides,
});

describe('the targets', () => {
  it('are 100 everywhere, LCP within 15% of the floor and 20 KB of JavaScript', () => {
    expect(TARGETS).toEqual({ score: 100, lcpRatio: 1.15, jsBytes: 20 * 1024 });
  });
});

describe('loadedJsBytes', () => {
  it('adds the inline scripts to the gzip bodies of the script files', () => {
    expect(loadedJsBytes(page())).toBe(4500);
    expect(loadedJsBytes(page({ inlineJsBytes: null }))).toBe(4000);
  });

  it('is unknown without a run', () => {
    expect(loadedJsBytes(page({ median: null }))).toBeNull();
  });
});

describe('missesOf', () => {
  it('is empty for a page that meets every target, right at each limit', () => {
    expect(missesOf(page({ lcpRatio: TARGETS.lcpRatio, allJsBytes: TARGETS.jsBytes }))).toEqual([]);
  });

  it('names each score below 100, a missing score, a slow LCP and each JavaScript total over', () => {
    const slow = page({
      median: medianOf({
        scores: { performance: 97, accessibility: null, 'best-practices': 100, seo: 100 },
        jsBodyBytes: 21 * 1024,
      }),
      lcpRatio: 1.2,
      inlineJsBytes: 0,
      allJsBytes: 30 * 1024,
    });
    expect(missesOf(slow)).toEqual([
      'performance 97',
      'accessibility –',
      'LCP 1.20× floor',
      'JS 21.0 KB',
      'all JS 30.0 KB',
    ]);
  });

  it('never judges the floor against itself', () => {
    expect(missesOf(page({ isFloor: true, lcpRatio: 3 }))).toEqual([]);
  });

  it('says so when a page had no successful run', () => {
    expect(missesOf(page({ median: null }))).toEqual(['no successful run']);
  });
});
