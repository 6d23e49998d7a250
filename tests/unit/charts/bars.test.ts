import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  barRectangle,
  columnBand,
  rowBar,
  rowsHeight,
  rowTextBaseline,
  spanBetween,
  spanFromZero,
  stackedSpans,
  withMinimumLength,
} from '../../../src/logic/charts/bars';

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

describe('spanFromZero', () => {
  it('grows right of zero for a positive value and left of it for a negative one', () => {
    expect(spanFromZero(242, 40, 'positive')).toEqual({ start: 242, length: 40 });
    expect(spanFromZero(242, 40, 'negative')).toEqual({ start: 202, length: 40 });
  });
});

describe('stackedSpans', () => {
  it('lays the parts end to end from the start', () => {
    const parts = [100, 25, 0, 10].map((length) => ({ length }));
    const stacked = stackedSpans(92, parts, (part) => part.length);
    expect(stacked.map(({ part }) => part)).toEqual(parts);
    expect(stacked.map(({ span }) => span)).toEqual([
      { start: 92, length: 100 },
      { start: 192, length: 25 },
      { start: 217, length: 0 },
      { start: 217, length: 10 },
    ]);
  });

  it('ends where the parts’ total ends', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 6 }), (lengths) => {
        const last = stackedSpans(10, lengths, (length) => length).at(-1)?.span;
        const total = lengths.reduce((sum, length) => sum + length, 0);
        expect(last ? last.start + last.length : 10).toBe(10 + total);
      }),
    );
  });
});

describe('rows of horizontal bars', () => {
  it('steps each bar down by one row and centres its text on it', () => {
    expect(rowBar(0)).toEqual({ start: 4, length: 22 });
    expect(rowBar(2)).toEqual({ start: 72, length: 22 });
    expect(rowTextBaseline(0)).toBe(4 + 11 + 5);
    expect(rowTextBaseline(2)).toBe(72 + 11 + 5);
  });

  it('is as tall as its rows plus the padding below them', () => {
    expect(rowsHeight(3, 4)).toBe(106);
    expect(rowsHeight(3, 8)).toBe(110);
  });
});

describe('columnBand', () => {
  const band = { start: 4, length: 412 };

  it('centres each column in its share of the width, 70% wide', () => {
    const first = columnBand(band, 4, 0);
    const last = columnBand(band, 4, 3);
    expect(first.length).toBeCloseTo(103 * 0.7);
    expect(first.start).toBeCloseTo(4 + (103 - 103 * 0.7) / 2);
    expect(last.start + last.length).toBeCloseTo(416 - (103 - 103 * 0.7) / 2);
  });

  it('keeps columns at least two units wide when there are very many', () => {
    expect(columnBand(band, 1000, 0).length).toBe(2);
  });

  it('draws a lone column (or none) inside the band', () => {
    expect(columnBand(band, 1, 0).length).toBeCloseTo(412 * 0.7);
    expect(columnBand(band, 0, 0).length).toBeCloseTo(412 * 0.7);
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
