/** The bench's printed report: the table, the targets met or missed, and why. Pure. */
import { kb, loadedJsBytes, scoreMissed, TARGETS } from './budgets';
import { CATEGORIES, type Category } from './categories';
import type { PageResult } from './page-result';

const MISS = '✗';
/** A miss is marked; a met value gets a space, so the columns stay aligned. */
const cell = (text: string, missed: boolean): string => (missed ? `${text}${MISS}` : `${text} `);
const num = (value: number | null, digits = 0): string =>
  value === null ? '–' : value.toFixed(digits);
const kbOr = (bytes: number | null): string => (bytes === null ? '–' : kb(bytes));

const HEADER = [
  'page',
  'perf',
  'a11y',
  'b-p',
  'seo',
  'FCP ms',
  'LCP ms',
  'TBT ms',
  'CLS',
  'transfer KB',
  'JS KB gz',
  'JS body',
  'inline JS',
  'JS loaded',
  'all JS',
  'started',
  'LCP/floor',
];

function row(page: PageResult): string[] {
  const m = page.median;
  if (!m) return [page.label, ...HEADER.slice(1).map(() => '–')];
  const loaded = loadedJsBytes(page);
  const lcpRatio = page.lcpRatio;
  return [
    page.label,
    ...CATEGORIES.map((id) =>
      cell(m.scores[id] === null ? '–' : String(m.scores[id]), scoreMissed(m.scores[id])),
    ),
    num(m.fcp),
    num(m.lcp),
    num(m.tbt),
    num(m.cls, 3),
    kbOr(m.transferBytes),
    kbOr(m.jsBytes),
    kbOr(m.jsBodyBytes),
    kbOr(page.inlineJsBytes),
    loaded === null ? '–' : cell(kb(loaded), loaded > TARGETS.jsBytes),
    page.allJsBytes === null ? '–' : cell(kb(page.allJsBytes), page.allJsBytes > TARGETS.jsBytes),
    kbOr(page.startedJsBytes),
    page.isFloor
      ? '1.00 '
      : lcpRatio === null
        ? '–'
        : cell(lcpRatio.toFixed(2), lcpRatio > TARGETS.lcpRatio),
  ];
}

