import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPercent, parsePercent } from '../../src/logic/percent';

describe('parsePercent', () => {
  it.each([
    ['25%', 25],
    ['25', 25],
    ['145 %', 145],
    ['25 percent', 25],
    ['-3.5%', -3.5],
    ['\u22123.5%', -3.5],
    ['.5', 0.5],
    ['-0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parsePercent(text)).toEqual({ ok: true, percent: expected });
  });

  it.each([
    ['', /enter a percent/i],
    ['abc', /as a number/i],
    ['$5', /not an amount of money/i],
    ['--5', /one minus sign/i],
    ['1e400', /as a number/i],
    ['5 6', /one percent only/i],
    ['9'.repeat(40), /too long/i],
  ])('refuses %j', (text, pattern) => {
    const result = parsePercent(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(pattern);
  });

  it('applies the field limits', () => {
    expect(parsePercent('120', { max: 100 })).toEqual({
      ok: false,
      message: 'Enter a percent no larger than 100%.',
    });
    expect(parsePercent('-1', { allowNegative: false })).toEqual({
      ok: false,
      message: 'This percent cannot be negative.',
    });
  });

  it('never throws and never returns a non-finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parsePercent(text);
        expect(result.ok ? Number.isFinite(result.percent) : result.message.length > 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatPercent', () => {
  it('writes percents with a real minus sign and no noise', () => {
    expect(formatPercent(25)).toBe('25%');
    expect(formatPercent(17.0113)).toBe('17%');
    expect(formatPercent(-3.46)).toBe('\u22123.5%');
    expect(formatPercent(0.1 + 0.2)).toBe('0.3%');
    expect(formatPercent(Number.NaN)).toBe('not available');
  });
});
