import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatMoney,
  formatMoneyDetailed,
  MAX_MONEY_INPUT_LENGTH,
  MAX_MONEY_MILLIONS,
  parseMoney,
  roundTo,
} from '../../src/logic/money';

function millionsOf(text: string, options?: Parameters<typeof parseMoney>[1]): number {
  const result = parseMoney(text, options);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.message}`);
  return result.millions;
}

function messageFor(text: string): string {
  const result = parseMoney(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused, got ${result.millions}`);
  return result.message;
}

describe('parseMoney', () => {
  it.each([
    ['918.4', 918_400],
    ['$918.4 billion', 918_400],
    ['918.4B', 918_400],
    ['918.4 bn', 918_400],
    ['918.4 Bn.', 918_400],
    ['918,400 million', 918_400],
    ['0.9184 trillion', 918_400],
    ['$36.2 trillion', 36_200_000],
    ['$200 million', 200],
    ['200M', 200],
    ['500k', 0.5],
    ['-122.7', -122_700],
    ['\u2212122.7', -122_700],
    ['($122.7 billion)', -122_700],
    ['(122.7)', -122_700],
    ['-$122.7 billion', -122_700],
    ['$-122.7B', -122_700],
    ['+24.3', 24_300],
    ['   918.4   ', 918_400],
    ['.5', 500],
    ['1e3', 1_000_000],
    ['USD 5 billion', 5_000],
    ['5 billion dollars', 5_000],
  ])('reads %j as %d million', (text, expected) => {
    expect(millionsOf(text)).toBe(expected);
  });

  it('reads bare numbers in the unit the field names', () => {
    expect(millionsOf('918,400', { defaultUnit: 'million' })).toBe(918_400);
    expect(millionsOf('36.2', { defaultUnit: 'trillion' })).toBe(36_200_000);
  });

  it('reads negative zero as plain zero', () => {
    expect(Object.is(millionsOf('-0'), 0)).toBe(true);
  });

  it.each([
    ['', /enter an amount/i],
    ['   ', /enter an amount/i],
    ['abc', /digits/i],
    ['918.4 784.9', /one amount/i],
    ['NaN', /digits/i],
    ['Infinity', /digits/i],
    ['-Infinity', /digits/i],
    ['1e400', /zeros/i],
    ['1e15 trillion', /zeros/i],
    ['--5', /one minus sign/i],
    ['-(5)', /either a minus sign or brackets/i],
    ['(5', /bracket/i],
    ['5%', /not a percent/i],
    ['12 apples', /not a unit/i],
    ['1,2', /groups of three/i],
    ['1.2.3', /one decimal point/i],
    ['5-', /minus sign only at the start/i],
  ])('refuses %j with a message a student understands', (text, pattern) => {
    expect(messageFor(text)).toMatch(pattern);
  });

  it('refuses input longer than the limit, saying the limit', () => {
    expect(messageFor('9'.repeat(MAX_MONEY_INPUT_LENGTH + 1))).toContain(
      String(MAX_MONEY_INPUT_LENGTH),
    );
    expect(messageFor('1'.repeat(10_000))).toMatch(/too long/);
  });

  it('refuses a negative amount where the field cannot be negative', () => {
    const result = parseMoney('-5', { allowNegative: false });
    expect(result).toEqual({ ok: false, message: 'This amount cannot be negative.' });
  });

  it('never throws and never returns a non-finite number, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parseMoney(text);
        if (result.ok) expect(Number.isFinite(result.millions)).toBe(true);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on text built from the characters money is written with', () => {
    const moneyish = fc.string({
      unit: fc.constantFrom(...'0123456789.,-−+$() eEbBmMtTkn%'.split('')),
      maxLength: 30,
    });
    fc.assert(
      fc.property(moneyish, (text) => {
        const result = parseMoney(text);
        expect(result.ok ? Number.isFinite(result.millions) : result.message !== '').toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatMoney', () => {
  it.each([
    [918_400, '$918.4 billion'],
    [-918_416, '\u2212$918.4 billion'],
    [36_214_310, '$36.2 trillion'],
    [200, '$200 million'],
    [-122_700, '\u2212$122.7 billion'],
    [0.5, '$0.5 million'],
    [1_000, '$1 billion'],
    [999_960, '$1 trillion'],
    [999.96, '$1 billion'],
    [0, '$0'],
    [-0, '$0'],
    [0.01, '$0'],
    [1_234_567_000, '$1,234.6 trillion'],
  ])('writes %d million as %j', (millions, expected) => {
    expect(formatMoney(millions)).toBe(expected);
  });

  it('shows the arithmetic of two published figures without floating-point noise', () => {
    expect(formatMoney(918_400 - 784_900)).toBe('$133.5 billion');
    expect(formatMoney((918.4 - 784.9) * 1000)).toBe('$133.5 billion');
  });

  it('marks positive changes when asked and forces a unit when asked', () => {
    expect(formatMoney(8_800, { signed: true })).toBe('+$8.8 billion');
    expect(formatMoney(-800, { signed: true })).toBe('\u2212$800 million');
    expect(formatMoney(800, { unit: 'billion' })).toBe('$0.8 billion');
    expect(formatMoney(36_214_310, { decimals: 2 })).toBe('$36.21 trillion');
  });

  it('keeps the decimal when asked, so figures side by side show one precision', () => {
    expect(formatMoney(-122_000)).toBe('\u2212$122 billion');
    expect(formatMoney(-122_000, { fixed: true })).toBe('\u2212$122.0 billion');
    expect(formatMoney(388_000, { fixed: true, signed: true })).toBe('+$388.0 billion');
    expect(formatMoney(39_000_000, { fixed: true })).toBe('$39.0 trillion');
    // Millions are small amounts that never stand beside billions; they keep the short form.
    expect(formatMoney(200, { fixed: true })).toBe('$200 million');
    expect(formatMoney(0, { fixed: true })).toBe('$0');
  });

  it('never prints NaN', () => {
    expect(formatMoney(Number.NaN)).toBe('not available');
    expect(formatMoney(Number.POSITIVE_INFINITY)).toBe('not available');
  });

  it('reads back what it writes, for any amount given to a tenth of its unit', () => {
    const tenths = fc.integer({ min: -9_999_999, max: 9_999_999 });
    const unit = fc.constantFrom(1, 1_000, 1_000_000);
    fc.assert(
      fc.property(tenths, unit, (count, perUnit) => {
        // Build the amount from a tenth-of-a-unit count, then keep it in the unit it prints in.
        const millions = roundTo((count / 10) * perUnit, 6);
        fc.pre(Math.abs(millions) <= MAX_MONEY_MILLIONS);
        const printed = formatMoney(millions);
        const back = millionsOf(printed);
        // One decimal of the printed unit is kept, so the error is at most half of 0.1 of it.
        const unitSize = printed.endsWith('trillion') ? 1e6 : printed.endsWith('billion') ? 1e3 : 1;
        expect(Math.abs(back - millions)).toBeLessThanOrEqual(
          0.05 * unitSize + 1e-9 * Math.abs(millions),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back exactly any amount of tenths of a billion', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999, max: 9_999 }), (tenthsOfBillion) => {
        const millions = tenthsOfBillion * 100;
        expect(millionsOf(formatMoney(millions))).toBe(millions);
      }),
    );
  });
});

describe('formatMoneyDetailed', () => {
  it('keeps calculator results in billions up to ten trillion', () => {
    expect(formatMoneyDetailed(-1_215_402.9)).toBe('\u2212$1,215.4 billion');
    expect(formatMoneyDetailed(36_214_310)).toBe('$36.2 trillion');
    expect(formatMoneyDetailed(200)).toBe('$200 million');
    expect(formatMoneyDetailed(999.96)).toBe('$1 billion');
  });
});
