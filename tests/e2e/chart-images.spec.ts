/**
 * The chart pictures as the build writes them (dist/charts/*.svg) and as lessons show them. Each
 * file is well-formed XML by the browser's own strict parser, with the SVG namespace, a viewBox,
 * a `<title>`, a width and height equal to its viewBox and to its `<img>`'s, a stylesheet with
 * dark-mode colours, and no style attribute or script. Every chart `<img>` points at one of
 * them, every file is shown somewhere, and in dark mode the browser really draws it differently.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { CAPTIONED_CHART_ALT } from '../../src/lib/charts/captioned-alt';
import { expect, test } from './fixtures';

const dist = join(process.cwd(), 'dist');
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const chartsDir = join(dist, 'charts');

function chartFiles(): { name: string; text: string }[] {
  expect(existsSync(chartsDir), 'dist/charts/ (run `npm run build` first)').toBe(true);
  return readdirSync(chartsDir)
    .filter((name) => name.endsWith('.svg'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(chartsDir, name), 'utf8') }));
}

/** Every built page, as its path under dist/ ("lessons/goods-and-services/index.html"). */
function builtPages(dir = dist, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return builtPages(dir, path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every chart `<img>` in the built pages (the lessons and /latest/), with the page it is on. */
function chartImages(): {
  page: string;
  src: string;
  alt: string;
  /** How many pictures its figure has. */
  panels: number;
  width: string;
  height: string;
}[] {
  return builtPages().flatMap((page) => {
    const html = readFileSync(join(dist, page), 'utf8');
    if (!html.includes('class="chart"')) return [];
    const { document } = parseHTML(html);
    return [...document.querySelectorAll('figure.chart img')].map((image) => ({
      page,
      src: image.getAttribute('src') ?? '',
      alt: image.getAttribute('alt') ?? '',
      panels: image.closest('figure')?.querySelectorAll('img').length ?? 0,
      width: image.getAttribute('width') ?? '',
      height: image.getAttribute('height') ?? '',
    }));
  });
}

test('every chart image is well-formed SVG with a viewBox, a title, its size and dark-mode colours', async ({
  page,
}) => {
  const files = chartFiles();
  expect(files.length).toBeGreaterThanOrEqual(5);
  for (const { name, text } of files) {
    const svg = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        name: root.localName,
        namespace: root.namespaceURI,
        viewBox: root.getAttribute('viewBox'),
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        title: root.querySelector(':scope > title')?.textContent ?? '',
        style: [...root.querySelectorAll('style')].map((style) => style.textContent).join(''),
        styleAttributes: root.querySelectorAll('[style]').length,
        scripts: root.querySelectorAll('script, foreignObject').length,
      };
    }, text);
    expect(svg.parseError, `${name} parses as XML`).toBeNull();
    expect(svg.name, name).toBe('svg');
    expect(svg.namespace, name).toBe('http://www.w3.org/2000/svg');
    expect(svg.viewBox, name).toBe(`0 0 ${String(svg.width)} ${String(svg.height)}`);
    expect(Number(svg.width), name).toBeGreaterThan(0);
    expect(svg.title.length, `${name} has a <title>`).toBeGreaterThan(20);
    expect(svg.style, name).toMatch(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/);
    expect(svg.styleAttributes, `${name} has no style attribute`).toBe(0);
    expect(text, name).not.toMatch(/\sstyle\s*=/);
    expect(svg.scripts, name).toBe(0);
  }
});

test('every chart <img> shows a built SVG at its size, and every SVG is shown', () => {
  const files = new Map(chartFiles().map((file) => [file.name, file.text]));
  const images = chartImages();
  expect(images.length).toBeGreaterThanOrEqual(5);
  const shown = new Set<string>();
  for (const image of images) {
    const where = `${image.page}: ${image.src}`;
    expect(image.src.startsWith(`${base}charts/`), where).toBe(true);
    const name = image.src.slice(`${base}charts/`.length);
    const svg = files.get(name);
    expect(svg, `${where} is a built file`).toBeDefined();
    shown.add(name);
    const root = parseHTML(
      `<!doctype html><html><body>${svg ?? ''}</body></html>`,
    ).document.querySelector('svg');
    expect(root?.getAttribute('width'), where).toBe(image.width);
    expect(root?.getAttribute('height'), where).toBe(image.height);
    const title = root?.querySelector('title')?.textContent ?? '';
    expect(title.length, where).toBeGreaterThan(20);
    // One panel: the caption says what the title would, so the alt points to it (no echo).
    // Two panels: each picture's alt is its own description, the same as its file's title.
    expect(image.alt, where).toBe(image.panels === 1 ? CAPTIONED_CHART_ALT : title);
  }
  expect(
    [...files.keys()].filter((name) => !shown.has(name)),
    'charts no page shows',
  ).toEqual([]);
});

test('a chart image is served as SVG and drawn in other colours in dark mode', async ({
  page,
  request,
}) => {
  const response = await request.get(`${base}charts/annual-balance-1991-2025.svg`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);

  async function drawn(colorScheme: 'light' | 'dark'): Promise<Buffer> {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${base}lessons/goods-and-services/`);
    const image = page.locator('figure.chart img').first();
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
    // The same backdrop in both modes, so any difference comes from inside the image.
    await image.evaluate((element: HTMLImageElement) => {
      element.style.background = 'rgb(128, 128, 128)';
    });
    return image.screenshot();
  }

  const light = await drawn('light');
  const dark = await drawn('dark');
  expect(light.equals(dark), 'the image looks the same in light and dark mode').toBe(false);
});
