/**
 * One bar as an SVG rectangle. Plain attributes only: the Content Security Policy forbids style
 * attributes, so colours come from the class and the page's CSS.
 */
import { barRectangle, type Orientation } from '../../logic/charts/bars';
import type { Span } from '../../logic/charts/scale';

interface Props {
  orientation: Orientation;
  /** The bar's stretch on the value axis. */
  along: Span;
  /** Its thickness, across the value axis. */
  across: Span;
  kind?: string;
  cornerRadius?: number;
}

export default function BarRect({ orientation, along, across, kind, cornerRadius }: Props) {
  return <rect class={kind} {...barRectangle(orientation, along, across)} rx={cornerRadius} />;
}
