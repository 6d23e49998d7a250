import { describe, expect, it } from 'vitest';
import { isWithinTolerance } from '../../../../src/logic/quiz/numeric/tolerance';

describe('isWithinTolerance', () => {
  it('reads a relative tolerance as a share of the target', () => {
    // 0.1% of $918.416 billion is about $0.918 billion either side.
    expect(isWithinTolerance(-918_400, -918_416, { relative: 0.001 })).toBe(true);
    expect(isWithinTolerance(-917_500, -918_416, { relative: 0.001 })).toBe(true);
    expect(isWithinTolerance(-917_400, -918_416, { relative: 0.001 })).toBe(false);
  });

  it('reads an absolute tolerance in the question’s unit, inclusive at the edge', () => {
    expect(isWithinTolerance(-122_200, -122_700, { absolute: 500 })).toBe(true);
    expect(isWithinTolerance(-122_199, -122_700, { absolute: 500 })).toBe(false);
  });

  it('needs an exact zero when the target is zero and the tolerance relative', () => {
    expect(isWithinTolerance(0, 0, { relative: 0.01 })).toBe(true);
    expect(isWithinTolerance(0.5, 0, { relative: 0.01 })).toBe(false);
  });

  it('absorbs binary rounding but nothing more', () => {
    expect(isWithinTolerance(0.1 + 0.2, 0.3, { absolute: 0 })).toBe(true);
    expect(isWithinTolerance(0.31, 0.3, { absolute: 0 })).toBe(false);
  });

  it('never accepts a value that is not a finite number', () => {
    expect(isWithinTolerance(Number.NaN, 0, { absolute: 1e9 })).toBe(false);
    expect(isWithinTolerance(Number.POSITIVE_INFINITY, 1, { relative: 1 })).toBe(false);
  });
});
