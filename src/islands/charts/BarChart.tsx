/**
 * What every calculator chart draws with: the figure that frames it, its bars and the line at
 * zero. One module, so that a page with any one chart loads them as one file. Plain attributes
 * only: the Content Security Policy forbids style attributes, so colours come from classes and
 * the page's CSS.
 */
import type { ComponentChildren } from 'preact';
import { barRectangle, CHART_WIDTH, type Orientation } from '../../logic/charts/bars';
import type { Span } from '../../logic/charts/scale';

interface ChartFigureProps {
  /** The figure's class, by which the page's CSS colours this chart. */
  name: string;
  caption: string;
  /** The drawing's height in SVG units; the width is the same for every chart. */
  height: number;
  /** The same information as a sentence, for readers who cannot see the chart. */
  description: string;
  /** The bars, lines and labels drawn in the SVG. */
  children: ComponentChildren;
  /** What follows the drawing inside the figure, such as a key to its colours. */
  legend?: ComponentChildren;
}

/**
 * A figure with its caption, and one SVG that assistive technology reads as a single image named
 * by a sentence, since bars and lines alone say nothing.
 */
export function ChartFigure({
  name,
  caption,
  height,
  description,
  children,
  legend,
}: ChartFigureProps) {
  return (
    <figure class={name}>
      <figcaption>{caption}</figcaption>
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={description}
        // Old Edge and Internet Explorer would otherwise put the image in the tab order.
        focusable="false"
      >
        {children}
      </svg>
      {legend}
    </figure>
  );
}

interface BarRectProps {
  orientation: Orientation;
  /** The bar's stretch on the value axis. */
  along: Span;
  /** Its thickness, across the value axis. */
  across: Span;
  kind?: string;
  cornerRadius?: number;
}

/** One bar as an SVG rectangle. */
export function BarRect({ orientation, along, across, kind, cornerRadius }: BarRectProps) {
  return <rect class={kind} {...barRectangle(orientation, along, across)} rx={cornerRadius} />;
}

interface ZeroLineProps {
  /** Which way the bars run; the line crosses them. */
  bars: Orientation;
  /** Zero's coordinate on the value axis. */
  at: number;
  /** How far the line runs across the bars: the drawing's height or width. */
  length: number;
}

/** The line at zero that the bars grow from, drawn across them from edge to edge. */
export function ZeroLine({ bars, at, length }: ZeroLineProps) {
  return bars === 'horizontal' ? (
    <line class="zero-line" x1={at} x2={at} y1={0} y2={length} />
  ) : (
    <line class="zero-line" x1={0} x2={length} y1={at} y2={at} />
  );
}
