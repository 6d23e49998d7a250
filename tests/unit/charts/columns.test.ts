import { describe, expect, it } from 'vitest';
import { columnBand } from '../../../src/logic/charts/columns';

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
