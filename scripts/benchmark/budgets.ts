/**
 * The targets the bench judges pages by, and what a page misses. Pure. The JavaScript budget is
 * also the one tests/e2e/budget.spec.ts holds every lesson to, so both import it from here.
 */
import { CATEGORIES } from './categories';
import type { Medians } from './stats';

export const TARGETS = {
  /** Every category's score. */
  score: 100,
  /** LCP may be at most this many times the floor's. */
  lcpRatio: 1.15,
  /** The heaviest page may ship at most this much JS, gzip (bytes). */
  jsBytes: 20 * 1024,
} as const;

/** What the budget judges of one page: its medians and the JavaScript counted from dist/. */
export interface JudgedPage {
  readonly isFloor: boolean;
  readonly median: Medians | null;
  readonly lcpRatio: number | null;
  readonly inlineJsBytes: number | null;
  readonly allJsBytes: number | null;
}

/** Kilobytes of 1024 bytes, one decimal, as every figure in the report. */
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/**
 * The JavaScript Lighthouse saw a page load, as the budget counts it: the gzip bodies of the
 * script files plus the inline scripts. Not transferSize: over this HTTP/1.1 server every response
 * repeats the site's ~0.75 KB of security headers, which HTTP/2 and HTTP/3 hosts compress away.
 */
export function loadedJsBytes(page: JudgedPage): number | null {
  const body = page.median?.jsBodyBytes ?? null;
  if (body === null) return null;
  return body + (page.inlineJsBytes ?? 0);
}

/** Whether a score misses its target (no score at all is a miss too). */
export const scoreMissed = (score: number | null): boolean =>
  score === null || score < TARGETS.score;

/** What a page misses, as short labels; the floor is not judged against itself. */
export function missesOf(page: JudgedPage): string[] {
  const m = page.median;
  if (!m) return ['no successful run'];
  const misses: string[] = [];
  for (const id of CATEGORIES) {
    const score = m.scores[id];
    if (scoreMissed(score)) misses.push(`${id} ${score ?? '–'}`);
  }
  if (!page.isFloor && page.lcpRatio !== null && page.lcpRatio > TARGETS.lcpRatio) {
    misses.push(`LCP ${page.lcpRatio.toFixed(2)}× floor`);
  }
  const loaded = loadedJsBytes(page);
  if (loaded !== null && loaded > TARGETS.jsBytes) misses.push(`JS ${kb(loaded)} KB`);
  if (page.allJsBytes !== null && page.allJsBytes > TARGETS.jsBytes) {
    misses.push(`all JS ${kb(page.allJsBytes)} KB`);
  }
  return misses;
}
