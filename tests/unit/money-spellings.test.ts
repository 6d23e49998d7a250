import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moneySpellings } from '../../src/logic/money-spellings';
import { MAX_MONEY_MILLIONS, parseMoney } from '../../src/logic/money';

/** What the money parser reads a spelling as, in millions, with a bare number in billions. */
function readBack(text: string): number {
  const result = parseMoney(text, { defaultUnit: 'billion' });
  if (!result.ok) throw new Error(`"${text}" does not read as an amount: ${result.message}`);
  return result.millions;
}

/**
 * An amount of at least $1 billion, in millions to one decimal as published, of either sign,
 * up to the largest the parser takes.
 */
const amount = fc
  .tuple(fc.integer({ min: 10_000, max: MAX_MONEY_MILLIONS * 10 - 1_000 }), fc.constantFrom(1, -1))
  .map(([tenths, sign]) => (sign * tenths) / 10);

describe('moneySpellings', () => {
  it('spells an amount the ways the news and readers write it', () => {
    expect(moneySpellings(2_197_500)).toEqual([
      '2,197.5',
      '$2,197.5 billion',
      '2197.5B',
      '2.1975 trillion',
      '2,197,500 million',
    ]);
  });

  it('drops the sign of a deficit', () => {
    expect(moneySpellings(-918_416)).toEqual(moneySpellings(918_416));
    expect(moneySpellings(-918_416)[1]).toBe('$918.4 billion');
  });

  it('keeps the tenth of a whole number of billions, so every form shows the same precision', () => {
    expect(moneySpellings(918_000)).toEqual([
      '918.0',
      '$918.0 billion',
      '918.0B',
      '0.918 trillion',
      '918,000 million',
    ]);
  });

  it('rounds to $0.1 billion, half up', () => {
    expect(moneySpellings(2_197_549)[0]).toBe('2,197.5');
    expect(moneySpellings(2_197_550)[0]).toBe('2,197.6');
    expect(moneySpellings(1_999_960)[0]).toBe('2,000.0');
  });

  it('every spelling reads back through the money parser to the amount rounded to $0.1 billion', () => {
    fc.assert(
      fc.property(amount, (millions) => {
        const spellings = moneySpellings(millions);
        expect(spellings).toHaveLength(5);
        const read = spellings.map(readBack);
        // All five read as one amount…
        expect(new Set(read).size).toBe(1);
        const [value = Number.NaN] = read;
        // …a whole number of $0.1 billion (100 million), within half of that of the input.
        expect(value % 100).toBe(0);
        expect(Math.abs(value - Math.abs(millions))).toBeLessThanOrEqual(50);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back exactly at the edges of rounding', () => {
    for (const millions of [1_000, 1_049.9, 1_050, 999_950, 9_999_999.9, 123_456_789.9]) {
      const read = moneySpellings(millions).map(readBack);
      const expected = Math.round(millions / 100) * 100;
      expect(read).toEqual([expected, expected, expected, expected, expected]);
    }
  });
});
