#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`): builds the site and times it, serves dist/ with gzip on
 * 127.0.0.1, and runs Lighthouse (default config: emulated mobile, simulated throttling) three
 * times on the home page, every lesson, /quiz/ and two calculators, plus a "floor": the first
 * lesson's text as a bare HTML page. It prints medians against the targets in DESIGN.md (Budgets),
 * writes them as JSON under bench/, then measures how the build time grows when the content is
 * multiplied tenfold.
 *
 *   node scripts/bench.mjs [--runs 3] [--scale 10] [--scale-builds 3] [--no-scale] [--scale-only]
 *
 * --runs: Lighthouse runs per page (medians are reported); --scale: the content factor for the
 * build-scaling measure (run at the end unless --no-scale; --scale-only runs just that);
 * --scale-builds: cold builds of each copy there.
 *
 * It exits non-zero only when the run itself is broken (the build fails, a page does not load,
 * Lighthouse crashes or times out), never because a score misses its target.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { parseHTML } from 'linkedom';
import { parse, stringify } from 'yaml';
import { chromiumArgs, findChromium } from './chromium-path.mjs';

// ---------------------------------------------------------------------------------------------
// Child processes: the server, Chromium and builds, all killed on exit
// ---------------------------------------------------------------------------------------------

const HOST = '127.0.0.1';

/** @type {Set<() => void>} */
const cleanups = new Set();

/** Runs (once) every cleanup still registered. Synchronous, so it also works from 'exit'. */
function cleanUpAll() {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort: the process may be gone already.
    }
  }
}

let handlersInstalled = false;
/** Kills what we started when Node exits for any reason, including Ctrl-C and a crash. */
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', cleanUpAll);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping the server and Chromium.`);
      cleanUpAll();
      process.exit(130);
    });
  }
}

/** Registers a cleanup; returns a function that runs it now (and unregisters it). */
function onCleanup(cleanup) {
  cleanups.add(cleanup);
  return () => {
    if (!cleanups.delete(cleanup)) return;
    try {
      cleanup();
    } catch {
      // Already gone.
    }
  };
}

/** A temp directory that is removed on exit. */
function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = onCleanup(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, remove };
}

/** A TCP port that is free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * Kills a detached child and everything in its process group (by the group's id, which is the
 * child's pid), also when the child itself has exited and left helpers behind (Chromium's
 * renderers, esbuild's service).
 */
function killGroup(child) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/**
 * Spawns a long-running child in its own process group, registered for cleanup. Its output is kept
 * (the last few KB) for error messages.
 */
function spawnTracked(command, args, options = {}) {
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + String(chunk)).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = onCleanup(() => {
    killGroup(child);
  });
  return { child, stop, output: () => output };
}

/** Fetches a URL with a timeout; resolves to { status, type, body } or throws. */
async function fetchWithTimeout(url, ms = 10_000, init = {}) {
  const response = await fetch(url, {
    ...init,
    signal: AbortSignal.timeout(ms),
    redirect: 'manual',
  });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type') ?? '', body };
}

/** Polls until `check` resolves truthy, or throws after `ms`. */
async function waitFor(what, check, ms, child) {
  const deadline = Date.now() + ms;
  let lastError;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${what}: the process exited (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(
    `${what}: not ready after ${ms / 1000} s${lastError ? ` (${String(lastError)})` : ''}`,
  );
}

/**
 * Starts scripts/serve.mjs on a free port over `dir` and waits until it answers.
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
async function startServer(dir, { base = '/' } = {}) {
  const port = await freePort();
  const server = spawnTracked(
    process.execPath,
    [join('scripts', 'serve.mjs'), '--port', String(port), '--host', HOST, '--dir', dir],
    { env: { ...process.env, BASE: base } },
  );
  const origin = `http://${HOST}:${port}`;
  try {
    await waitFor(
      `the server for ${dir}`,
      async () => (await fetchWithTimeout(`${origin}${base}`, 2000)).status < 500,
      15_000,
      server.child,
    );
  } catch (error) {
    server.stop();
    throw new Error(`${String(error)}\n${server.output()}`, { cause: error });
  }
  return { origin, stop: server.stop };
}

/**
 * Launches headless Chromium with a fresh profile and remote debugging on a port Chromium picks
 * itself (read back from DevToolsActivePort, so no race for the port).
 * @returns {Promise<{ port: number, stop: () => void }>}
 */
async function launchChromium(executable, extraArgs) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const browser = spawnTracked(executable, [
    '--headless=new',
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    ...extraArgs,
    'about:blank',
  ]);
  const removeProfile = onCleanup(() => {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  });
  const stop = () => {
    browser.stop();
    removeProfile();
  };
  try {
    const port = await waitFor(
      'Chromium',
      () => {
        const line = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
        const port = Number(line);
        return Number.isInteger(port) && port > 0 ? port : 0;
      },
      30_000,
      browser.child,
    );
    await waitFor(
      'Chromium DevTools',
      async () =>
        (await fetchWithTimeout(`http://${HOST}:${port}/json/version`, 2000)).status === 200,
      15_000,
      browser.child,
    );
    return { port, stop };
  } catch (error) {
    stop();
    throw new Error(`${String(error)}\n${browser.output()}`, { cause: error });
  }
}

