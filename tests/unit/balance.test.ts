import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  balanceKind,
  describeBalance,
  describeChange,
  goodsAndServicesBalances,
  sumMillions,
  tradeBalance,
} from '../../src/logic/balance';

describe('tradeBalance', () => {
  it('is exports minus imports, without floating-point noise', () => {
    expect(tradeBalance(369_998.3, 606_719.2)).toBe(-236_720.9);
    expect(tradeBalance(100, 40)).toBe(60);
  });

  it('names the kind of balance', () => {
    expect(balanceKind(-1)).toBe('deficit');
    expect(balanceKind(1)).toBe('surplus');
    expect(balanceKind(0)).toBe('balanced');
    expect(describeBalance(-918_400)).toBe('a deficit of $918.4 billion');
    expect(describeBalance(24_300)).toBe('a surplus of $24.3 billion');
    expect(describeBalance(0)).toMatch(/balanced/);
  });

  const amount = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((tenths) => tenths / 10);

  it('balance plus imports gives back exports, for any published-style figures', () => {
    fc.assert(
      fc.property(amount, amount, (exports, imports) => {
        expect(sumMillions(tradeBalance(exports, imports), imports)).toBe(sumMillions(exports));
      }),
    );
  });

  it('swapping exports and imports flips the sign', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(tradeBalance(a, b)).toBe(-tradeBalance(b, a) || 0);
      }),
    );
  });
});

describe('goodsAndServicesBalances', () => {
  it('adds goods and services the way the monthly report does', () => {
    const result = goodsAndServicesBalances({
      goods: { exports: 100_000, imports: 247_000 },
      services: { exports: 90_000, imports: 65_700 },
    });
    expect(result.goods).toBe(-147_000);
    expect(result.services).toBe(24_300);
    expect(result.total).toBe(-122_700);
    expect(result.servicesOffsetShare).toBeCloseTo(24_300 / 147_000, 10);
  });

  it('gives no offset share without a goods deficit and a services surplus', () => {
    const flows = { goods: { exports: 10, imports: 5 }, services: { exports: 10, imports: 5 } };
    expect(goodsAndServicesBalances(flows).servicesOffsetShare).toBeNull();
  });

  it('total balance equals total exports minus total imports, always', () => {
    const flow = fc.record({
      exports: fc.integer({ min: 0, max: 5_000_000 }).map((t) => t / 10),
      imports: fc.integer({ min: 0, max: 5_000_000 }).map((t) => t / 10),
    });
    fc.assert(
      fc.property(flow, flow, (goods, services) => {
        const result = goodsAndServicesBalances({ goods, services });
        expect(result.total).toBe(tradeBalance(result.exports, result.imports));
        expect(result.total).toBe(sumMillions(result.goods, result.services));
        if (result.servicesOffsetShare !== null) {
          expect(result.servicesOffsetShare).toBeGreaterThan(0);
          expect(result.servicesOffsetShare).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('describeChange', () => {
  it('says a growing deficit widened', () => {
    const change = describeChange(-784_900, -918_400);
    expect(change.sentence).toBe('the deficit widened by $133.5 billion');
    expect(change.kind).toBe('deficit-widened');
    expect(change.difference).toBe(-133_500);
    expect(change.percent).toBeCloseTo(17.0, 1);
  });

  it('says a shrinking deficit narrowed', () => {
    expect(describeChange(-155_800, -147_000).sentence).toBe(
      'the deficit narrowed by $8.8 billion',
    );
  });

  it('describes surpluses', () => {
    expect(describeChange(25_100, 24_300).sentence).toBe('the surplus shrank by $800 million');
    expect(describeChange(24_300, 25_100).sentence).toBe('the surplus grew by $800 million');
  });

  it('handles crossing zero and a zero base without dividing by zero', () => {
    const turned = describeChange(5_000, -3_000);
    expect(turned.kind).toBe('turned-to-deficit');
    expect(turned.percent).toBeNull();
    expect(turned.sentence).toBe('the surplus of $5 billion turned into a deficit of $3 billion');
    expect(describeChange(0, 2_000).sentence).toBe(
      'balanced trade turned into a surplus of $2 billion',
    );
    expect(describeChange(-2_000, 0).kind).toBe('reached-balance');
    expect(describeChange(0, 0).sentence).toBe('the balance did not change');
  });

  it('its difference always takes the earlier balance to the later one', () => {
    const amount = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((t) => t / 10);
    fc.assert(
      fc.property(amount, amount, (earlier, later) => {
        const change = describeChange(earlier, later);
        expect(sumMillions(earlier, change.difference)).toBe(sumMillions(later));
        expect(change.amount).toBeGreaterThanOrEqual(0);
        expect(change.sentence).not.toMatch(/NaN|Infinity/);
        if (change.percent !== null) expect(Number.isFinite(change.percent)).toBe(true);
      }),
    );
  });
});
