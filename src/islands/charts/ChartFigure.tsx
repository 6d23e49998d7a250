/**
 * The frame every calculator chart shares: a figure with its caption, and one SVG that assistive
 * technology reads as a single image named by a sentence, since bars and lines alone say nothing.
 */
import type { ComponentChildren } from 'preact';
import { CHART_WIDTH } from '../../logic/charts/bars';

interface Props {
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

export default function ChartFigure({
  name,
  caption,
  height,
  description,
  children,
  legend,
}: Props) {
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