/** Rejects after `ms` with a clear message, calling `onTimeout` first. */
function withTimeout(promise, ms, what, onTimeout = () => undefined) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`${what}: timed out after ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

/**
 * Runs in a small Node wrapper around `astro build`: once the build exits, the wrapper reads its own
 * /proc/self/stat, whose cutime + cstime are the CPU seconds of the build and every process it
 * waited for. CPU time says more than wall time on a machine shared with other work.
 */
const BUILD_WRAPPER = `
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const build = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
let cpu = null;
try {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  cpu = (Number(fields[13]) + Number(fields[14])) / 100;
} catch {}
console.log('BENCH_BUILD_CPU ' + cpu);
process.exit(build.status ?? 1);
`;

/**
 * Runs `astro build` in `cwd`, timing it (wall clock, and CPU where /proc allows). Throws (with the
 * end of the build's output) when the build fails or exceeds `ms`.
 * @returns {Promise<{ seconds: number, cpuSeconds: number | null }>}
 */
async function timedBuild(cwd, ms = 15 * 60_000) {
  const started = performance.now();
  const build = spawnTracked(
    process.execPath,
    ['-e', BUILD_WRAPPER, join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const exit = new Promise((resolve) => {
    build.child.on('exit', (code, signal) => {
      resolve(code ?? signal);
    });
  });
  try {
    const code = await withTimeout(exit, ms, `astro build in ${cwd}`, build.stop);
    if (code !== 0) throw new Error(`astro build in ${cwd} failed (${String(code)})`);
  } catch (error) {
    throw new Error(`${String(error)}\n--- end of the build output ---\n${build.output()}`, {
      cause: error,
    });
  } finally {
    build.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = Number(/BENCH_BUILD_CPU (\S+)/.exec(build.output())?.[1]);
  return { seconds, cpuSeconds: Number.isFinite(cpu) && cpu > 0 ? cpu : null };
}

// ---------------------------------------------------------------------------------------------
// The floor: the first lesson's text as the barest HTML page (no CSS, no JS, no images)
// ---------------------------------------------------------------------------------------------

/** Elements whose text is not reading text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'CANVAS',
  'IFRAME',
  'BUTTON',
]);
/** Elements that hold blocks rather than run-in text. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DD',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
  'ASTRO-ISLAND',
  'ASTRO-SLOT',
]);

const squash = (text) => text.replace(/\s+/g, ' ').trim();

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text of `node` without the parts in SKIP elements. */
function textOf(node) {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || SKIP.has(node.tagName.toUpperCase())) return '';
  return [...node.childNodes].map(textOf).join('');
}

/** Walks `element`, turning every heading into h1/h2 and every run of text into a paragraph. */
function collect(element, out) {
  const tag = element.tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (/^H[1-6]$/.test(tag)) {
    const text = squash(textOf(element));
    if (text) out.push({ tag: tag === 'H1' ? 'h1' : 'h2', text });
    return;
  }
  if (tag === 'TR') {
    const text = squash([...element.children].map((cell) => textOf(cell)).join(' · '));
    if (text) out.push({ tag: 'p', text });
    return;
  }
  // Text directly in this element (between blocks) becomes paragraphs of its own.
  let run = '';
  const flush = () => {
    const text = squash(run);
    if (text) out.push({ tag: 'p', text });
    run = '';
  };
  for (const child of element.childNodes) {
    if (child.nodeType === 1 && BLOCKS.has(child.tagName.toUpperCase())) {
      flush();
      collect(child, out);
    } else {
      run += textOf(child);
    }
  }
  flush();
}

/**
 * @param {string} lessonHtml the built lesson page
 * @returns {{ html: string, words: number, blocks: number }}
 */
function floorPage(lessonHtml) {
  const { document } = parseHTML(lessonHtml);
  const main = document.querySelector('main');
  if (!main) throw new Error('floor: the lesson page has no <main>');
  /** @type {{ tag: string, text: string }[]} */
  const blocks = [];
  collect(main, blocks);
  const title = squash(document.querySelector('title')?.textContent ?? 'Lesson');
  const lang = document.documentElement.getAttribute('lang') ?? 'en';
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
  const body = blocks.map(({ tag, text }) => `<${tag}>${escapeHtml(text)}</${tag}>`).join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No favicon request (a 404 would cost the floor a console error), as the site declares its own.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  const words = blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0);
  return { html: `${html}\n`, words, blocks: blocks.length };
}

// ---------------------------------------------------------------------------------------------
// One Lighthouse run (default config), in a fresh Chromium torn down whatever happens
// ---------------------------------------------------------------------------------------------

const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/**
 * Picks what the benchmark reports out of a Lighthouse result.
 * @param {import('lighthouse').Result} lhr
 */
function summarize(lhr) {
  const audit = (id) => lhr.audits[id];
  const numeric = (id) => audit(id)?.numericValue ?? null;
  /** @type {Record<string, number | null>} */
  const scores = {};
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  const requests =
    /** @type {{ items?: any[] } | undefined} */ (audit('network-requests')?.details)?.items ?? [];
  let transferBytes = 0;
  let jsBytes = 0;
  const scripts = [];
  /** @type {Record<string, number>} */
  const bytesByType = {};
  for (const request of requests) {
    const size = Number(request.transferSize) || 0;
    transferBytes += size;
    const type = String(request.resourceType ?? 'Other');
    bytesByType[type] = (bytesByType[type] ?? 0) + size;
    if (request.resourceType === 'Script') {
      jsBytes += size;
      scripts.push({
        url: String(request.url).replace(/^https?:\/\/[^/]+/, ''),
        transferSize: size,
      });
    }
  }
  /** Audits that did not pass, per category, so a score below 100 says why. */
  const failing = {};
  for (const id of CATEGORIES) {
    const refs = lhr.categories[id]?.auditRefs ?? [];
    const ids = refs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (a) =>
          a && typeof a.score === 'number' && a.score < 1 && a.scoreDisplayMode !== 'informative',
      )
      .map((a) => a.id);
    if (ids.length > 0) failing[id] = ids;
  }
  const errored = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === 'error')
    .map((a) => ({ id: a.id, message: a.errorMessage ?? '' }));
  return {
    scores,
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
    lcpElement:
      /** @type {any} */ (audit('largest-contentful-paint-element')?.details)?.items?.[0]
        ?.items?.[0]?.node?.snippet ?? null,
    failing,
    errored,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    finalUrl: lhr.finalDisplayedUrl,
  };
}

/**
 * Runs Lighthouse once on `url`.
 * @returns {Promise<ReturnType<typeof summarize>>}
 */
async function runLighthouse(url, { chromium, args, timeoutMs = 180_000 }) {
  const browser = await launchChromium(chromium, args);
  try {
    const result = await withTimeout(
      lighthouse(url, { port: browser.port, hostname: HOST, logLevel: 'error', output: 'json' }),
      timeoutMs,
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
    return summarize(lhr);
  } finally {
    browser.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Medians, targets and the table
// ---------------------------------------------------------------------------------------------

const TARGETS = {
  score: 100,
  /** LCP may be at most this many times the floor's. */
  lcpRatio: 1.15,
  /** The heaviest page may ship at most this much JS, gzip (bytes). */
  jsBytes: 20 * 1024,
};

/** The median of the numbers given (nulls ignored); null when there are none. */
function median(values) {
  const sorted = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Per-metric medians over a page's successful runs. */
function medians(runs) {
  const pick = (get) => median(runs.map(get));
  /** @type {Record<string, number | null>} */
  const scores = {};
  for (const id of CATEGORIES) scores[id] = pick((run) => run.scores[id]);
  return {
    scores,
    fcp: pick((run) => run.fcp),
    lcp: pick((run) => run.lcp),
    tbt: pick((run) => run.tbt),
    cls: pick((run) => run.cls),
    transferBytes: pick((run) => run.transferBytes),
    jsBytes: pick((run) => run.jsBytes),
    jsBodyBytes: pick((run) => run.jsBodyBytes),
  };
}

/**
 * The JavaScript Lighthouse saw a page load, as the budget counts it: the gzip bodies of the
 * script files plus the inline scripts. Not transferSize: over this HTTP/1.1 server every response
 * repeats the site's ~0.75 KB of security headers, which HTTP/2 and HTTP/3 hosts compress away.
 */
function loadedJsBytes(page) {
  const body = page.median?.jsBodyBytes;
  if (body === null || body === undefined) return null;
  return body + (page.inlineJsBytes ?? 0);
}

/** What a page misses, as short labels. */
function missesOf(page, isFloor) {
  const misses = [];
  const m = page.median;
  if (!m) return ['no successful run'];
  for (const id of CATEGORIES) {
    if (m.scores[id] === null || m.scores[id] < TARGETS.score)
      misses.push(`${id} ${m.scores[id] ?? '–'}`);
  }
  if (!isFloor && page.lcpRatio !== null && page.lcpRatio > TARGETS.lcpRatio) {
    misses.push(`LCP ${page.lcpRatio.toFixed(2)}× floor`);
  }
  const loaded = loadedJsBytes(page);
  if (loaded !== null && loaded > TARGETS.jsBytes) misses.push(`JS ${kb(loaded)} KB`);
  if (page.allJsBytes !== null && page.allJsBytes > TARGETS.jsBytes)
    misses.push(`all JS ${kb(page.allJsBytes)} KB`);
  return misses;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const MISS = '✗';

function cell(text, missed) {
  return missed ? `${text}${MISS}` : `${text} `;
}

/** The table, as lines of text. */
function table(pages) {
  const header = [
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
  const rows = pages.map((page) => {
    const m = page.median;
    if (!m) return [page.label, ...header.slice(1).map(() => '–')];
    const score = (id) =>
      cell(
        m.scores[id] === null ? '–' : String(m.scores[id]),
        m.scores[id] === null || m.scores[id] < TARGETS.score,
      );
    const num = (v, digits = 0) => (v === null ? '–' : v.toFixed(digits));
    const loaded = loadedJsBytes(page);
    return [
      page.label,
      ...CATEGORIES.map(score),
      num(m.fcp),
      num(m.lcp),
      num(m.tbt),
      num(m.cls, 3),
      m.transferBytes === null ? '–' : kb(m.transferBytes),
      m.jsBytes === null ? '–' : kb(m.jsBytes),
      m.jsBodyBytes === null ? '–' : kb(m.jsBodyBytes),
      page.inlineJsBytes === null ? '–' : kb(page.inlineJsBytes),
      loaded === null ? '–' : cell(kb(loaded), loaded > TARGETS.jsBytes),
      page.allJsBytes === null ? '–' : cell(kb(page.allJsBytes), page.allJsBytes > TARGETS.jsBytes),
      page.startedJsBytes === null ? '–' : kb(page.startedJsBytes),
      page.isFloor
        ? '1.00 '
        : page.lcpRatio === null
          ? '–'
          : cell(page.lcpRatio.toFixed(2), page.lcpRatio > TARGETS.lcpRatio),
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (row) =>
    row
      .map((value, i) =>
        i === 0 ? String(value).padEnd(widths[i]) : String(value).padStart(widths[i]),
      )
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

// ---------------------------------------------------------------------------------------------
// Build scaling: the content multiplied in a copy of the project, both builds cold
// ---------------------------------------------------------------------------------------------

/** Top-level entries not copied: dependencies (linked instead), build output, caches, reports. */
const SKIP_TOP = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'bench',
  'test-results',
  'playwright-report',
  'coverage',
]);
/** Caches inside node_modules that a build writes to: kept private to the copy. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * Links node_modules into the copy entry by entry (rather than as one symlink), so the copy's
 * build caches (node_modules/.astro, .vite) are its own and never touch the real project's.
 */
function linkNodeModules(projectRoot, copyRoot) {
  const source = join(projectRoot, 'node_modules');
  const target = join(copyRoot, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(source)) {
    if (PRIVATE_CACHES.has(entry)) continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

/**
 * Writes `factor - 1` copies of every lesson and quiz bank in the copy, so the content is `factor`
 * times what it was: `<slug>-copy-N.mdx` with `order` moved past every original (orders stay
 * unique), the title marked, and `<slug>-copy-N.yaml` naming that lesson, with every question id
 * suffixed `-copy-N` (ids stay unique across banks).
 */
function multiplyContent(root, factor) {
  const lessonsDir = join(root, 'content', 'lessons');
  const quizzesDir = join(root, 'content', 'quizzes');
  const lessons = readdirSync(lessonsDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(lessonsDir, name), 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) throw new Error(`scale: content/lessons/${name} has no frontmatter`);
      const data = parse(match[1] ?? '');
      return { slug: name.replace(/\.mdx$/, ''), text, frontmatter: match[0], data };
    });
  const maxOrder = Math.max(...lessons.map((lesson) => Number(lesson.data.order)));
  let lessonFiles = 0;
  let bankFiles = 0;
  for (const lesson of lessons) {
    const bankPath = join(quizzesDir, `${lesson.slug}.yaml`);
    let bank;
    try {
      bank = readFileSync(bankPath, 'utf8');
    } catch {
      bank = undefined;
    }
    for (let n = 1; n < factor; n += 1) {
      const slug = `${lesson.slug}-copy-${n}`;
      const frontmatter = lesson.frontmatter
        .replace(/^order:.*$/m, `order: ${Number(lesson.data.order) + n * maxOrder}`)
        .replace(
          /^title:.*$/m,
          `title: ${JSON.stringify(`${String(lesson.data.title)} (copy ${n})`)}`,
        );
      writeFileSync(
        join(lessonsDir, `${slug}.mdx`),
        frontmatter + lesson.text.slice(lesson.frontmatter.length),
      );
      lessonFiles += 1;
      if (bank !== undefined) {
        const data = parse(bank);
        data.lesson = slug;
        for (const question of data.questions ?? [])
          question.id = `${String(question.id)}-copy-${n}`;
        writeFileSync(join(quizzesDir, `${slug}.yaml`), stringify(data, { lineWidth: 0 }));
        bankFiles += 1;
      }
    }
  }
  return { lessons: lessons.length, lessonFiles, bankFiles };
}

/** A copy of the project (no node_modules, dist, .git or caches) with node_modules linked in. */
function copyProject(projectRoot, prefix) {
  const copy = tempDir(prefix);
  cpSync(projectRoot, copy.dir, {
    recursive: true,
    filter: (source) => {
      const rel = source.slice(projectRoot.length + 1);
      return rel === '' || !SKIP_TOP.has(rel.split(/[\\/]/)[0] ?? '');
    },
  });
  linkNodeModules(projectRoot, copy.dir);
  return copy;
}

/** A cold build: no dist, no Astro or Vite cache from the previous one. */
async function coldBuild(dir) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  for (const cache of PRIVATE_CACHES) {
    rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  }
  const result = await timedBuild(dir);
  return { ...result, pages: countPages(join(dir, 'dist')) };
}

/**
 * Builds a copy of the project as it is and a copy with the content multiplied, `builds` times
 * each, alternating (so a burst of load from other work hits both alike), every build cold.
 * @param {number} factor how many times the content is multiplied
 * @param {number} builds cold builds of each copy
 * @param {(line: string) => void} log
 */
async function measureScale(factor, builds, log) {
  const projectRoot = resolve('.');
  const base = copyProject(projectRoot, 'bench-scale-x1-');
  const scaled = copyProject(projectRoot, `bench-scale-x${factor}-`);
  try {
    const added = multiplyContent(scaled.dir, factor);
    log(
      `scale: copies in ${base.dir} (content ×1) and ${scaled.dir} (content ×${factor}: ` +
        `${added.lessons} → ${added.lessons + added.lessonFiles} lessons, ${added.bankFiles} quiz banks added)`,
    );
    const samples = { base: [], scaled: [] };
    for (let i = 1; i <= builds; i += 1) {
      for (const [key, copy] of /** @type {const} */ ([
        ['base', base],
        ['scaled', scaled],
      ])) {
        const result = await coldBuild(copy.dir);
        samples[key].push(result);
        log(
          `scale: build ${i}/${builds}, content ×${key === 'base' ? 1 : factor}: ` +
            `${result.seconds.toFixed(1)} s wall, ${result.cpuSeconds?.toFixed(1) ?? '–'} s CPU, ${result.pages} pages`,
        );
      }
    }
    const summarizeBuilds = (list) => ({
      seconds: median(list.map((b) => b.seconds)),
      cpuSeconds: median(list.map((b) => b.cpuSeconds)),
      pages: list[0]?.pages ?? 0,
      samples: list,
    });
    const before = summarizeBuilds(samples.base);
    const after = summarizeBuilds(samples.scaled);
    return {
      factor,
      buildsEach: builds,
      lessons: { before: added.lessons, after: added.lessons + added.lessonFiles },
      quizBanksAdded: added.bankFiles,
      base: before,
      scaled: after,
      ratio: before.seconds && after.seconds ? after.seconds / before.seconds : null,
      cpuRatio: before.cpuSeconds && after.cpuSeconds ? after.cpuSeconds / before.cpuSeconds : null,
    };
  } finally {
    base.remove();
    scaled.remove();
  }
}

function countPages(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// The benchmark
// ---------------------------------------------------------------------------------------------

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    scale: { type: 'string', default: '10' },
    'scale-builds': { type: 'string', default: '3' },
    'no-scale': { type: 'boolean', default: false },
    'scale-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(
    'usage: node scripts/bench.mjs [--runs 3] [--scale 10] [--scale-builds 3] [--no-scale] [--scale-only]',
  );
  process.exit(0);
}
const runs = Number(options.runs);
const factor = Number(options.scale);
const scaleBuilds = Number(options['scale-builds']);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
if (!Number.isInteger(factor) || factor < 2) throw new Error('--scale takes a whole number ≥ 2');
if (!Number.isInteger(scaleBuilds) || scaleBuilds < 1)
  throw new Error('--scale-builds takes a whole number ≥ 1');

installExitHandlers();
const log = (line) => {
  console.error(line);
};
/** The built site being measured: a snapshot of dist/ taken right after the build. */
let siteDir = 'dist';
/** Problems that make the run broken (exit 1). */
const broken = [];
const report = {
  startedAt: new Date().toISOString(),
  environment: {},
  targets: {
    scores: TARGETS.score,
    lcpRatioToFloor: TARGETS.lcpRatio,
    heaviestPageJsGzipBytes: TARGETS.jsBytes,
  },
  runsPerPage: runs,
  build: null,
  pages: [],
  summary: null,
  erroredAudits: [],
  runWarnings: [],
  scale: null,
  broken,
};

function environment(chromium) {
  const require = createRequire(import.meta.url);
  let chromiumVersion = null;
  try {
    chromiumVersion = execFileSync(chromium, ['--version'], {
      encoding: 'utf8',
      timeout: 15_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')[0]
      ?.trim();
  } catch {
    // Reported as null.
  }
  return {
    node: process.version,
    lighthouse: require('lighthouse/package.json').version,
    chromium: chromiumVersion,
    chromiumPath: chromium,
  };
}

/** Lessons in course order: their slugs from content/lessons/*.mdx and `order` from frontmatter. */
function listLessons() {
  return readdirSync(join('content', 'lessons'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join('content', 'lessons', name), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const order = Number(parse(frontmatter)?.order);
      return { slug: name.replace(/\.mdx$/, ''), order: Number.isFinite(order) ? order : Infinity };
    })
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** Two calculator pages: the preferred ones when built, else the first two under dist/calculators/. */
function pickCalculators() {
  const preferred = ['trade-balance', 'budget-and-debt'];
  const built = existsSync(join(siteDir, 'calculators'))
    ? readdirSync(join(siteDir, 'calculators'), { withFileTypes: true })
        .filter(
          (e) => e.isDirectory() && existsSync(join(siteDir, 'calculators', e.name, 'index.html')),
        )
        .map((e) => e.name)
        .sort()
    : [];
  const chosen = preferred.filter((slug) => built.includes(slug));
  for (const slug of built) if (chosen.length < 2 && !chosen.includes(slug)) chosen.push(slug);
  if (chosen.length < 2)
    broken.push(`only ${chosen.length} calculator page(s) in dist/calculators/`);
  if (chosen.join() !== preferred.join()) log(`bench: calculators measured: ${chosen.join(', ')}`);
  return chosen.map((slug) => `/calculators/${slug}/`);
}

/** Gzip sizes of files in dist/, read once: every run and both JS totals ask for the same files. */
const gzipSizes = new Map();
function gzipSizeOf(file) {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipSizes.set(file, size);
  }
  return size;
}

/** Gzip size of the inline <script> bodies of an HTML page (not counted as network Script). */
function inlineScriptBytes(html) {
  const bodies = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/type=["']?application\/(ld\+)?json/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((body) => body.trim() !== '');
  return bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
}

/**
 * Every JS file a built page can load, gzip (as the server sends it): module scripts, island
 * components and renderers, and their static imports, read from dist/. Lighthouse never scrolls,
 * so it does not see `client:visible` islands below the fold; this counts them.
 *
 * `onRequest: false` leaves out islands that wake only when the reader asks (`client:request`,
 * the lesson quizzes behind "Start the quiz"), and what only they import: the JavaScript a reader
 * gets by reading and scrolling. `true` counts them too: the page with its quiz started.
 */
function allScriptBytes(html, base, { onRequest }) {
  const toFile = (url) => (url.startsWith(base) ? join(siteDir, url.slice(base.length)) : null);
  const tags = onRequest ? html : html.replace(/<astro-island\b[^>]*\bclient="request"[^>]*>/g, '');
  const queue = [
    ...tags.matchAll(
      /(?:component-url|renderer-url|before-hydration-url|src|href)="([^"]+\.m?js)"/g,
    ),
  ]
    .map((m) => toFile(m[1] ?? ''))
    .filter((file) => file !== null);
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[^"'`()]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/g,
    )) {
      queue.push(join(file, '..', m[1] ?? ''));
    }
  }
  let bytes = 0;
  for (const file of seen) bytes += gzipSizeOf(file);
  return { bytes, files: seen.size };
}

