/**
 * The `<style>` every chart image carries. A chart is an `<img>` of its own SVG file, and an image
 * sees none of the page's CSS, so the file brings its font, the rules for its marks and the
 * theme's colours: light, and dark under the same `prefers-color-scheme: dark` query the page
 * uses, which the browser evaluates inside the image as well. The colours are read from
 * `src/styles/global.css` rather than repeated here, so the charts cannot drift from the page's
 * palette. Paths are resolved from the project root, like the series in series-data.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const GLOBAL_CSS = resolve(process.cwd(), 'src/styles/global.css');
const CHART_CSS = ['chart-image.css', 'chart-marks.css'].map((name) =>
  resolve(process.cwd(), 'src/lib/charts', name),
);

/** The declarations of the first `:root { … }` block in `css`, as "--name" → value. */
function rootProperties(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const properties = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    if (name && value) properties.set(name, value.trim());
  }
  return properties;
}

/** The theme's light and dark values of the custom properties a chart uses. */
export function themeProperties(
  globalCss: string,
  names: readonly string[],
): { light: Map<string, string>; dark: Map<string, string> } {
  const darkStart = globalCss.search(/@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/);
  const lightAll = rootProperties(globalCss);
  const darkAll =
    darkStart < 0 ? new Map<string, string>() : rootProperties(globalCss.slice(darkStart));
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const name of names) {
    const value = lightAll.get(name);
    if (value === undefined) {
      throw new Error(`chart images use ${name}, which src/styles/global.css does not define`);
    }
    light.set(name, value);
    const darkValue = darkAll.get(name);
    if (darkValue !== undefined) dark.set(name, darkValue);
  }
  return { light, dark };
}

/**
 * Comments and layout whitespace cost every image bytes and say nothing to a browser. (Enough for
 * the chart stylesheets, which have no descendant selector before a pseudo-class.)
 */
function compact(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,])\s*/g, '$1')
    .replace(/;\}/g, '}')
    .trim();
}

const declarations = (properties: Map<string, string>) =>
  [...properties].map(([name, value]) => `${name}:${value}`).join(';');

let cached: string | undefined;

/** The CSS text for a chart image's `<style>`: theme values, then the chart rules. */
export function chartImageStyle(): string {
  if (cached !== undefined) return cached;
  const rules = compact(CHART_CSS.map((file) => readFileSync(file, 'utf8')).join('\n'));
  const used = [
    ...new Set([...rules.matchAll(/var\((--[\w-]+)\)/g)].map((match) => match[1] ?? '')),
  ];
  const { light, dark } = themeProperties(readFileSync(GLOBAL_CSS, 'utf8'), used);
  const darkRule =
    dark.size > 0 ? `@media (prefers-color-scheme:dark){:root{${declarations(dark)}}}` : '';
  cached = `:root{${declarations(light)}}${darkRule}${rules}`;
  return cached;
}

/** A chart's SVG from `renderPlot` as the file the build writes: the same, with its `<style>`. */
export function withImageStyle(svg: string): string {
  const css = chartImageStyle();
  // The style goes in as plain character data, so it must hold nothing XML would read as markup.
  if (/[<&]/.test(css)) throw new Error('the chart image CSS contains "<" or "&"');
  const afterTitle = svg.indexOf('</title>');
  if (afterTitle < 0) throw new Error('a chart SVG without a <title>');
  const at = afterTitle + '</title>'.length;
  return `${svg.slice(0, at)}<style>${css}</style>${svg.slice(at)}`;
}
