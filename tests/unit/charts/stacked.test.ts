import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stackedSpans } from '../../../src/logic/charts/stacked';

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
