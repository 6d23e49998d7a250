import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sumMillions } from '../../../src/logic/balance';
import {
  TRADE_DEFICIT_REASON,
  debtPath,
  type DebtInput,
} from '../../../src/logic/calculators/debt';
import { anyNumber, everyNumberFinite, noBrokenText } from './arbitraries';

const realistic: DebtInput = {
  startDebt: 36_214_310,
  years: 10,
  deficits: 1_815_377,
  interestPercent: 3,
  firstYear: 2025,
};

describe('debtPath', () => {
  it('builds the debt year by year from deficits and interest', () => {
    const result = debtPath({
      startDebt: 1_000,
      years: 3,
      deficits: [100, -50, 0],
      interestPercent: 10,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.path).toEqual([
      { year: 1, deficit: 100, interest: 100, debt: 1_200 },
      { year: 2, deficit: -50, interest: 120, debt: 1_270 },
      { year: 3, deficit: 0, interest: 127, debt: 1_397 },
    ]);
    expect(result.value.endDebt).toBe(1_397);
    expect(result.value.totalDeficits).toBe(50);
    expect(result.value.totalInterest).toBe(347);
  });

  it('labels years from the first year, and repeats a constant deficit', () => {
    const result = debtPath(realistic);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.path.map((row) => row.year)).toEqual([
      2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034,
    ]);
    expect(result.value.path.every((row) => row.deficit === 1_815_377)).toBe(true);
    expect(result.value.path[0]?.interest).toBe(1_086_429.3);
  });

  it('takes a trade deficit and changes nothing with it, saying why', () => {
    const without = debtPath(realistic);
    const withTrade = debtPath({ ...realistic, tradeDeficit: -918_416 });
    if (!without.ok || !withTrade.ok) throw new Error('refused');
    expect(withTrade.value.path).toEqual(without.value.path);
    expect(withTrade.value.tradeDeficit).toBe(-918_416);
    expect(withTrade.value.tradeDeficitEffectOnDebt).toBe(0);
    expect(withTrade.value.tradeDeficitReason).toBe(TRADE_DEFICIT_REASON);
    expect(TRADE_DEFICIT_REASON).toMatch(/not the government borrowing/);
    expect(TRADE_DEFICIT_REASON.split('. ')).toHaveLength(1);
  });

  it('end = start + all deficits + all interest, exactly, for realistic inputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }).map((tenths) => tenths / 10),
        fc.integer({ min: 1, max: 50 }),
        fc.array(
          fc.integer({ min: -1e8, max: 1e8 }).map((tenths) => tenths / 10),
          { minLength: 50, maxLength: 50 },
        ),
        fc.integer({ min: -500, max: 1000 }).map((hundredths) => hundredths / 100),
        (startDebt, years, deficits, interestPercent) => {
          const result = debtPath({ startDebt, years, deficits, interestPercent });
          if (!result.ok) throw new Error(result.message);
          const { path, endDebt, totalDeficits, totalInterest } = result.value;
          expect(path).toHaveLength(years);
          expect(endDebt).toBe(
            sumMillions(
              startDebt,
              ...path.map((row) => row.deficit),
              ...path.map((row) => row.interest),
            ),
          );
          expect(endDebt).toBe(sumMillions(startDebt, totalDeficits, totalInterest));
        },
      ),
    );
  });

  it('holds the identity to within a millionth at any size it accepts', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -5, max: 50, noNaN: true }),
        (startDebt, years, deficit, interestPercent) => {
          const result = debtPath({ startDebt, years, deficits: deficit, interestPercent });
          if (!result.ok) {
            expect(result.message).toMatch(/quintillion/);
            return;
          }
          const { endDebt, totalDeficits, totalInterest } = result.value;
          const expected = sumMillions(startDebt, totalDeficits, totalInterest);
          expect(Math.abs(endDebt - expected)).toBeLessThanOrEqual(
            Math.abs(expected) * 1e-6 + 1e-4,
          );
        },
      ),
    );
  });

  it('guards years, the rate, the list and the size of the result', () => {
    const field = (input: Partial<DebtInput>) => {
      const result = debtPath({ ...realistic, ...input });
      return result.ok ? 'ok' : result.field;
    };
    expect(field({ years: 0 })).toBe('years');
    expect(field({ years: 51 })).toBe('years');
    expect(field({ years: 2.5 })).toBe('years');
    expect(field({ years: 50 })).toBe('ok');
    expect(field({ years: 1 })).toBe('ok');
    expect(field({ interestPercent: -5.01 })).toBe('interestPercent');
    expect(field({ interestPercent: 50.01 })).toBe('interestPercent');
    expect(field({ interestPercent: -5 })).toBe('ok');
    expect(field({ interestPercent: NaN })).toBe('interestPercent');
    expect(field({ deficits: [1, 2] })).toBe('deficits');
    expect(field({ deficits: [1, 2, 3, 4, 5, 6, 7, 8, 9, NaN] })).toBe('deficits');
    expect(field({ deficits: Infinity })).toBe('deficits');
    expect(field({ startDebt: -Infinity })).toBe('startDebt');
    expect(field({ tradeDeficit: NaN })).toBe('tradeDeficit');
    expect(field({ firstYear: 2025.5 })).toBe('firstYear');

    const listed = debtPath({ ...realistic, years: 2, deficits: [1, 2] });
    expect(listed.ok || listed.message).toBe(true);
    const tooFew = debtPath({ ...realistic, years: 3, deficits: [1, 2] });
    expect(tooFew.ok ? null : tooFew.message).toBe(
      'Enter a budget deficit for each of the 3 years (2 given).',
    );
    const explosive = debtPath({ startDebt: 1e9, years: 50, deficits: 1e9, interestPercent: 50 });
    expect(explosive.ok).toBe(false);
    if (explosive.ok) return;
    expect(explosive.field).toBeNull();
    // debt_n = 3e9 × 1.5^n − 2e9, which first passes 1e12 millions in year 15.
    expect(explosive.message).toMatch(/^By year 15 the debt would pass \$1 quintillion/);
  });

  it('lets surpluses pay the debt down, past zero if need be', () => {
    const result = debtPath({ startDebt: 100, years: 2, deficits: -80, interestPercent: 0 });
    expect(result.ok && result.value.path.map((row) => row.debt)).toEqual([20, -60]);
  });

  it('never throws, and never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(
        anyNumber,
        anyNumber,
        fc.oneof(anyNumber, fc.array(anyNumber, { maxLength: 60 })),
        anyNumber,
        anyNumber,
        (startDebt, years, deficits, interestPercent, tradeDeficit) => {
          const result = debtPath({ startDebt, years, deficits, interestPercent, tradeDeficit });
          expect(everyNumberFinite(result)).toBe(true);
          expect(noBrokenText(result)).toBe(true);
        },
      ),
    );
  });
});
