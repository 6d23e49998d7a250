/**
 * The page runs: the site's pages and the floor, each loaded once to count its JavaScript, then
 * `runs` Lighthouse runs each, round-robin, and their medians judged against the targets.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs } from '../chromium-path.mjs';
import { loadLessonFiles } from '../../src/lib/content/lesson-files';
import { missesOf } from './budgets';
import { CATEGORIES } from './categories';
import { floorPage } from './floor';
import { allScriptBytes, inlineScriptBytes, scriptBodyBytes } from './js-bytes';
import { startServer } from './launch';
import { runLighthouse } from './lighthouse';
import type { MeasuredRun, PageResult } from './page-result';
import { fetchWithTimeout, tempDir } from './processes';
import { medians } from './stats';

/** The two calculators measured when they are built; otherwise the first two there are. */
const PREFERRED_CALCULATORS = ['trade-balance', 'budget-and-debt'];

interface Context {
  readonly siteDir: string;
  readonly base: string;
  readonly chromium: string;
  readonly runs: number;
  readonly log: (line: string) => void;
  /** Problems that make the run broken (the bench then exits 1). */
  readonly broken: string[];
}

function pickCalculators({ siteDir, broken, log }: Context): string[] {
  const dir = join(siteDir, 'calculators');
  const built = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
        .map((e) => e.name)
        .sort()
    : [];
  const chosen = PREFERRED_CALCULATORS.filter((slug) => built.includes(slug));
  for (const slug of built) if (chosen.length < 2 && !chosen.includes(slug)) chosen.push(slug);
  if (chosen.length < 2)
    broken.push(`only ${chosen.length} calculator page(s) in dist/calculators/`);
  if (chosen.join() !== PREFERRED_CALCULATORS.join()) {
    log(`bench: calculators measured: ${chosen.join(', ')}`);
  }
  return chosen.map((slug) => `/calculators/${slug}/`);
}

/** A page being measured: filled in as its JavaScript is counted and its runs come in. */
interface Draft {
  readonly label: string;
  readonly url: string;
  readonly isFloor: boolean;
  readonly runs: MeasuredRun[];
  readonly errors: string[];
  inlineJsBytes: number | null;
  allJsBytes: number | null;
  allJsFiles: number;
  startedJsBytes: number | null;
}

/** Loads the page (it must be 200 HTML before Lighthouse sees it) and counts its JavaScript. */
async function countScripts(page: Draft, context: Context): Promise<void> {
  try {
    const response = await fetchWithTimeout(page.url, 15_000, {
      headers: { 'accept-encoding': 'gzip' },
    });
    if (response.status !== 200 || !response.type.startsWith('text/html')) {
      throw new Error(`HTTP ${response.status} ${response.type}`);
    }
    const html = response.body.toString('utf8');
    const inline = inlineScriptBytes(html);
    const none = { bytes: 0, files: 0 };
    const where = { siteDir: context.siteDir, base: context.base };
    const all = page.isFloor ? none : allScriptBytes(html, { ...where, onRequest: false });
    const started = page.isFloor ? none : allScriptBytes(html, { ...where, onRequest: true });
    // Inline scripts (Astro's island runtime) count too: they are JavaScript the page ships.
    page.inlineJsBytes = inline;
    page.allJsBytes = all.bytes + inline;
    page.allJsFiles = all.files;
    page.startedJsBytes = started.bytes + inline;
  } catch (error) {
    page.errors.push(`does not load: ${String(error)}`);
    context.broken.push(`${page.label} does not load: ${String(error)}`);
  }
}

