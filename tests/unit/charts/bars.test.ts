import { describe, expect, it } from 'vitest';
import { barRectangle, spanBetween, withMinimumLength } from '../../../src/logic/charts/bars';

describe('spanBetween', () => {
  it('runs from the smaller coordinate, whichever comes first', () => {
    expect(spanBetween(200, 150)).toEqual({ start: 150, length: 50 });
    expect(spanBetween(150, 200)).toEqual({ start: 150, length: 50 });
  });

  it('is empty when the two ends meet', () => {
    expect(spanBetween(120, 120)).toEqual({ start: 120, length: 0 });
  });
});

describe('withMinimumLength', () => {
  it('lengthens a bar for zero to a hairline, from where it starts', () => {
    expect(withMinimumLength({ start: 120, length: 0 }, 1)).toEqual({ start: 120, length: 1 });
  });

  it('leaves a longer bar alone', () => {
    expect(withMinimumLength({ start: 120, length: 0.5 + 40 }, 1)).toEqual({
      start: 120,
      length: 40.5,
    });
  });
});

describe('barRectangle', () => {
  const along = { start: 10, length: 50 };
  const across = { start: 4, length: 22 };

  it('runs along x for a horizontal bar', () => {
    expect(barRectangle('horizontal', along, across)).toEqual({
      x: 10,
      y: 4,
      width: 50,
      height: 22,
    });
  });

  it('runs along y for a vertical bar', () => {
    expect(barRectangle('vertical', along, across)).toEqual({ x: 4, y: 10, width: 22, height: 50 });
  });
});
