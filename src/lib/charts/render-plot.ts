/**
 * Renders an Observable Plot chart to a standalone SVG document at build time.
 *
 * Why Observable Plot with linkedom: Plot is a real charting library (scales, axes, ticks, bars,
 * lines and text marks from the D3 team) whose only need from a browser is a `document` to create
 * elements in, and it accepts one as an option. linkedom supplies that document on the server in
 * a few milliseconds and without a headless browser, unlike jsdom (heavier and slower) or a
 * Puppeteer screenshot (a browser in the build, and a picture instead of text). The result is
 * a plain SVG file that the page shows with an `<img>`: readers download no chart JavaScript, the
 * numbers on the axes are real text that stays sharp at any size, and the build stays
 * deterministic. Being a file rather than markup inside the page, a chart costs a lesson's HTML
 * (and the first round trip that LCP waits on) nothing, and it loads only when scrolled near.
 *
 * Plot adds a scoped `<style>` (with a white background that would glare in dark mode) and a few
 * `style` attributes; this module removes both, so the whole look comes from the one stylesheet
 * the build adds to each file (image-style.ts). It also refuses to return markup that carries a
 * script or a handler.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartImage } from './chart-spec';

/** Words that stand in for the picture for people who cannot see it. */
export interface PlotText {
  /** The chart's title, also the SVG's `<title>`. */
  readonly title: string;
  /** One or two sentences that say what the chart shows; with the title, the image's alt text. */
  readonly summary: string;
}

/** The class on every chart SVG, instead of the generated one Plot would pick. */
export const PLOT_CLASS = 'chart-plot';

/**
 * Text size in viewBox units. Charts are drawn 320 to 420 units wide, so on a phone (about 340
 * pixels) the text stays near 10 pixels and on a desktop column it grows to about 16.
 */
export const PLOT_FONT_SIZE = 12;

/**
 * What Plot's markup must never keep: code, or any styling besides the one stylesheet the build
 * adds to each file (so no `style` attribute, which a hash-based policy would also block).
 */
const FORBIDDEN_MARKUP: readonly (readonly [RegExp, string])[] = [
  [/<style[\s>]/i, 'a <style> element'],
  [/\sstyle\s*=/i, 'a style attribute'],
  [/<script[\s>]/i, 'a <script> element'],
  [/\son[a-z]+\s*=/i, 'an inline event handler'],
  [/<foreignObject[\s>]/i, 'a <foreignObject> element'],
];

/** Throws if SVG markup carries code or styling of its own. */
export function assertSafeSvg(markup: string): void {
  for (const [pattern, what] of FORBIDDEN_MARKUP) {
    if (pattern.test(markup)) throw new Error(`chart SVG contains ${what}, which it must not`);
  }
}

/** A size Plot wrote on the SVG, as a whole number; anything else would misshape the `<img>`. */
function sizeAttribute(svg: Element, name: 'width' | 'height', title: string): number {
  const value = Number(svg.getAttribute(name));
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`Plot drew "${title}" with ${name}="${String(svg.getAttribute(name))}"`);
  }
  return value;
}

/**
 * Runs Plot in a server-side document and returns the SVG as a file of its own: `xmlns`, a width
 * and height equal to its viewBox (the `<img>` gets the same, so the page keeps its box before the
 * file arrives), a `<title>`, no inline styles, and the alt text for the `<img>`. Pass Plot options
 * without `document`, `style` or `className`; they are set here.
 */
export function renderPlot(
  options: Omit<Plot.PlotOptions, 'document'>,
  text: PlotText,
): ChartImage {
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
    // font-variant attribute (the validator rejects it); the image's stylesheet sets it instead.
    if (element.getAttribute('font-variant') === 'tabular-nums') {
      element.removeAttribute('font-variant');
    }
    for (const attribute of [...element.getAttributeNames()]) {
      // Inside an <img> the SVG's own ARIA is ignored: the alt text speaks for it.
      if (/^(on|aria-)/i.test(attribute) || attribute === 'role') {
        element.removeAttribute(attribute);
      }
    }
  }
  const width = sizeAttribute(svg, 'width', text.title);
  const height = sizeAttribute(svg, 'height', text.title);
  if (svg.getAttribute('viewBox') !== `0 0 ${String(width)} ${String(height)}`) {
    throw new Error(`the viewBox of "${text.title}" does not match its width and height`);
  }
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.removeAttribute('font-family');
  svg.setAttribute('font-size', String(PLOT_FONT_SIZE));
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  const alt = `${text.title}. ${text.summary}`;
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = alt;
  svg.insertBefore(title, svg.firstChild);

  const markup = svg.outerHTML;
  assertSafeSvg(markup);
  return { svg: markup, alt, width, height };
}
