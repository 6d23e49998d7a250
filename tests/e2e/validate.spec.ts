/**
 * Every built HTML page, and every chart image (SVG), through the W3C Nu HTML Checker (the
 * `vnu-jar` package), in one Java process for all files: zero errors. Warnings are not counted.
 * For an SVG that means well-formed XML and only elements and attributes SVG allows. It reads
 * dist/, so it lives with the end-to-end tests, which run after the build; it needs no browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const dist = join(process.cwd(), 'dist');
const jar = join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const java = process.env.JAVA ?? 'java';

interface VnuMessage {
  type: string;
  subType: string | undefined;
  url: string | undefined;
  lastLine: number | undefined;
  firstColumn: number | undefined;
  message: string;
  extract: string | undefined;
}

/** The messages of vnu's JSON report, checked field by field. */
function vnuMessages(report: unknown): VnuMessage[] {
  if (typeof report !== 'object' || report === null || !('messages' in report)) {
    throw new Error('not a vnu report');
  }
  const { messages } = report;
  if (!Array.isArray(messages)) throw new Error('not a vnu report');
  return messages.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) throw new Error('not a vnu message');
    const field = (key: string): unknown => (key in item ? Reflect.get(item, key) : undefined);
    const text = (key: string): string | undefined => {
      const value = field(key);
      return typeof value === 'string' ? value : undefined;
    };
    const number = (key: string): number | undefined => {
      const value = field(key);
      return typeof value === 'number' ? value : undefined;
    };
    return {
      type: text('type') ?? 'error',
      subType: text('subType'),
      url: text('url'),
      lastLine: number('lastLine'),
      firstColumn: number('firstColumn'),
      message: text('message') ?? '(no message)',
      extract: text('extract'),
    };
  });
}

function builtFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtFiles(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

test('every built page and chart image is valid by the W3C Nu checker', () => {
  test.setTimeout(180_000);
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `Java is needed to run the HTML validator (vnu.jar) and \`${java}\` could not be run ` +
        `(${probe.error?.message ?? `exit ${String(probe.status)}`}). ` +
        'Install it with: apt-get install -y default-jre-headless',
    );
  }
  expect(existsSync(jar), `${jar} (npm install vnu-jar)`).toBe(true);
  expect(existsSync(dist), 'dist/ (run `npm run build` first)').toBe(true);
  const pages = builtFiles(dist, '.html');
  const charts = builtFiles(join(dist, 'charts'), '.svg');
  expect(pages.length).toBeGreaterThan(0);
  expect(charts.length).toBeGreaterThan(0);
  const files = [...pages, ...charts].sort();

  const options = ['--format', 'json', '--errors-only', '--also-check-svg'];
  const run = spawnSync(java, ['-jar', jar, ...options, ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  let messages: VnuMessage[];
  try {
    messages = vnuMessages(JSON.parse(run.stderr));
  } catch {
    throw new Error(
      `vnu did not produce a JSON report (exit ${String(run.status)}):\n${run.stderr}`,
    );
  }
  const errors = messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => {
      const file = message.url?.startsWith('file:')
        ? relative(process.cwd(), fileURLToPath(message.url))
        : (message.url ?? '(no file)');
      const where = `${file}:${String(message.lastLine ?? '?')}:${String(message.firstColumn ?? '?')}`;
      const extract = message.extract ? `  «${message.extract.replace(/\s+/g, ' ').trim()}»` : '';
      return `${where} ${message.message}${extract}`;
    });
  expect(
    errors,
    `vnu found ${String(errors.length)} error(s) in ${String(files.length)} files`,
  ).toEqual([]);
  expect(run.status, 'vnu exit status').toBe(0);
});
