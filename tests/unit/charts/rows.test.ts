import { describe, expect, it } from 'vitest';
import { rowBar, rowLabelX, rowsHeight, rowTextBaseline } from '../../../src/logic/charts/rows';

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

describe('rowLabelX', () => {
  it('ends the row’s name just left of where the bars begin', () => {
    expect(rowLabelX(74)).toBe(66);
  });
});