async function benchmarkPages(chromium) {
  const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
  const lessons = listLessons();
  if (lessons.length === 0) throw new Error('no lessons in content/lessons/');
  const paths = ['/', ...lessons.map((l) => `/lessons/${l.slug}/`), '/quiz/', ...pickCalculators()];

  // The floor: the first lesson's text as a bare page, served from a temp folder.
  const firstLesson = lessons[0]?.slug ?? '';
  const lessonHtmlPath = join(siteDir, 'lessons', firstLesson, 'index.html');
  const floor = floorPage(readFileSync(lessonHtmlPath, 'utf8'));
  const floorDir = tempDir('bench-floor-');
  mkdirSync(join(floorDir.dir, 'floor'));
  writeFileSync(join(floorDir.dir, 'floor', 'index.html'), floor.html);
  log(
    `bench: floor page from ${lessonHtmlPath}: ${floor.blocks} blocks, ${floor.words} words, ${floor.html.length} bytes`,
  );

  const site = await startServer(siteDir, { base });
  const floorServer = await startServer(floorDir.dir);
  const pages = [
    ...paths.map((path) => ({
      label: path,
      url: `${site.origin}${base}${path.slice(1)}`,
      isFloor: false,
    })),
    { label: `floor (${firstLesson})`, url: `${floorServer.origin}/floor/`, isFloor: true },
  ].map((page) => ({
    ...page,
    runs: [],
    errors: [],
    inlineJsBytes: null,
    allJsBytes: null,
    allJsFiles: 0,
    startedJsBytes: null,
    median: null,
    lcpRatio: null,
  }));

  // Every page must load (200, HTML) before Lighthouse sees it.
  for (const page of pages) {
    try {
      const response = await fetchWithTimeout(page.url, 15_000, {
        headers: { 'accept-encoding': 'gzip' },
      });
      if (response.status !== 200 || !response.type.startsWith('text/html')) {
        throw new Error(`HTTP ${response.status} ${response.type}`);
      }
      const html = response.body.toString('utf8');
      page.inlineJsBytes = inlineScriptBytes(html);
      const none = { bytes: 0, files: 0 };
      const all = page.isFloor ? none : allScriptBytes(html, base, { onRequest: false });
      const started = page.isFloor ? none : allScriptBytes(html, base, { onRequest: true });
      // Inline scripts (Astro's island runtime) count too: they are JavaScript the page ships.
      page.allJsBytes = all.bytes + page.inlineJsBytes;
      page.allJsFiles = all.files;
      page.startedJsBytes = started.bytes + page.inlineJsBytes;
    } catch (error) {
      page.errors.push(`does not load: ${String(error)}`);
      broken.push(`${page.label} does not load: ${String(error)}`);
    }
  }

  // Round-robin (run 1 of every page, then run 2…) so a burst of load on this shared machine
  // spreads over all pages, the floor included, instead of skewing one page's three runs.
  const total = runs * pages.length;
  let done = 0;
  for (let run = 1; run <= runs; run += 1) {
    for (const page of pages) {
      done += 1;
      if (page.errors.some((e) => e.startsWith('does not load'))) continue;
      const started = performance.now();
      let result;
      for (let attempt = 1; attempt <= 2 && !result; attempt += 1) {
        try {
          result = await runLighthouse(page.url, { chromium, args: chromiumArgs });
        } catch (error) {
          const message = String(error instanceof Error ? error.message : error).split('\n')[0];
          page.errors.push(`run ${run}, attempt ${attempt}: ${message}`);
          log(`bench: ${page.label} run ${run} attempt ${attempt} failed: ${message}`);
        }
      }
      if (!result) {
        broken.push(`Lighthouse failed twice on ${page.label} (run ${run})`);
        continue;
      }
      // The same scripts' gzip bodies, from dist/: transferSize also counts response headers.
      result.jsBodyBytes = page.isFloor
        ? 0
        : result.scripts.reduce((sum, script) => {
            const file = script.url.startsWith(base)
              ? join(siteDir, script.url.slice(base.length).split('?')[0] ?? '')
              : '';
            return sum + (file && existsSync(file) ? gzipSizeOf(file) : 0);
          }, 0);
      page.runs.push(result);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      log(
        `bench: [${done}/${total}] ${page.label} run ${run}: ` +
          CATEGORIES.map((id) => result.scores[id] ?? '–').join('/') +
          `, LCP ${Math.round(result.lcp ?? NaN)} ms (${seconds} s)`,
      );
    }
  }
  site.stop();
  floorServer.stop();
  floorDir.remove();

  for (const page of pages) if (page.runs.length > 0) page.median = medians(page.runs);
  const floorLcp = pages.find((p) => p.isFloor)?.median?.lcp ?? null;
  for (const page of pages) {
    if (page.median?.lcp != null && floorLcp) page.lcpRatio = page.median.lcp / floorLcp;
    page.misses = missesOf(page, page.isFloor);
  }
  return { pages, floor: { lesson: firstLesson, words: floor.words, bytes: floor.html.length } };
}

