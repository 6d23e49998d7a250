import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDollars, parseCount, parseDollars } from '../../../src/logic/calculators/dollars';

const dollars = (text: string) => {
  const read = parseDollars(text);
  return read.ok ? read.dollars : read.message;
};
const count = (text: string) => {
  const read = parseCount(text);
  return read.ok ? read.count : read.message;
};

describe('parseDollars', () => {
  it('reads a bare price as dollars, the way shoppers write it', () => {
    expect(dollars('$20')).toBe(20);
    expect(dollars('20.50')).toBe(20.5);
    expect(dollars('1,200')).toBe(1200);
    expect(dollars(' $ 0.35 ')).toBe(0.35);
    expect(dollars('20 dollars')).toBe(20);
    expect(dollars('USD 19.99')).toBe(19.99);
    expect(dollars('0')).toBe(0);
    expect(dollars('999,999,999.99')).toBe(999_999_999.99);
    expect(dollars('1e9')).toBe(1e9);
  });

  it('reads a price with a unit as that many dollars, not millions', () => {
    expect(dollars('$1.2k')).toBe(1200);
    expect(dollars('2 thousand')).toBe(2000);
    expect(dollars('$90 million')).toBe(90_000_000);
    expect(dollars('0.3 billion')).toBe(300_000_000);
    expect(dollars('1.000001 million')).toBe(1_000_001);
  });

  it('refuses what is not a price, in words about prices', () => {
    expect(dollars('-5')).toBe('A price cannot be negative.');
    expect(dollars('($5)')).toBe('A price cannot be negative.');
    expect(dollars('')).toBe('Enter a price in dollars, such as 20 or $20.50.');
    expect(dollars('abc')).toMatch(/price/);
    expect(dollars('2 trillion')).toBe('Enter a price per unit of at most $1 billion.');
    expect(dollars('1e400')).toBe('Enter a price per unit of at most $1 billion.');
    expect(dollars('25%')).toMatch(/not a percent/);
    expect(dollars('1'.repeat(10_000))).toMatch(/too long/);
  });

  it('never throws and never returns NaN', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const read = parseDollars(text);
        if (read.ok) {
          expect(Number.isFinite(read.dollars)).toBe(true);
          expect(read.dollars).toBeGreaterThanOrEqual(0);
          expect(read.dollars).toBeLessThanOrEqual(1e9);
        } else {
          expect(read.message).not.toMatch(/NaN|undefined/);
        }
      }),
    );
  });

  it('reads back any price it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => {
        const price = cents / 100;
        expect(dollars(formatDollars(price))).toBe(price);
      }),
    );
  });
});

describe('formatDollars', () => {
  it('shows cents only when there are some', () => {
    expect(formatDollars(20)).toBe('$20');
    expect(formatDollars(20.5)).toBe('$20.50');
    expect(formatDollars(1200)).toBe('$1,200');
    expect(formatDollars(4.9975)).toBe('$5');
    expect(formatDollars(4.994)).toBe('$4.99');
    expect(formatDollars(0.001)).toBe('$0');
    expect(formatDollars(-3)).toBe('\u2212$3');
    expect(formatDollars(NaN)).toBe('not available');
  });
});

describe('parseCount', () => {
  it('reads whole numbers of units, with commas or a unit word', () => {
    expect(count('1000')).toBe(1000);
    expect(count('1,000')).toBe(1000);
    expect(count('2.5 million')).toBe(2_500_000);
    expect(count('3M')).toBe(3_000_000);
    expect(count('500 units')).toBe(500);
    expect(count('0')).toBe(0);
  });

  it('refuses fractions, negatives, money and absurd sizes', () => {
    expect(count('2.5')).toBe('Enter a whole number of units.');
    expect(count('-4')).toBe('A count cannot be negative.');
    expect(count('$40')).toBe('Enter a number of units, not an amount of money.');
    expect(count('2 billion')).toBe('Enter at most 1,000,000,000 units.');
    expect(count('')).toBe('Enter a number of units, such as 1,000.');
    expect(count('lots')).toBe('Enter a number of units using digits, such as 1,000.');
    const capped = parseCount('200', 100);
    expect(capped.ok ? capped.count : capped.message).toBe('Enter at most 100 units.');
  });

  it('never throws and never returns NaN', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.double(), (text, max) => {
        const read = parseCount(text, max);
        if (read.ok) expect(Number.isSafeInteger(read.count)).toBe(true);
        else expect(read.message).not.toMatch(/NaN|undefined|Infinity/);
      }),
    );
  });
});
