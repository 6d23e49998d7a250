/**
 * Internal link check over the built site, in plain Node (no browser, no network): every `href`
 * and `src` (and `srcset`, the island scripts' URLs and the share image) in every built page that
 * points inside the site resolves to a file in dist/, respecting the site's trailing slashes, and
 * every `#anchor` exists as an `id` in the page it points to. Links to other sites are not fetched,
 * but they must use https.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { sitemapPages } from './pages';

const dist = join(process.cwd(), 'dist');
const site = new URL(process.env.SITE ?? 'http://localhost:4321');
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
/** Attributes that hold one URL. */
const urlAttributes = [
  'href',
  'src',
  'action',
  'poster',
  'component-url',
  'renderer-url',
  'before-hydration-url',
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The public URL of a built file: dist/lessons/a/index.html → <site><base>lessons/a/. */
function pageUrl(file: string): URL {
  const path = relative(dist, file).split(sep).join('/');
  const clean = path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1');
  return new URL(`${base}${clean}`, site);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The dist/ file a site URL is served from, or a reason why there is none. */
function resolveTarget(target: URL): { file: string } | { problem: string } {
  const pathname = decodeURIComponent(target.pathname);
  if (!pathname.startsWith(base)) return { problem: `outside the base path ${base}` };
  const path = join(dist, pathname.slice(base.length));
  if (pathname.endsWith('/')) {
    const index = join(path, 'index.html');
    return isFile(index) ? { file: index } : { problem: 'no such page' };
  }
  if (isFile(path)) return { file: path };
  if (isFile(join(path, 'index.html'))) return { problem: 'missing its trailing slash' };
  return { problem: 'no such file' };
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id]')].map((element) => element.id));
    idCache.set(file, ids);
  }
  return ids;
}

function urlsIn(html: string): string[] {
  const { document } = parseHTML(html);
  const urls: string[] = [];
  for (const attribute of urlAttributes) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      urls.push(element.getAttribute(attribute) ?? '');
    }
  }
  for (const element of document.querySelectorAll('[srcset]')) {
    const srcset = element.getAttribute('srcset') ?? '';
    for (const candidate of srcset.split(',')) {
      const first = candidate.trim().split(/\s+/)[0];
      if (first) urls.push(first);
    }
  }
  for (const element of document.querySelectorAll(
    'meta[property="og:image"], meta[property="og:url"]',
  )) {
    urls.push(element.getAttribute('content') ?? '');
  }
  return urls;
}

test('every internal link and resource in the built pages resolves, and every anchor exists', () => {
  expect(existsSync(dist), 'dist/ (run `npm run build` first)').toBe(true);
  const files = htmlFiles(dist).sort();
  expect(files.length).toBeGreaterThan(0);
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const from = pageUrl(file);
    const name = relative(dist, file);
    for (const raw of urlsIn(readFileSync(file, 'utf8'))) {
      checked += 1;
      const value = raw.trim();
      if (value === '') {
        broken.push(`${name}: an empty URL`);
        continue;
      }
      let target: URL;
      try {
        target = new URL(value, from);
      } catch {
        broken.push(`${name}: ${value} is not a valid URL`);
        continue;
      }
      if (target.protocol === 'data:' || target.protocol === 'mailto:') continue;
      if (target.origin !== site.origin) {
        if (target.protocol !== 'https:') broken.push(`${name}: ${value} is not https`);
        continue;
      }
      const resolved = resolveTarget(target);
      if ('problem' in resolved) {
        broken.push(`${name}: ${value} → ${resolved.problem}`);
        continue;
      }
      if (target.hash !== '' && resolved.file.endsWith('.html')) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (id === '') broken.push(`${name}: ${value} is an empty anchor`);
        else if (!idsOf(resolved.file).has(id))
          broken.push(`${name}: ${value} → no element with id="${id}"`);
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
  expect(broken, `${String(broken.length)} broken of ${String(checked)} URLs`).toEqual([]);
});

test('every page in the sitemap is a built page', () => {
  const pages = sitemapPages();
  expect(pages.length).toBeGreaterThan(0);
  // Only pages: not the chart images, the GIFT and JSON exports or any other file the build writes.
  expect(pages.filter((path) => !path.endsWith('/') && !path.endsWith('.html'))).toEqual([]);
  const missing = pages.filter((path) => {
    const resolved = resolveTarget(new URL(path, site));
    return 'problem' in resolved;
  });
  expect(missing).toEqual([]);
});

test('robots.txt points to the sitemap', () => {
  const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
  const sitemap = /^Sitemap:\s*(\S+)\s*$/m.exec(robots)?.[1];
  expect(sitemap, 'a Sitemap: line').toBeDefined();
  const resolved = resolveTarget(new URL(sitemap ?? '', site));
  expect(resolved).toHaveProperty('file');
});