function printPages(pages, buildSeconds) {
  console.log('');
  console.log(
    `Lighthouse ${report.environment.lighthouse}, ${report.environment.chromium ?? 'Chromium'}, ` +
      `default config (emulated mobile, simulated throttling); medians of ${runs} runs.`,
  );
  console.log(
    `Build time: ${buildSeconds.toFixed(1)} s wall, ${report.build?.cpuSeconds?.toFixed(1) ?? '–'} s CPU`,
  );
  console.log('');
  for (const line of table(pages)) console.log(line);
  console.log('');
  console.log(
    `Targets: ${TARGETS.score} in all four categories; LCP ≤ ${TARGETS.lcpRatio.toFixed(2)}× the floor; ` +
      `heaviest page ≤ ${TARGETS.jsBytes / 1024} KB JS gzip. ✗ marks a miss.`,
  );
  console.log(
    "JS KB gz = transferSize of resourceType Script in Lighthouse's network records (what loads " +
      "without scrolling; it includes each response's headers, which this HTTP/1.1 server repeats " +
      'in full); JS body = the gzip bodies of those same files; inline JS = gzip of inline <script> ' +
      'bodies; JS loaded = JS body + inline JS, judged against the budget; all JS = gzip of every ' +
      'JS file the page loads as the reader reads and scrolls (`client:visible` islands included, ' +
      'from dist/) + inline JS, judged too; started = all JS with the `client:request` quizzes ' +
      'started as well (not judged: the reader asked for it). KB = 1024 bytes.',
  );
  const measured = pages.filter((p) => !p.isFloor && p.median);
  const heaviest = measured.reduce(
    (a, b) => ((loadedJsBytes(b) ?? 0) > (a ? (loadedJsBytes(a) ?? 0) : -1) ? b : a),
    undefined,
  );
  const scoreMisses = measured.filter((p) =>
    CATEGORIES.some((id) => (p.median?.scores[id] ?? 0) < TARGETS.score),
  );
  const lcpMisses = measured.filter((p) => p.lcpRatio !== null && p.lcpRatio > TARGETS.lcpRatio);
  const heaviestBytes = heaviest ? (loadedJsBytes(heaviest) ?? 0) : 0;
  const heaviestAll = measured.reduce(
    (a, b) => ((b.allJsBytes ?? 0) > (a?.allJsBytes ?? -1) ? b : a),
    undefined,
  );
  const heaviestAllBytes = heaviestAll?.allJsBytes ?? 0;
  const summary = {
    allScores100: scoreMisses.length === 0,
    pagesBelow100: scoreMisses.map((p) => p.label),
    lcpWithinFloorTarget: lcpMisses.length === 0,
    pagesOverLcpTarget: lcpMisses.map((p) => ({ page: p.label, ratio: p.lcpRatio })),
    heaviestPage: heaviest ? { page: heaviest.label, jsBytes: heaviestBytes } : null,
    heaviestWithinJsTarget: heaviestBytes <= TARGETS.jsBytes,
    heaviestPageAllJs: heaviestAll ? { page: heaviestAll.label, jsBytes: heaviestAllBytes } : null,
    heaviestAllJsWithinTarget: heaviestAllBytes <= TARGETS.jsBytes,
  };
  const mark = (ok) => (ok ? 'met ' : 'MISSED');
  console.log(
    `  ${mark(summary.allScores100)} 100 in all four categories${scoreMisses.length ? `: below on ${summary.pagesBelow100.join(', ')}` : ''}`,
  );
  console.log(
    `  ${mark(summary.lcpWithinFloorTarget)} LCP within 15% of the floor${lcpMisses.length ? `: over on ${lcpMisses.map((p) => `${p.label} (${p.lcpRatio?.toFixed(2)}×)`).join(', ')}` : ''}`,
  );
  console.log(
    `  ${mark(summary.heaviestWithinJsTarget)} heaviest page ≤ 20 KB JS gzip, as loaded by Lighthouse: ${heaviest?.label ?? '–'} ${(heaviestBytes / 1024).toFixed(1)} KB`,
  );
  console.log(
    `  ${mark(summary.heaviestAllJsWithinTarget)} heaviest page ≤ 20 KB JS gzip, every island that wakes by itself loaded: ${heaviestAll?.label ?? '–'} ${(heaviestAllBytes / 1024).toFixed(1)} KB`,
  );

  // Why a median score is below 100: the audits in that category that did not pass, any run.
  const below = (page) => CATEGORIES.filter((id) => (page.median?.scores[id] ?? 0) < TARGETS.score);
  const why = pages.filter((p) => p.median && below(p).length > 0);
  if (why.length > 0) {
    console.log('\nWhy a median score is below 100 (audits that did not pass in any run):');
    for (const page of why) {
      const byCategory = new Map(below(page).map((category) => [category, new Set()]));
      for (const run of page.runs)
        for (const [category, ids] of Object.entries(run.failing))
          for (const id of ids) byCategory.get(category)?.add(id);
      console.log(
        `  ${page.label}: ${[...byCategory].map(([c, ids]) => `${c}: ${[...ids].join(', ')}`).join('; ')}`,
      );
    }
  }
  return summary;
}

