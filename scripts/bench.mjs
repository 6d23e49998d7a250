#!/usr/bin/env node
/**
 * A first benchmark: builds the site, then reports its build time and the JavaScript each page
 * ships (gzip). Lighthouse runs join it in the finishing issue.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const started = performance.now();
execFileSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  stdio: 'ignore',
});
const buildSeconds = (performance.now() - started) / 1000;

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The scripts a page loads on arrival: module scripts and their static imports, plus inline ones. */
function javaScriptOf(htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const seen = new Set();
  const queue = [
    ...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g),
  ].map((m) => m[1]);
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join('dist', file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s])import\s*(?:[^"'`()]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g,
    )) {
      queue.push(`/_astro/${m[1]}`);
    }
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  const bytes = [
    ...[...seen].map((f) => readFileSync(join('dist', f))),
    ...inline.map((t) => Buffer.from(t)),
  ].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  return { bytes, files: seen.size };
}

console.log(`Build time: ${buildSeconds.toFixed(1)} s\n`);
console.log('page'.padEnd(50), 'JS files', 'JS gzip');
for (const file of htmlFiles('dist').sort()) {
  const { bytes, files } = javaScriptOf(file);
  console.log(
    `/${relative('dist', file)}`.padEnd(50),
    String(files).padStart(8),
    `${(bytes / 1024).toFixed(1)} KB`.padStart(8),
  );
}
