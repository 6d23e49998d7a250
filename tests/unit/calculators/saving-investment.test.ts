import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sumMillions } from '../../../src/logic/balance';
import {
  IDENTITY_IS_NOT_A_CAUSE,
  savingInvestment,
} from '../../../src/logic/calculators/saving-investment';
import { amount, anyNumber, everyNumberFinite, flow, noBrokenText } from './arbitraries';

describe('savingInvestment', () => {
  it('turns a budget deficit and high investment into negative net exports', () => {
    const result = savingInvestment({
      privateSaving: 4_000_000,
      investment: 5_000_000,
      taxRevenue: 4_900_000,
      governmentSpending: 6_700_000,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        publicSaving: -1_800_000,
        nationalSaving: 2_200_000,
        netExports: -2_800_000,
        sentences: {
          publicSaving: 'The government runs a budget deficit of $1,800 billion.',
          netExports:
            'The country invests $2,800 billion more than it saves, so it borrows that from abroad: net exports are a deficit of $2,800 billion.',
        },
      },
    });
  });

  it('says so when saving and investment match', () => {
    const result = savingInvestment({
      privateSaving: 100,
      investment: 100,
      taxRevenue: 50,
      governmentSpending: 50,
    });
    expect(result.ok && result.value.sentences).toEqual({
      publicSaving: 'The government’s budget is balanced.',
      netExports: 'The country saves exactly what it invests: net exports are zero.',
    });
  });

  it('net exports = national saving − investment = S + (T − G) − I, for any figures', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        flow,
        flow,
        (privateSaving, investment, taxRevenue, governmentSpending) => {
          const result = savingInvestment({
            privateSaving,
            investment,
            taxRevenue,
            governmentSpending,
          });
          const fits = [privateSaving, investment, taxRevenue, governmentSpending].every(
            (value) => Math.abs(value) <= 1e9,
          );
          expect(result.ok).toBe(fits);
          if (!result.ok) return;
          const { publicSaving, nationalSaving, netExports } = result.value;
          expect(publicSaving).toBe(sumMillions(taxRevenue, -governmentSpending));
          expect(nationalSaving).toBe(sumMillions(privateSaving, publicSaving));
          expect(netExports).toBe(sumMillions(nationalSaving, -investment));
          // The identity rearranged: private saving − investment = net exports − public saving.
          expect(sumMillions(privateSaving, -investment)).toBe(
            sumMillions(netExports, -publicSaving),
          );
        },
      ),
    );
  });

  it('refuses negative tax revenue or spending, and non-numbers, naming the field', () => {
    const field = (input: Record<string, number>) => {
      const result = savingInvestment({
        privateSaving: 1,
        investment: 1,
        taxRevenue: 1,
        governmentSpending: 1,
        ...input,
      });
      return result.ok ? 'ok' : result.field;
    };
    expect(field({ taxRevenue: -1 })).toBe('taxRevenue');
    expect(field({ governmentSpending: -1 })).toBe('governmentSpending');
    expect(field({ privateSaving: -1 })).toBe('ok');
    expect(field({ investment: NaN })).toBe('investment');
  });

  it('never throws and never returns NaN', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (s, i, t, g) => {
        const result = savingInvestment({
          privateSaving: s,
          investment: i,
          taxRevenue: t,
          governmentSpending: g,
        });
        expect(everyNumberFinite(result)).toBe(true);
        expect(noBrokenText(result)).toBe(true);
      }),
    );
  });

  it('says in one line that an identity is not a cause', () => {
    expect(IDENTITY_IS_NOT_A_CAUSE).toMatch(/identity/i);
    expect(IDENTITY_IS_NOT_A_CAUSE).not.toMatch(/\n/);
    expect(IDENTITY_IS_NOT_A_CAUSE.split('. ')).toHaveLength(1);
  });
});
