/**
 * Where a bar's value goes on the calculators' bar charts: at the bar's far end, inside or out.
 */
import type { Side } from './diverging';
import type { Span } from './scale';

// The gap between a value and its bar's end.
const VALUE_GAP = 6;
// A bar longer than this holds a value such as "−$1,234.5 billion" at 14px inside it.
const ROOM_FOR_VALUE = 120;

export interface ValueLabelPlacement {
  readonly x: number;
  readonly anchor: 'start' | 'end';
  /** Whether the text sits on the bar (and so needs the colour that reads on it). */
  readonly inside: boolean;
}

/**
 * A long bar holds its value inside its far end; a short one has it just beyond, so the text
 * never overflows the bar or runs back across zero.
 */
export function valueLabelPlacement(bar: Span, side: Side): ValueLabelPlacement {
  const inside = bar.length > ROOM_FOR_VALUE;
  const negative = side === 'negative';
  const farEnd = negative ? bar.start : bar.start + bar.length;
  // Towards zero from the far end: rightwards for a bar that grows left.
  const inwards = negative ? VALUE_GAP : -VALUE_GAP;
  return {
    x: inside ? farEnd + inwards : farEnd - inwards,
    anchor: negative === inside ? 'start' : 'end',
    inside,
  };
}
