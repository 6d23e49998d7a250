import { describe, expect, it } from 'vitest';
import { spanFromZero, zeroPlacement } from '../../../src/logic/charts/diverging';

describe('zeroPlacement', () => {
  const plot = { start: 74, length: 336 };

  it('puts zero in the middle when values fall on both sides', () => {
    expect(zeroPlacement(plot, { negative: true, positive: true })).toEqual({
      zero: 74 + 168,
      reach: 168,
    });
  });

  it('puts zero at the right edge when every bar is negative', () => {
    expect(zeroPlacement(plot, { negative: true, positive: false })).toEqual({
      zero: 410,
      reach: 336,
    });
  });

  it('puts zero at the left edge when no bar is negative', () => {
    expect(zeroPlacement(plot, { negative: false, positive: true })).toEqual({
      zero: 74,
      reach: 336,
    });
    expect(zeroPlacement(plot, { negative: false, positive: false })).toEqual({
      zero: 74,
      reach: 336,
    });
  });
});

describe('spanFromZero', () => {
  it('grows right of zero for a positive value and left of it for a negative one', () => {
    expect(spanFromZero(242, 40, 'positive')).toEqual({ start: 242, length: 40 });
    expect(spanFromZero(242, 40, 'negative')).toEqual({ start: 202, length: 40 });
  });
});