/** The table, as lines of text: the page name left-aligned, every figure right-aligned. */
export function table(pages: readonly PageResult[]): string[] {
  const rows = pages.map(row);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((value, i) => (i === 0 ? value.padEnd(widths[i] ?? 0) : value.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export interface Summary {
  readonly allScores100: boolean;
  readonly pagesBelow100: readonly string[];
  readonly lcpWithinFloorTarget: boolean;
  readonly pagesOverLcpTarget: readonly { readonly page: string; readonly ratio: number | null }[];
  readonly heaviestPage: { readonly page: string; readonly jsBytes: number } | null;
  readonly heaviestWithinJsTarget: boolean;
  readonly heaviestPageAllJs: { readonly page: string; readonly jsBytes: number } | null;
  readonly heaviestAllJsWithinTarget: boolean;
}

/** The page with the most of `bytes`; the first one on a tie, as the table lists them. */
function heaviestBy(
  pages: readonly PageResult[],
  bytes: (page: PageResult) => number,
): { readonly page: string; readonly jsBytes: number } | null {
  let best: PageResult | undefined;
  for (const page of pages) if (!best || bytes(page) > bytes(best)) best = page;
  return best ? { page: best.label, jsBytes: bytes(best) } : null;
}

const belowTarget = (page: PageResult): Category[] =>
  CATEGORIES.filter((id) => (page.median?.scores[id] ?? 0) < TARGETS.score);

/** The targets met or missed, over every page but the floor. */
export function summarize(pages: readonly PageResult[]): Summary {
  const measured = pages.filter((p) => !p.isFloor && p.median);
  const scoreMisses = measured.filter((p) => belowTarget(p).length > 0);
  const lcpMisses = measured.filter((p) => p.lcpRatio !== null && p.lcpRatio > TARGETS.lcpRatio);
  const heaviest = heaviestBy(measured, (p) => loadedJsBytes(p) ?? 0);
  const heaviestAll = heaviestBy(measured, (p) => p.allJsBytes ?? 0);
  return {
    allScores100: scoreMisses.length === 0,
    pagesBelow100: scoreMisses.map((p) => p.label),
    lcpWithinFloorTarget: lcpMisses.length === 0,
    pagesOverLcpTarget: lcpMisses.map((p) => ({ page: p.label, ratio: p.lcpRatio })),
    heaviestPage: heaviest,
    heaviestWithinJsTarget: (heaviest?.jsBytes ?? 0) <= TARGETS.jsBytes,
    heaviestPageAllJs: heaviestAll,
    heaviestAllJsWithinTarget: (heaviestAll?.jsBytes ?? 0) <= TARGETS.jsBytes,
  };
}

/** The four target lines under the table. */
export function summaryLines(summary: Summary): string[] {
  const mark = (ok: boolean) => (ok ? 'met ' : 'MISSED');
  const heavy = (entry: Summary['heaviestPage']) =>
    `${entry?.page ?? '–'} ${kb(entry?.jsBytes ?? 0)} KB`;
  const below = summary.pagesBelow100;
  const over = summary.pagesOverLcpTarget;
  return [
    `  ${mark(summary.allScores100)} 100 in all four categories${below.length ? `: below on ${below.join(', ')}` : ''}`,
    `  ${mark(summary.lcpWithinFloorTarget)} LCP within 15% of the floor${over.length ? `: over on ${over.map((p) => `${p.page} (${p.ratio?.toFixed(2) ?? '–'}×)`).join(', ')}` : ''}`,
    `  ${mark(summary.heaviestWithinJsTarget)} heaviest page ≤ ${TARGETS.jsBytes / 1024} KB JS gzip, as loaded by Lighthouse: ${heavy(summary.heaviestPage)}`,
    `  ${mark(summary.heaviestAllJsWithinTarget)} heaviest page ≤ ${TARGETS.jsBytes / 1024} KB JS gzip, every island that wakes by itself loaded: ${heavy(summary.heaviestPageAllJs)}`,
  ];
}

/** Why a median score is below 100: the audits in that category that did not pass, any run. */
export function whyLines(pages: readonly PageResult[]): string[] {
  const lines: string[] = [];
  for (const page of pages) {
    const categories = page.median ? belowTarget(page) : [];
    if (categories.length === 0) continue;
    const parts = categories.map((category) => {
      const ids = new Set(page.runs.flatMap((run) => run.failing[category] ?? []));
      return `${category}: ${[...ids].join(', ')}`;
    });
    lines.push(`  ${page.label}: ${parts.join('; ')}`);
  }
  return lines.length > 0
    ? ['', 'Why a median score is below 100 (audits that did not pass in any run):', ...lines]
    : [];
}

export const LEGEND = [
  `Targets: ${TARGETS.score} in all four categories; LCP ≤ ${TARGETS.lcpRatio.toFixed(2)}× the floor; ` +
    `heaviest page ≤ ${TARGETS.jsBytes / 1024} KB JS gzip. ${MISS} marks a miss.`,
  "JS KB gz = transferSize of resourceType Script in Lighthouse's network records (what loads " +
    "without scrolling; it includes each response's headers, which this HTTP/1.1 server repeats " +
    'in full); JS body = the gzip bodies of those same files; inline JS = gzip of inline <script> ' +
    'bodies; JS loaded = JS body + inline JS, judged against the budget; all JS = gzip of every ' +
    'JS file the page loads as the reader reads and scrolls (`client:visible` islands included, ' +
    'from dist/) + inline JS, judged too; started = all JS with the `client:request` quizzes ' +
    'started as well (not judged: the reader asked for it). KB = 1024 bytes.',
];
