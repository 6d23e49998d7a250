#!/usr/bin/env node
/**
 * Every test in one command: unit, content and island tests (Vitest), then a fresh build and the
 * end-to-end tests in Chromium (Playwright). Ends with one line, "N passed, N failed", that
 * counts the tests of both runners together (CI reads that exact line, so the skipped count goes
 * on the line before it). Its working folder under the system temp dir is removed on the way out.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'tde-tests-'));
const vitestJson = join(work, 'vitest.json');
const playwrightJson = join(work, 'playwright.json');
// Each tool runs on this same Node (the project's own Node 24), whatever else is on the PATH.
const tools = {
  vitest: join('node_modules', 'vitest', 'vitest.mjs'),
  astro: join('node_modules', 'astro', 'bin', 'astro.mjs'),
  playwright: join('node_modules', '@playwright', 'test', 'cli.js'),
};

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

const vitestStatus = run('Unit, content and island tests (Vitest)', process.execPath, [
  tools.vitest,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  // Vitest counts `skip` and `todo` apart; both are tests that did not run.
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if (vitestStatus !== 0 && (vitest.numFailedTests ?? 0) === 0) broken = true;
} else if (vitestStatus !== 0) broken = true;

const browserStatus = run('Browser for the end-to-end tests', process.execPath, [
  'scripts/ensure-browser.mjs',
]);
const buildStatus =
  browserStatus === 0 ? run('Build', process.execPath, [tools.astro, 'build']) : 1;
if (buildStatus !== 0) {
  broken = true;
  console.error('\nThe build failed, so the end-to-end tests could not run.');
} else {
  const e2eStatus = run(
    'End-to-end tests (Playwright, Chromium)',
    process.execPath,
    [tools.playwright, 'test'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    },
  );
  const report = readJson(playwrightJson);
  if (report?.stats) {
    passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected ?? 0;
    skipped += report.stats.skipped ?? 0;
    if (e2eStatus !== 0 && (report.stats.unexpected ?? 0) === 0) broken = true;
  } else if (e2eStatus !== 0) broken = true;
}

if (broken)
  console.error('\nA test run stopped before it could report (see above); counted as a failure.');
rmSync(work, { recursive: true, force: true });
console.log(`\n${skipped} skipped`);
console.log(`${passed} passed, ${failed + (broken ? 1 : 0)} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
