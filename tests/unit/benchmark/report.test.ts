import { describe, expect, it } from 'vitest';
import type { MeasuredRun, PageResult } from '../../../scripts/benchmark/page-result';
import { summarize, summaryLines, table, whyLines } from '../../../scripts/benchmark/report';
import type { Medians } from '../../../scripts/benchmark/stats';

const scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
const median: Medians = {
  scores,
  fcp: 812.4,
  lcp: 1000,
  tbt: 0,
  cls: 0.0004,
  transferBytes: 10_240,
  jsBytes: 2048,
  jsBodyBytes: 1024,
};

const failingRun = (failing: MeasuredRun['failing']): MeasuredRun => ({
  ...median,
  jsBodyBytes: 1024,
  transferBytes: 10_240,
  jsBytes: 2048,
  speedIndex: null,
  scripts: [],
  bytesByType: {},
  requests: 3,
  lcpElement: null,
  failing,
  errored: [],
  warnings: [],
  benchmarkIndex: null,
  finalUrl: null,
});

const page = (label: string, overrides: Partial<PageResult> = {}): PageResult => ({
  label,
  url: `http://127.0.0.1${label}`,
  isFloor: false,
  median,
  lcpRatio: 1.1,
  inlineJsBytes: 512,
  allJsBytes: 4096,
  allJsFiles: 2,
  startedJsBytes: 8192,
  runs: [],
  errors: [],
  misses: [],
  ...overrides,
});

describe('table', () => {
  it('lines up a header, a rule and one row per page, marking each miss with ✗', () => {
    const lines = table([
      page('/'),
      page('/quiz/', {
        median: { ...median, scores: { ...scores, performance: 97 } },
        lcpRatio: 1.3,
        allJsBytes: 21 * 1024,
      }),
      page('floor (basics)', { isFloor: true, lcpRatio: null }),
      page('/broken/', { median: null }),
    ]);
    expect(lines).toHaveLength(6);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[0]).toMatch(/^page\s+perf\s+a11y\s+b-p\s+seo\s+FCP ms/);
    expect(lines[1]).toMatch(/^-+ {2}-+/);
    expect(lines[2]).toMatch(
      /^\/ .* 100 {2}.* 812 .* 1000 .* 0\.000 .* 10\.0 .* 2\.0 .* 1\.5 .* 1\.10 $/,
    );
    expect(lines[3]).toContain('97✗');
    expect(lines[3]).toContain('21.0✗');
    expect(lines[3]).toMatch(/1\.30✗$/);
    expect(lines[4]).toMatch(/1\.00 $/);
    expect(lines[5]).toMatch(/^\/broken\/\s+–(\s+–){15}$/);
  });
});

describe('summarize and summaryLines', () => {
  it('judges every page but the floor, and names the heaviest', () => {
    const summary = summarize([
      page('/'),
      page('/lessons/a/', { allJsBytes: 9000, inlineJsBytes: 2000 }),
      page('floor (a)', { isFloor: true, allJsBytes: 99_999, lcpRatio: 9 }),
    ]);
    expect(summary).toEqual({
      allScores100: true,
      pagesBelow100: [],
      lcpWithinFloorTarget: true,
      pagesOverLcpTarget: [],
      heaviestPage: { page: '/lessons/a/', jsBytes: 3024 },
      heaviestWithinJsTarget: true,
      heaviestPageAllJs: { page: '/lessons/a/', jsBytes: 9000 },
      heaviestAllJsWithinTarget: true,
    });
    expect(summaryLines(summary)).toEqual([
      '  met  100 in all four categories',
      '  met  LCP within 15% of the floor',
      '  met  heaviest page ≤ 20 KB JS gzip, as loaded by Lighthouse: /lessons/a/ 3.0 KB',
      '  met  heaviest page ≤ 20 KB JS gzip, every island that wakes by itself loaded: /lessons/a/ 8.8 KB',
    ]);
  });

  it('says which pages miss', () => {
    const summary = summarize([
      page('/', { median: { ...median, scores: { ...scores, seo: 92 } }, lcpRatio: 1.25 }),
    ]);
    const lines = summaryLines(summary);
    expect(lines[0]).toBe('  MISSED 100 in all four categories: below on /');
    expect(lines[1]).toBe('  MISSED LCP within 15% of the floor: over on / (1.25×)');
  });
});

describe('whyLines', () => {
  it('lists, per page below 100, the audits of that category that failed in any run', () => {
    const low = { ...median, scores: { ...scores, performance: 96 } };
    expect(
      whyLines([
        page('/'),
        page('/quiz/', {
          median: low,
          runs: [
            failingRun({ performance: ['largest-contentful-paint'] }),
            failingRun({ performance: ['largest-contentful-paint', 'speed-index'], seo: ['x'] }),
          ],
        }),
      ]),
    ).toEqual([
      '',
      'Why a median score is below 100 (audits that did not pass in any run):',
      '  /quiz/: performance: largest-contentful-paint, speed-index',
    ]);
  });

  it('is empty when every score is 100', () => {
    expect(whyLines([page('/')])).toEqual([]);
  });
});