/** One run of one page, tried twice before the run counts as broken. */
async function measure(page: Draft, run: number, context: Context): Promise<MeasuredRun | null> {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      const result = await runLighthouse(page.url, {
        chromium: context.chromium,
        args: chromiumArgs,
      });
      const jsBodyBytes = page.isFloor
        ? 0
        : scriptBodyBytes(result.scripts, context.siteDir, context.base);
      return { ...result, jsBodyBytes };
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      page.errors.push(`run ${run}, attempt ${attempt}: ${message}`);
      context.log(`bench: ${page.label} run ${run} attempt ${attempt} failed: ${message}`);
    }
  }
  context.broken.push(`Lighthouse failed twice on ${page.label} (run ${run})`);
  return null;
}

/** Medians, the ratio of each LCP to the floor's, and what each page misses. */
function judge(drafts: readonly Draft[]): PageResult[] {
  const withMedians = drafts.map((page) => ({
    ...page,
    median: page.runs.length > 0 ? medians(page.runs) : null,
  }));
  const floorLcp = withMedians.find((p) => p.isFloor)?.median?.lcp ?? null;
  return withMedians.map((page) => {
    const lcp = page.median?.lcp ?? null;
    const judged = { ...page, lcpRatio: lcp !== null && floorLcp ? lcp / floorLcp : null };
    return { ...judged, misses: missesOf(judged) };
  });
}

export async function benchmarkPages(
  context: Context,
): Promise<{ pages: PageResult[]; floor: { lesson: string; words: number; bytes: number } }> {
  const { siteDir, base, log } = context;
  const lessons = loadLessonFiles();
  const firstLesson = lessons[0]?.slug;
  if (firstLesson === undefined) throw new Error('no lessons in content/lessons/');
  const paths = [
    '/',
    ...lessons.map((l) => `/lessons/${l.slug}/`),
    '/quiz/',
    ...pickCalculators(context),
  ];

  // The floor: the first lesson's text as a bare page, served from a temp folder.
  const lessonHtmlPath = join(siteDir, 'lessons', firstLesson, 'index.html');
  const floor = floorPage(readFileSync(lessonHtmlPath, 'utf8'));
  const floorDir = tempDir('bench-floor-');
  mkdirSync(join(floorDir.dir, 'floor'));
  writeFileSync(join(floorDir.dir, 'floor', 'index.html'), floor.html);
  log(
    `bench: floor page from ${lessonHtmlPath}: ${floor.blocks} blocks, ${floor.words} words, ${floor.html.length} bytes`,
  );

  const site = await startServer(siteDir, base);
  const floorServer = await startServer(floorDir.dir);
  const blank = { inlineJsBytes: null, allJsBytes: null, allJsFiles: 0, startedJsBytes: null };
  const drafts: Draft[] = [
    ...paths.map((path) => ({
      ...blank,
      runs: [],
      errors: [],
      label: path,
      url: `${site.origin}${base}${path.slice(1)}`,
      isFloor: false,
    })),
    {
      ...blank,
      runs: [],
      errors: [],
      label: `floor (${firstLesson})`,
      url: `${floorServer.origin}/floor/`,
      isFloor: true,
    },
  ];
  for (const page of drafts) await countScripts(page, context);

  // Round-robin (run 1 of every page, then run 2…) so a burst of load on this shared machine
  // spreads over all pages, the floor included, instead of skewing one page's three runs.
  const total = context.runs * drafts.length;
  let done = 0;
  for (let run = 1; run <= context.runs; run += 1) {
    for (const page of drafts) {
      done += 1;
      if (page.errors.some((e) => e.startsWith('does not load'))) continue;
      const started = performance.now();
      const result = await measure(page, run, context);
      if (!result) continue;
      page.runs.push(result);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      log(
        `bench: [${done}/${total}] ${page.label} run ${run}: ` +
          CATEGORIES.map((id) => result.scores[id] ?? '–').join('/') +
          `, LCP ${Math.round(result.lcp ?? Number.NaN)} ms (${seconds} s)`,
      );
    }
  }
  site.stop();
  floorServer.stop();
  floorDir.remove();
  return {
    pages: judge(drafts),
    floor: { lesson: firstLesson, words: floor.words, bytes: floor.html.length },
  };
}
