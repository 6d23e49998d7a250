import { describe, expect, it } from 'vitest';
import { valueLabelPlacement } from '../../../src/logic/charts/labels';

describe('valueLabelPlacement', () => {
  it.each([
    ['a long positive bar’s value inside its right end', 74, 200, 'positive', 268, 'end', true],
    [
      'a short positive bar’s value just beyond its right end',
      74,
      50,
      'positive',
      130,
      'start',
      false,
    ],
    ['a long negative bar’s value inside its left end', 42, 200, 'negative', 48, 'start', true],
    [
      'a short negative bar’s value just beyond its left end',
      192,
      50,
      'negative',
      186,
      'end',
      false,
    ],
  ] as const)('puts %s', (_case, start, length, side, x, anchor, inside) => {
    expect(valueLabelPlacement({ start, length }, side)).toEqual({ x, anchor, inside });
  });

  it('keeps a value outside a bar no longer than 120 units', () => {
    expect(valueLabelPlacement({ start: 0, length: 120 }, 'positive').inside).toBe(false);
    expect(valueLabelPlacement({ start: 0, length: 120.5 }, 'positive').inside).toBe(true);
  });
});
