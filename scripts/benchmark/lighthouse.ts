/**
 * One Lighthouse run (default config: emulated mobile, simulated throttling) in a fresh Chromium,
 * torn down whatever happens, and what the bench keeps of its result.
 */
import lighthouse from 'lighthouse';
import { CATEGORIES, type Category } from './categories';
import { launchChromium } from './launch';
import type { RunSummary } from './page-result';
import { HOST, withTimeout } from './processes';

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The rows of an audit's table, each a plain record (Lighthouse types them loosely). */
function itemsOf(details: unknown): Record<string, unknown>[] {
  if (!isRecord(details) || !Array.isArray(details.items)) return [];
  return details.items.filter(isRecord);
}

/** The HTML snippet of the LCP element: a list whose first table's first row names the node. */
function lcpSnippet(details: unknown): string | null {
  const node = itemsOf(itemsOf(details)[0])[0]?.node;
  return isRecord(node) && typeof node.snippet === 'string' ? node.snippet : null;
}

/** Picks what the benchmark reports out of a Lighthouse result. */
export function summarizeRun(lhr: Lhr): RunSummary {
  const numeric = (id: string): number | null => lhr.audits[id]?.numericValue ?? null;
  const score = (id: Category): number | null => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const requests = itemsOf(lhr.audits['network-requests']?.details);
  let transferBytes = 0;
  let jsBytes = 0;
  const scripts: { url: string; transferSize: number }[] = [];
  const bytesByType: Record<string, number> = {};
  for (const request of requests) {
    const size = Number(request.transferSize) || 0;
    transferBytes += size;
    const type = typeof request.resourceType === 'string' ? request.resourceType : 'Other';
    bytesByType[type] = (bytesByType[type] ?? 0) + size;
    if (type === 'Script') {
      jsBytes += size;
      const url = typeof request.url === 'string' ? request.url : '';
      scripts.push({ url: url.replace(/^https?:\/\/[^/]+/, ''), transferSize: size });
    }
  }
  const failing: Partial<Record<Category, string[]>> = {};
  for (const id of CATEGORIES) {
    const ids = (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (a) =>
          a !== undefined &&
          typeof a.score === 'number' &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative',
      )
      .flatMap((a) => (a ? [a.id] : []));
    if (ids.length > 0) failing[id] = ids;
  }
  const errored = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === 'error')
    .map((a) => ({ id: a.id, message: a.errorMessage ?? '' }));
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    speedIndex: numeric('speed-index'),
    transferBytes,
    jsBytes,
    scripts,
    bytesByType,
    requests: requests.length,
    lcpElement: lcpSnippet(lhr.audits['largest-contentful-paint-element']?.details),
    failing,
    errored,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    finalUrl: lhr.finalDisplayedUrl,
  };
}

/** Runs Lighthouse once on `url`; throws when it crashes, times out or reports a runtime error. */
export async function runLighthouse(
  url: string,
  options: { chromium: string; args: readonly string[]; timeoutMs?: number },
): Promise<RunSummary> {
  const browser = await launchChromium(options.chromium, options.args);
  try {
    const result = await withTimeout(
      lighthouse(url, { port: browser.port, hostname: HOST, logLevel: 'error', output: 'json' }),
      options.timeoutMs ?? 180_000,
      `Lighthouse on ${url}`,
      browser.stop,
    );
    if (!result) throw new Error(`Lighthouse on ${url} returned no result`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(
        `Lighthouse on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`,
      );
    }
    return summarizeRun(lhr);
  } finally {
    browser.stop();
  }
}
