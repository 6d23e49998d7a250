import { describe, expect, it } from 'vitest';
import {
  bilateralBalances,
  countryTotals,
  divergingBars,
} from '../../../src/logic/calculators/bilateral';
import { balanceChange } from '../../../src/logic/calculators/change';
import { debtPath } from '../../../src/logic/calculators/debt';
import { amountProblem, formFieldOf } from '../../../src/logic/calculators/result';
import { savingInvestment } from '../../../src/logic/calculators/saving-investment';
import { tariffEffect } from '../../../src/logic/calculators/tariff';
import {
  tradeBalanceFromBalances,
  tradeBalanceFromFlows,
} from '../../../src/logic/calculators/trade-balance';

describe('amountProblem', () => {
  it('names the field in plain words', () => {
    expect(amountProblem(NaN, 'goods exports', { allowNegative: false })).toBe(
      'Enter goods exports as a number.',
    );
    expect(amountProblem(-1, 'goods exports', { allowNegative: false })).toBe(
      'Goods exports cannot be negative.',
    );
    expect(amountProblem(2e9, 'the total', { allowNegative: true })).toBe(
      'The total is too large to be a real amount: check the number of zeros.',
    );
    expect(amountProblem(-1e9, 'the total', { allowNegative: true })).toBeNull();
    expect(amountProblem('5', 'the total', { allowNegative: true })).toBe(
      'Enter the total as a number.',
    );
  });
});

describe('every calculator, given something that is not its input at all', () => {
  // Islands are typed, but a bad preset or a stale bundle could still hand over anything.
  const garbage: unknown[] = [null, undefined, 5, 'text', [], {}, { goods: null }];

  it('returns a message instead of throwing', () => {
    for (const input of garbage) {
      const results = [
        // @ts-expect-error: deliberately the wrong type.
        tradeBalanceFromFlows(input),
        // @ts-expect-error: deliberately the wrong type.
        tradeBalanceFromBalances(input),
        // @ts-expect-error: deliberately the wrong type.
        bilateralBalances(input, 0),
        // @ts-expect-error: deliberately the wrong type.
        bilateralBalances([input], 0),
        // @ts-expect-error: deliberately the wrong type.
        balanceChange(input),
        // @ts-expect-error: deliberately the wrong type.
        debtPath(input),
        // @ts-expect-error: deliberately the wrong type.
        tariffEffect(input),
        // @ts-expect-error: deliberately the wrong type.
        savingInvestment(input),
      ];
      for (const result of results) {
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
      }
      // @ts-expect-error: deliberately the wrong type.
      expect(countryTotals(input)).toEqual([]);
      // @ts-expect-error: deliberately the wrong type.
      expect(divergingBars(input).maxMagnitude).toBe(0);
    }
  });
});

describe('formFieldOf', () => {
  const keys = { pricePerUnit: 'p', ratePercent: 'r' } as const satisfies Record<string, string>;

  it('maps a refused input to the form field that shows its message', () => {
    expect(formFieldOf('ratePercent', keys)).toBe('r');
  });

  it('gives no field for a whole-form message, an unknown input or an inherited name', () => {
    expect(formFieldOf(null, keys)).toBeUndefined();
    expect(formFieldOf('volume', keys)).toBeUndefined();
    expect(formFieldOf('constructor', keys)).toBeUndefined();
    expect(formFieldOf('__proto__', keys)).toBeUndefined();
  });
});
