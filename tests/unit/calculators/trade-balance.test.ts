import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sumMillions } from '../../../src/logic/balance';
import {
  tradeBalanceFromBalances,
  tradeBalanceFromFlows,
} from '../../../src/logic/calculators/trade-balance';
import { amount, anyNumber, everyNumberFinite, flow, noBrokenText } from './arbitraries';

const us2024 = {
  goods: { exports: 2_079_777.1, imports: 3_295_180 },
  services: { exports: 1_152_747, imports: 840_876.5 },
};

describe('tradeBalanceFromFlows', () => {
  it('gives the published 2024 balances from the published 2024 flows', () => {
    const result = tradeBalanceFromFlows(us2024);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.goods).toBe(-1_215_402.9);
    expect(result.value.services).toBe(311_870.5);
    expect(result.value.total).toBe(-903_532.4);
    expect(result.value.exports).toBe(3_232_524.1);
    expect(result.value.imports).toBe(4_136_056.5);
    expect(result.value.servicesOffsetShare).toBeCloseTo(0.2566, 4);
    expect(result.value.sentences.goods).toBe(
      'The goods balance is a deficit of $1,215.4 billion.',
    );
    expect(result.value.sentences.total).toBe(
      'Goods and services together: a deficit of $903.5 billion.',
    );
    expect(result.value.sentences.offset).toBe(
      'The services surplus of $311.9 billion covers 25.7% of the goods deficit of $1,215.4 billion.',
    );
  });

  it('refuses a negative or impossible flow and names the field', () => {
    const negative = tradeBalanceFromFlows({ ...us2024, goods: { exports: -1, imports: 5 } });
    expect(negative).toEqual({
      ok: false,
      field: 'goodsExports',
      message: 'Goods exports cannot be negative.',
    });
    const huge = tradeBalanceFromFlows({ ...us2024, services: { exports: 1, imports: Infinity } });
    expect(huge.ok ? null : huge.field).toBe('servicesImports');
    const nan = tradeBalanceFromFlows({ ...us2024, services: { exports: NaN, imports: 1 } });
    expect(nan.ok ? null : nan.message).toBe('Enter services exports as a number.');
  });

  it('has no offset sentence when there is no goods deficit to offset', () => {
    const result = tradeBalanceFromFlows({
      goods: { exports: 10, imports: 5 },
      services: { exports: 10, imports: 5 },
    });
    expect(result.ok && result.value.sentences.offset).toBeNull();
  });

  it('says so when services cover the whole goods deficit', () => {
    const more = tradeBalanceFromFlows({
      goods: { exports: 0, imports: 100_000 },
      services: { exports: 150_000, imports: 0 },
    });
    expect(more.ok && more.value.sentences.offset).toBe(
      'The services surplus of $150 billion covers the whole goods deficit, with $50 billion to spare.',
    );
    const exact = tradeBalanceFromFlows({
      goods: { exports: 0, imports: 100_000 },
      services: { exports: 100_000, imports: 0 },
    });
    expect(exact.ok && exact.value.sentences.offset).toMatch(/covers the goods deficit exactly/);
  });

  it('total = goods + services for any flows, and never NaN or throws on any input', () => {
    fc.assert(
      fc.property(flow, flow, flow, flow, (gx, gm, sx, sm) => {
        const result = tradeBalanceFromFlows({
          goods: { exports: gx, imports: gm },
          services: { exports: sx, imports: sm },
        });
        expect(result.ok).toBe(gx <= 1e9 && gm <= 1e9 && sx <= 1e9 && sm <= 1e9);
        if (result.ok) {
          expect(result.value.total).toBe(sumMillions(result.value.goods, result.value.services));
        }
      }),
    );
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (gx, gm, sx, sm) => {
        const result = tradeBalanceFromFlows({
          goods: { exports: gx, imports: gm },
          services: { exports: sx, imports: sm },
        });
        expect(everyNumberFinite(result)).toBe(true);
        expect(noBrokenText(result)).toBe(true);
      }),
    );
  });
});

describe('tradeBalanceFromBalances', () => {
  it('adds the February 2025 goods and services balances to the published total', () => {
    const result = tradeBalanceFromBalances({ goods: -147_000, services: 24_300 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.total).toBe(-122_700);
    expect(result.value.exports).toBeNull();
    expect(result.value.imports).toBeNull();
    expect(result.value.servicesOffsetShare).toBeCloseTo(24_300 / 147_000, 10);
    expect(result.value.sentences.total).toBe(
      'Goods and services together: a deficit of $122.7 billion.',
    );
  });

  it('agrees with the flows mode whenever the balances are the same', () => {
    fc.assert(
      fc.property(flow, flow, flow, flow, (gx, gm, sx, sm) => {
        fc.pre(Math.max(gx, gm, sx, sm) <= 1e9);
        const fromFlows = tradeBalanceFromFlows({
          goods: { exports: gx, imports: gm },
          services: { exports: sx, imports: sm },
        });
        if (!fromFlows.ok) throw new Error(fromFlows.message);
        const fromBalances = tradeBalanceFromBalances({
          goods: fromFlows.value.goods,
          services: fromFlows.value.services,
        });
        if (!fromBalances.ok) throw new Error(fromBalances.message);
        expect(fromBalances.value.total).toBe(fromFlows.value.total);
        expect(fromBalances.value.servicesOffsetShare).toBe(fromFlows.value.servicesOffsetShare);
        expect(fromBalances.value.sentences).toEqual(fromFlows.value.sentences);
      }),
    );
  });

  it('accepts deficits and surpluses on either side, and refuses non-numbers with the field', () => {
    fc.assert(
      fc.property(amount, amount, (goods, services) => {
        const result = tradeBalanceFromBalances({ goods, services });
        expect(result.ok).toBe(Math.abs(goods) <= 1e9 && Math.abs(services) <= 1e9);
      }),
    );
    const result = tradeBalanceFromBalances({ goods: -5, services: NaN });
    expect(result.ok ? null : result.field).toBe('services');
  });

  it('never throws or returns NaN', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (goods, services) => {
        const result = tradeBalanceFromBalances({ goods, services });
        expect(everyNumberFinite(result)).toBe(true);
        expect(noBrokenText(result)).toBe(true);
      }),
    );
  });
});