let exitCode = 0;
try {
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium found (set CHROMIUM_PATH or install chromium)');
  report.environment = environment(chromium);

  if (!options['scale-only']) {
    log('bench: building the site…');
    const build = await timedBuild('.');
    const buildSeconds = build.seconds;
    report.build = build;
    log(`bench: built in ${buildSeconds.toFixed(1)} s (${build.cpuSeconds ?? '–'} s CPU)`);
    // Serve a snapshot of this build: other work on this machine may rebuild dist/ meanwhile.
    const snapshot = tempDir('bench-site-');
    cpSync('dist', snapshot.dir, { recursive: true });
    siteDir = snapshot.dir;

    const { pages, floor } = await benchmarkPages(chromium);
    report.floor = floor;
    report.pages = pages.map(
      ({
        label,
        url,
        isFloor,
        runs: pageRuns,
        errors,
        median,
        lcpRatio,
        inlineJsBytes,
        allJsBytes,
        allJsFiles,
        startedJsBytes,
        misses,
      }) => ({
        page: label,
        url,
        isFloor,
        median,
        lcpRatioToFloor: isFloor ? 1 : lcpRatio,
        inlineScriptGzipBytes: inlineJsBytes,
        allScriptsGzipBytes: allJsBytes,
        allScriptFiles: allJsFiles,
        withQuizStartedGzipBytes: startedJsBytes,
        misses,
        errors,
        runs: pageRuns.map((run) => {
          const { warnings, errored, ...rest } = run;
          void warnings;
          void errored;
          return rest;
        }),
      }),
    );
    const errored = new Map();
    const warnings = new Set();
    for (const page of pages)
      for (const run of page.runs) {
        for (const { id, message } of run.errored) errored.set(id, message);
        for (const warning of run.warnings) warnings.add(warning);
      }
    report.erroredAudits = [...errored].map(([id, message]) => ({ id, message }));
    report.runWarnings = [...warnings];
    report.summary = printPages(pages, buildSeconds);
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

  if (!options['no-scale']) {
    const scale = await measureScale(factor, scaleBuilds, log);
    report.scale = scale;
    const f = (v, unit = ' s') =>
      v === null ? '–' : unit === '×' ? `${v.toFixed(2)}×` : `${v.toFixed(1)}${unit}`;
    console.log(
      `\nBuild scaling: content ×${scale.factor} (${scale.lessons.before} → ${scale.lessons.after} lessons, ` +
        `${scale.base.pages} → ${scale.scaled.pages} pages), copies of the project, every build cold, ` +
        `medians of ${scale.buildsEach} alternating builds each:`,
    );
    console.log(
      `  wall: ${f(scale.base.seconds)} → ${f(scale.scaled.seconds)}, ratio ${f(scale.ratio, '×')}` +
        `   (samples ${scale.base.samples.map((b) => b.seconds.toFixed(1)).join(', ')} → ` +
        `${scale.scaled.samples.map((b) => b.seconds.toFixed(1)).join(', ')})`,
    );
    console.log(
      `  CPU (the build and every process it waited for):  ${f(scale.base.cpuSeconds)} → ${f(scale.scaled.cpuSeconds)}, ratio ${f(scale.cpuRatio, '×')}` +
        `   (less sensitive than wall time to other work on this machine)`,
    );
    if (report.build) {
      console.log(
        `  the site's own build above (its own caches, other work on the machine): ` +
          `${f(report.build.seconds)} wall, ${f(report.build.cpuSeconds)} CPU`,
      );
    }
  }
} catch (error) {
  broken.push(error instanceof Error ? error.message : String(error));
} finally {
  cleanUpAll();
}

report.finishedAt = new Date().toISOString();
mkdirSync('bench', { recursive: true });
const stamp = report.startedAt.replace(/[:.]/g, '-');
writeFileSync(join('bench', `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join('bench', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote bench/bench-${stamp}.json (and bench/latest.json).`);
if (broken.length > 0) {
  exitCode = 1;
  console.error('\nBROKEN RUN:');
  for (const problem of broken) console.error(`  ${problem}`);
}
// Exit explicitly: a connection Lighthouse left open must not keep the process waiting.
process.exit(exitCode);
