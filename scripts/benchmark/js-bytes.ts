/**
 * The JavaScript a built page ships, counted from dist/ as the server sends it (gzip). Lighthouse
 * never scrolls, so it misses `client:visible` islands below the fold; these counts do not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip sizes of files, read once: every run and both JS totals ask for the same files. */
const gzipSizes = new Map<string, number>();
export function gzipSizeOf(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipSizes.set(file, size);
  }
  return size;
}

/** Gzip size of the inline <script> bodies of an HTML page (not counted as network Script). */
export function inlineScriptBytes(html: string): number {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/type=["']?application\/(ld\+)?json/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((body) => body.trim() !== '')
    .reduce((sum, body) => sum + gzipSync(body).length, 0);
}

/**
 * Every JS file a built page can load: module scripts, island components and renderers, and their
 * static imports, read from `siteDir`.
 *
 * `onRequest: false` leaves out islands that wake only when the reader asks (`client:request`,
 * the lesson quizzes behind "Start the quiz"), and what only they import: the JavaScript a reader
 * gets by reading and scrolling. `true` counts them too: the page with its quiz started.
 */
export function allScriptBytes(
  html: string,
  options: { siteDir: string; base: string; onRequest: boolean },
): { bytes: number; files: number } {
  const { siteDir, base } = options;
  const toFile = (url: string) =>
    url.startsWith(base) ? join(siteDir, url.slice(base.length)) : null;
  const tags = options.onRequest
    ? html
    : html.replace(/<astro-island\b[^>]*\bclient="request"[^>]*>/g, '');
  const queue = [
    ...tags.matchAll(
      /(?:component-url|renderer-url|before-hydration-url|src|href)="([^"]+\.m?js)"/g,
    ),
  ]
    .map((m) => toFile(m[1] ?? ''))
    .filter((file) => file !== null);
  const seen = new Set<string>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
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

/** The gzip bodies of the scripts a run loaded, from dist/ (transferSize also counts headers). */
export function scriptBodyBytes(
  scripts: readonly { readonly url: string }[],
  siteDir: string,
  base: string,
): number {
  return scripts.reduce((sum, script) => {
    const file = script.url.startsWith(base)
      ? join(siteDir, script.url.slice(base.length).split('?')[0] ?? '')
      : '';
    return sum + (file && existsSync(file) ? gzipSizeOf(file) : 0);
  }, 0);
}
