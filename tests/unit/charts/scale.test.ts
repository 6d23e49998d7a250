import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extentWithZero, linearScale } from '../../../src/logic/charts/scale';

describe('linearScale', () => {
  it('maps the ends of the domain to the ends of the pixels', () => {
    const x = linearScale({ from: -50, to: 150 }, { start: 120, length: 292 });
    expect(x(-50)).toBe(120);
    expect(x(150)).toBe(412);
    expect(x(0)).toBe(120 + 73);
  });

  it('runs backwards when the domain does, as a column chart’s y does', () => {
    const y = linearScale({ from: 100, to: 0 }, { start: 24, length: 152 });
    expect(y(100)).toBe(24);
    expect(y(0)).toBe(176);
    expect(y(25)).toBe(24 + 114);
  });

  it('puts every value at the start when the domain is a single point', () => {
    const x = linearScale({ from: 0, to: 0 }, { start: 92, length: 320 });
    expect(x(0)).toBe(92);
  });

  it('keeps order: a larger value is never drawn before a smaller one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (from, width, a, b) => {
          const x = linearScale({ from, to: from + width }, { start: 10, length: 400 });
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(x(from + low * width)).toBeLessThanOrEqual(x(from + high * width));
        },
      ),
    );
  });
});

describe('extentWithZero', () => {
  it('always includes zero, so bars grow from a visible baseline', () => {
    expect(extentWithZero([3, 8])).toEqual({ low: 0, high: 8 });
    expect(extentWithZero([-3, -8])).toEqual({ low: -8, high: 0 });
    expect(extentWithZero([-3, 8])).toEqual({ low: -3, high: 8 });
    expect(extentWithZero([])).toEqual({ low: 0, high: 0 });
  });
});
