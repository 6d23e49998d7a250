/**
 * The benchmark (`npm run bench`, about five minutes): builds the site and times it, serves dist/
 * with gzip on 127.0.0.1, and runs Lighthouse (default config: emulated mobile, simulated
 * throttling) three times on the home page, every lesson, /quiz/ and two calculators, plus a
 * "floor": the first lesson's text as a bare HTML page. It prints medians against the targets in
 * ./budgets.ts, writes them as JSON under bench/, then measures how the build time grows when the
 * content is multiplied tenfold. `npm run bench -- --help` lists the options (./args.ts).
 *
 * It exits non-zero only when the run itself is broken (the build fails, a page does not load,
 * Lighthouse crashes or times out), never because a score misses its target.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../chromium-path.mjs';
import { parseBenchArgs, USAGE } from './args';
import { TARGETS } from './budgets';
import { timedBuild, type BuildTime } from './build';
import { benchmarkPages } from './pages';
import type { MeasuredRun, PageResult } from './page-result';
import { cleanUpAll, installExitHandlers, tempDir } from './processes';
import { LEGEND, summarize, summaryLines, table, whyLines, type Summary } from './report';
import { measureScale, scaleLines, type ScaleResult } from './scale';

const options = parseBenchArgs(process.argv.slice(2));
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

installExitHandlers();
const log = (line: string) => {
  console.error(line);
};
const broken: string[] = [];

function versionOf(chromium: string): string | null {
  try {
    const line = execFileSync(chromium, ['--version'], {
      encoding: 'utf8',
      timeout: 15_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).split('\n')[0];
    return line?.trim() ?? null;
  } catch {
    return null;
  }
}

function lighthouseVersion(): string {
  const file = join('node_modules', 'lighthouse', 'package.json');
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof data === 'object' && data !== null && 'version' in data
    ? String(data.version)
    : '?';
}

/** A run as the JSON keeps it: its warnings and errored audits are listed once for all runs. */
const runForJson = (run: MeasuredRun) => ({
  scores: run.scores,
  fcp: run.fcp,
  lcp: run.lcp,
  tbt: run.tbt,
  cls: run.cls,
  speedIndex: run.speedIndex,
  transferBytes: run.transferBytes,
  jsBytes: run.jsBytes,
  scripts: run.scripts,
  bytesByType: run.bytesByType,
  requests: run.requests,
  lcpElement: run.lcpElement,
  failing: run.failing,
  benchmarkIndex: run.benchmarkIndex,
  finalUrl: run.finalUrl,
  jsBodyBytes: run.jsBodyBytes,
});

/** The JSON report: each page without the per-run warnings and errors (gathered once below). */
function pagesForJson(pages: readonly PageResult[]) {
  return pages.map((page) => ({
    page: page.label,
    url: page.url,
    isFloor: page.isFloor,
    median: page.median,
    lcpRatioToFloor: page.isFloor ? 1 : page.lcpRatio,
    inlineScriptGzipBytes: page.inlineJsBytes,
    allScriptsGzipBytes: page.allJsBytes,
    allScriptFiles: page.allJsFiles,
    withQuizStartedGzipBytes: page.startedJsBytes,
    misses: page.misses,
    errors: page.errors,
    runs: page.runs.map(runForJson),
  }));
}

const startedAt = new Date().toISOString();
let environment: Record<string, string | null> = {};
let build: BuildTime | null = null;
let pagesJson: ReturnType<typeof pagesForJson> = [];
let floorJson: { lesson: string; words: number; bytes: number } | undefined;
let summary: Summary | null = null;
let erroredAudits: { id: string; message: string }[] = [];
let runWarnings: string[] = [];
let scale: ScaleResult | null = null;

try {
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium found (set CHROMIUM_PATH or install chromium)');
  environment = {
    node: process.version,
    lighthouse: lighthouseVersion(),
    chromium: versionOf(chromium),
    chromiumPath: chromium,
  };

  if (options.pages) {
    log('bench: building the site…');
    build = await timedBuild('.');
    log(`bench: built in ${build.seconds.toFixed(1)} s (${build.cpuSeconds ?? '–'} s CPU)`);
    // Serve a snapshot of this build: other work on this machine may rebuild dist/ meanwhile.
    const snapshot = tempDir('bench-site-');
    cpSync('dist', snapshot.dir, { recursive: true });
    const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
    const { pages, floor } = await benchmarkPages({
      siteDir: snapshot.dir,
      base,
      chromium,
      runs: options.runs,
      log,
      broken,
    });
    floorJson = floor;
    pagesJson = pagesForJson(pages);
    const errored = new Map<string, string>();
    const warnings = new Set<string>();
    for (const run of pages.flatMap((page) => page.runs)) {
      for (const { id, message } of run.errored) errored.set(id, message);
      for (const warning of run.warnings) warnings.add(warning);
    }
    erroredAudits = [...errored].map(([id, message]) => ({ id, message }));
    runWarnings = [...warnings];
    summary = summarize(pages);

    console.log('');
    console.log(
      `Lighthouse ${environment.lighthouse ?? '?'}, ${environment.chromium ?? 'Chromium'}, ` +
        `default config (emulated mobile, simulated throttling); medians of ${options.runs} runs.`,
    );
    console.log(
      `Build time: ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds?.toFixed(1) ?? '–'} s CPU`,
    );
    console.log('');
    for (const line of table(pages)) console.log(line);
    console.log('');
    for (const line of [...LEGEND, ...summaryLines(summary), ...whyLines(pages)]) console.log(line);
    if (errored.size > 0) {
      console.log(
        '\nAudits Lighthouse could not run (scored as errors, not as misses of this site):',
      );
      for (const [id, message] of errored) console.log(`  ${id}: ${message.slice(0, 160)}`);
    }
    if (warnings.size > 0) {
      console.log('\nLighthouse warnings:');
      for (const warning of warnings)
        console.log(`  ${warning.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  }

  if (options.scale) {
    scale = await measureScale(options.factor, options.scaleBuilds, log);
    for (const line of scaleLines(scale, build)) console.log(line);
  }
} catch (error) {
  broken.push(error instanceof Error ? error.message : String(error));
} finally {
  cleanUpAll();
}

const report = {
  startedAt,
  environment,
  targets: {
    scores: TARGETS.score,
    lcpRatioToFloor: TARGETS.lcpRatio,
    heaviestPageJsGzipBytes: TARGETS.jsBytes,
  },
  runsPerPage: options.runs,
  build,
  floor: floorJson,
  pages: pagesJson,
  summary,
  erroredAudits,
  runWarnings,
  scale,
  broken,
  finishedAt: new Date().toISOString(),
};
mkdirSync('bench', { recursive: true });
const stamp = startedAt.replace(/[:.]/g, '-');
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(join('bench', `bench-${stamp}.json`), json);
writeFileSync(join('bench', 'latest.json'), json);
console.log(`\nWrote bench/bench-${stamp}.json (and bench/latest.json).`);
if (broken.length > 0) {
  console.error('\nBROKEN RUN:');
  for (const problem of broken) console.error(`  ${problem}`);
}
// Exit explicitly: a connection Lighthouse left open must not keep the process waiting.
process.exit(broken.length > 0 ? 1 : 0);
