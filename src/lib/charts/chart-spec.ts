/**
 * The shape every chart module returns: everything `Chart.astro` needs to print a chart with
 * its title, summary, source line and data table, and the SVG its pictures are shown from.
 * Building it is pure (data in, text out), so each chart is unit-tested without Astro.
 */

/** The charts a lesson can insert with `<Chart id="…" />`. */
export const CHART_IDS = [
  'annual-balance-1991-2025',
  'bilateral-goods-2024',
  'debt-and-deficits',
  'vintages-2024',
  'latest-24-months',
  'tariff-period',
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export const isChartId = (value: unknown): value is ChartId => CHART_IDS.some((id) => id === value);

/** A picture as `renderPlot` draws it: a standalone SVG and what an `<img>` needs to show it. */
export interface ChartImage {
  /** The SVG document; the build adds its `<style>` and writes it to a file under /charts/. */
  readonly svg: string;
  /** The text alternative for the picture: its title and what it shows, in words. */
  readonly alt: string;
  /** The SVG's width and height (its viewBox), also the `<img>`'s, so nothing shifts on load. */
  readonly width: number;
  readonly height: number;
}

/** One picture inside a chart; the debt chart has two side by side. */
export interface ChartPanel extends ChartImage {
  /** A short visible heading for the panel, when the chart has more than one. */
  readonly heading?: string;
}

/** A key entry that names a mark in words and shows its line or swatch, so colour is not alone. */
export interface ChartKeyEntry {
  readonly label: string;
  /** Whether the swatch is a short line (for line marks) or a small box (for bars). */
  readonly shape: 'line' | 'box';
  /** The class of the swatch, matching the class of the mark in the SVG. */
  readonly className: string;
  /** The point marker drawn on the line, when the line has one. */
  readonly marker?: {
    readonly shape: 'circle' | 'square' | 'triangle';
    readonly className: string;
  };
}

/** The numbers behind a chart, as a table a screen reader can walk. */
export interface ChartTable {
  readonly caption: string;
  readonly columns: readonly string[];
  /** Each row's first cell is its header (a year, a month, a partner). */
  readonly rows: readonly (readonly string[])[];
}

/** A series a chart draws from, for its source line. */
export interface ChartSource {
  /** The series id in `content/data/series.yaml`; the source line links to /data/#<id>. */
  readonly seriesId: string;
  /** The series title, used as the link text. */
  readonly title: string;
  readonly publisher: string;
  readonly vintage: string;
}

export interface ChartSpec {
  readonly id: ChartId;
  readonly title: string;
  /** One or two plain sentences that say what the chart shows, printed under the title. */
  readonly summary: string;
  readonly panels: readonly ChartPanel[];
  readonly key: readonly ChartKeyEntry[];
  readonly tables: readonly ChartTable[];
  readonly sources: readonly ChartSource[];
  /** A caution a reader needs, e.g. "these rows overlap; do not add them up". */
  readonly note?: string;
}

/** Millions of dollars to billions, for an axis. */
export const toBillions = (millions: number): number => millions / 1_000;

/** Millions of dollars to trillions, for an axis. */
export const toTrillions = (millions: number): number => millions / 1_000_000;
