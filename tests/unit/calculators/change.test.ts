import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeChange } from '../../../src/logic/balance';
import { balanceChange, percentPhrase } from '../../../src/logic/calculators/change';
import { amount, anyNumber, everyNumberFinite, noBrokenText } from './arbitraries';

function headline(
  earlier: number,
  later: number,
  labels = { earlierLabel: '2023', laterLabel: '2024' },
) {
  const result = balanceChange({ earlier, later, ...labels });
  return result.ok ? result.value.headline : result.message;
}

describe('balanceChange', () => {
  it('words the 2024 widening the way the news did', () => {
    const result = balanceChange({
      earlier: -784_892,
      later: -918_416,
      earlierLabel: '2023',
      laterLabel: '2024',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind).toBe('deficit-widened');
    expect(result.value.amount).toBe(133_524);
    expect(result.value.sentence).toBe('the deficit widened by $133.5 billion');
    expect(result.value.percentPhrase).toBe('up 17.0%');
    expect(result.value.headline).toBe(
      'The deficit widened by $133.5 billion (17.0%) from 2023 to 2024',
    );
  });

  it('words a narrowing, and surpluses growing and shrinking', () => {
    expect(
      headline(-131_500, -122_700, { earlierLabel: 'January 2025', laterLabel: 'February 2025' }),
    ).toBe('The deficit narrowed by $8.8 billion (6.7%) from January 2025 to February 2025');
    const narrowed = balanceChange({ earlier: -131_500, later: -122_700 });
    expect(narrowed.ok && narrowed.value.percentPhrase).toBe('down 6.7%');
    expect(headline(25_100, 24_300)).toBe(
      'The surplus shrank by $800 million (3.2%) from 2023 to 2024',
    );
    expect(headline(10_000, 12_000)).toBe(
      'The surplus grew by $2 billion (20.0%) from 2023 to 2024',
    );
  });

  it('gives no percent when the balance crosses zero, and never divides by a zero base', () => {
    expect(headline(-5_000, 3_000)).toBe(
      'The deficit of $5 billion turned into a surplus of $3 billion from 2023 to 2024',
    );
    expect(headline(0, -7_000)).toBe(
      'Balanced trade turned into a deficit of $7 billion from 2023 to 2024',
    );
    expect(headline(-7_000, 0)).toBe(
      'The deficit closed to zero, a change of $7 billion from 2023 to 2024',
    );
    expect(headline(0, 0)).toBe('The balance did not change from 2023 to 2024');
    for (const [earlier, later] of [
      [-5_000, 3_000],
      [0, -7_000],
      [-7_000, 0],
      [0, 0],
      [100, 100],
    ] as const) {
      const result = balanceChange({ earlier, later });
      expect(result.ok && result.value.percentPhrase).toBeNull();
    }
  });

  it('leaves out a percent that rounds to zero or is too large to mean anything', () => {
    expect(headline(-1_000_000, -1_000_000.1)).toBe(
      'The deficit widened by $0.1 million from 2023 to 2024',
    );
    expect(headline(-1, -5_000)).toBe('The deficit widened by $5 billion from 2023 to 2024');
    expect(headline(-1_000, -11_000)).toBe(
      'The deficit widened by $10 billion (1000.0%) from 2023 to 2024',
    );
  });

  it('says "in" or "since" with one label, nothing with none, and keeps labels short and plain', () => {
    expect(headline(-10, -20, { earlierLabel: '', laterLabel: '2024' })).toMatch(/ in 2024$/);
    expect(headline(-10, -20, { earlierLabel: '2023', laterLabel: ' ' })).toMatch(/ since 2023$/);
    const bare = balanceChange({ earlier: -10, later: -20 });
    expect(bare.ok && bare.value.headline).toBe('The deficit widened by $10 million (100.0%)');
    const long = headline(-10, -20, { earlierLabel: 'x'.repeat(500), laterLabel: 'a\nb\u0000c' });
    expect(long).toBe(
      `The deficit widened by $10 million (100.0%) from ${'x'.repeat(40)} to a b c`,
    );
  });

  it('refuses impossible balances and names the field', () => {
    expect(balanceChange({ earlier: NaN, later: 1 })).toEqual({
      ok: false,
      field: 'earlier',
      message: 'Enter the earlier balance as a number.',
    });
    const huge = balanceChange({ earlier: 1, later: -1e308 });
    expect(huge.ok ? null : huge.field).toBe('later');
  });

  it('always agrees with describeChange on the amount and kind', () => {
    fc.assert(
      fc.property(amount, amount, (earlier, later) => {
        fc.pre(Math.abs(earlier) <= 1e9 && Math.abs(later) <= 1e9);
        const result = balanceChange({ earlier, later });
        if (!result.ok) throw new Error(result.message);
        const plain = describeChange(earlier, later);
        expect(result.value.kind).toBe(plain.kind);
        expect(result.value.amount).toBe(plain.amount);
        expect(result.value.headline.toLowerCase().startsWith(plain.sentence.toLowerCase())).toBe(
          true,
        );
      }),
    );
  });

  it('never throws, and never shows NaN or Infinity', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, fc.string(), fc.string(), (earlier, later, from, to) => {
        const result = balanceChange({ earlier, later, earlierLabel: from, laterLabel: to });
        expect(everyNumberFinite(result)).toBe(true);
        expect(
          noBrokenText(
            result.ok ? [result.value.headline, result.value.percentPhrase] : result.message,
          ),
        ).toBe(true);
      }),
    );
  });
});

describe('percentPhrase', () => {
  it('is null when there is no percent to give', () => {
    expect(percentPhrase(describeChange(-5, 5))).toBeNull();
    expect(percentPhrase({ ...describeChange(-5, -6), percent: Infinity })).toBeNull();
  });
});
