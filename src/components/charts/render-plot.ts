/**
 * Renders an Observable Plot chart to SVG markup at build time.
 *
 * Why Observable Plot with linkedom: Plot is a real charting library (scales, axes, ticks, bars,
 * lines and text marks from the D3 team) whose only need from a browser is a `document` to create
 * elements in, and it accepts one as an option. linkedom supplies that document on the server in
 * a few milliseconds and without a headless browser, unlike jsdom (heavier and slower) or a
 * Puppeteer screenshot (a browser in the build, and a picture instead of text). The result is
 * plain SVG text written into the page: readers download no chart JavaScript, the numbers on
 * the axes are real text that scales and can be read aloud, and the build stays deterministic.
 *
 * The site runs a hash-based Content-Security-Policy, which blocks inline `style` attributes
 * and un-hashed `<style>` elements. Plot adds both (a scoped `<style>` and a few `style`
 * attributes), so this module removes them; the look comes from classes styled in
 * `Chart.astro`. It also refuses to return markup that still carries a script or a handler.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Words that stand in for the picture for people who cannot see it. */
export interface PlotText {
  /** The chart's title, also the SVG's `<title>`. */
  readonly title: string;
  /** One or two sentences that say what the chart shows; the SVG's accessible name with the title. */
  readonly summary: string;
}

/** The class every chart SVG carries; Chart.astro styles it. */
export const PLOT_CLASS = 'chart-plot';

/**
 * Text size in viewBox units. Charts are drawn 320 to 420 units wide, so on a phone (about 340
 * pixels) the text stays near 10 pixels and on a desktop column it grows to about 16.
 */
export const PLOT_FONT_SIZE = 12;

/** What the markup must never contain under the site's Content-Security-Policy. */
const FORBIDDEN_MARKUP: readonly (readonly [RegExp, string])[] = [
  [/<style[\s>]/i, 'a <style> element'],
  [/\sstyle\s*=/i, 'a style attribute'],
  [/<script[\s>]/i, 'a <script> element'],
  [/\son[a-z]+\s*=/i, 'an inline event handler'],
  [/<foreignObject[\s>]/i, 'a <foreignObject> element'],
];

/** Throws if SVG markup would break the site's Content-Security-Policy or carry code. */
export function assertSafeSvg(markup: string): void {
  for (const [pattern, what] of FORBIDDEN_MARKUP) {
    if (pattern.test(markup)) throw new Error(`chart SVG contains ${what}, which the CSP forbids`);
  }
}

/**
 * Runs Plot in a server-side document and returns the `<svg>` markup: sized by its viewBox only
 * (so CSS can make it 100% wide), `role="img"` with an `aria-label` and a `<title>`, and no
 * inline styles. Pass Plot options without `document`, `style` or `className`; they are set here.
 */
export function renderPlot(options: Omit<Plot.PlotOptions, 'document'>, text: PlotText): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const rendered = Plot.plot({
    ...options,
    document,
    className: PLOT_CLASS,
    style: null,
    ariaLabel: null,
    ariaDescription: null,
  });
  const svg = rendered.tagName.toLowerCase() === 'svg' ? rendered : rendered.querySelector('svg');
  if (!svg) throw new Error(`Plot did not produce an <svg> for "${text.title}"`);

  for (const element of svg.querySelectorAll('style, script, foreignObject, title, desc')) {
    element.remove();
  }
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    element.removeAttribute('style');
    // Plot writes font-variant="tabular-nums" on its axes, which is not a valid value for SVG's
    // font-variant attribute (the HTML validator rejects it); Chart.astro's CSS sets it instead.
    if (element.getAttribute('font-variant') === 'tabular-nums') {
      element.removeAttribute('font-variant');
    }
    for (const attribute of [...element.getAttributeNames()]) {
      if (/^on/i.test(attribute) || (element !== svg && /^aria-/.test(attribute))) {
        element.removeAttribute(attribute);
      }
    }
  }
  // The viewBox alone fixes the proportions; CSS sets the width so the chart fits a phone.
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.removeAttribute('font-family');
  svg.setAttribute('font-size', String(PLOT_FONT_SIZE));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${text.title}. ${text.summary}`);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = `${text.title}. ${text.summary}`;
  svg.insertBefore(title, svg.firstChild);

  const markup = svg.outerHTML;
  assertSafeSvg(markup);
  return markup;
}
