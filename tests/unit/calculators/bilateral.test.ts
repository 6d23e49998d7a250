import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sumMillions } from '../../../src/logic/balance';
import {
  bilateralBalances,
  countryTotals,
  divergingBars,
  sortPartners,
  toyWorld,
  type Partner,
} from '../../../src/logic/calculators/bilateral';
import { amount, anyNumber, everyNumberFinite, flow, noBrokenText } from './arbitraries';

// From content/data/series/trade-goods-by-partner-2024.csv (Census, goods, 2024).
const partners2024: Partner[] = [
  { name: 'China', exports: 143_271.7, imports: 440_319.4 },
  { name: 'Mexico', exports: 334_492.1, imports: 503_110.1 },
  { name: 'Netherlands', exports: 90_000, imports: 35_929.5 },
];

describe('bilateralBalances', () => {
  it('gives each published balance, their sum and the rest of the world', () => {
    const result = bilateralBalances(partners2024, -1_215_402.9);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows.map((row) => row.balance)).toEqual([-297_047.7, -168_618, 54_070.5]);
    expect(result.value.rows.map((row) => row.kind)).toEqual(['deficit', 'deficit', 'surplus']);
    expect(result.value.sumOfBalances).toBe(-411_595.2);
    expect(result.value.restOfWorld).toBe(-803_807.7);
    expect(result.value.sentences).toEqual({
      listed: 'Trade with the 3 partners listed adds up to a deficit of $411.6 billion.',
      restOfWorld: 'Trade with everyone else comes to a deficit of $803.8 billion.',
      total: 'Together that is a deficit of $1,215.4 billion with the whole world.',
    });
  });

  it('the listed balances plus the rest of the world always equal the total', () => {
    const partner = fc.record({
      name: fc.constantFrom('A', 'B', 'C'),
      exports: flow,
      imports: flow,
    });
    fc.assert(
      fc.property(fc.array(partner, { maxLength: 60 }), amount, (list, total) => {
        const result = bilateralBalances(list, total);
        const fits =
          Math.abs(total) <= 1e9 && list.every((p) => p.exports <= 1e9 && p.imports <= 1e9);
        expect(result.ok).toBe(fits);
        if (!result.ok) return;
        expect(sumMillions(result.value.sumOfBalances, result.value.restOfWorld)).toBe(
          sumMillions(total),
        );
      }),
    );
  });

  it('names the row and field of a bad entry', () => {
    const noName = bilateralBalances([{ name: '  ', exports: 1, imports: 1 }], 0);
    expect(noName).toEqual({
      ok: false,
      field: 'partners.0.name',
      message: 'Row 1: Give each partner a name.',
    });
    const negative = bilateralBalances(
      [
        partners2024[0] ?? { name: '', exports: 0, imports: 0 },
        { name: 'Peru', exports: 5, imports: -2 },
      ],
      0,
    );
    expect(negative).toEqual({
      ok: false,
      field: 'partners.1.imports',
      message: 'Row 2: Imports to Peru cannot be negative.',
    });
    const long = bilateralBalances([{ name: 'x'.repeat(41), exports: 1, imports: 1 }], 0);
    expect(long.ok ? null : long.message).toMatch(/40 characters/);
    const many = bilateralBalances(
      Array.from({ length: 61 }, () => ({ name: 'A', exports: 1, imports: 1 })),
      0,
    );
    expect(many.ok ? null : many.field).toBe('partners');
    expect(bilateralBalances(partners2024, NaN).ok).toBe(false);
  });

  it('with no partners listed, the rest of the world is the whole total', () => {
    const result = bilateralBalances([], -5_000);
    expect(result.ok && result.value.restOfWorld).toBe(-5_000);
  });

  it('never throws or returns NaN, whatever the numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string(), exports: anyNumber, imports: anyNumber })),
        anyNumber,
        (list, total) => {
          const result = bilateralBalances(list, total);
          expect(everyNumberFinite(result)).toBe(true);
          expect(noBrokenText(result.ok ? result.value.sentences : result.message)).toBe(true);
        },
      ),
    );
  });
});

describe('sortPartners', () => {
  const result = bilateralBalances(
    [
      { name: 'Mexico', exports: 334_492.1, imports: 503_110.1 },
      { name: 'china', exports: 143_271.7, imports: 440_319.4 },
      { name: 'Netherlands', exports: 90_000, imports: 35_929.5 },
      { name: 'Brazil', exports: 10, imports: 10 },
      { name: 'Austria', exports: 10, imports: 10 },
    ],
    0,
  );
  const rows = result.ok ? result.value.rows : [];
  const names = (sorted: readonly { name: string }[]) => sorted.map((row) => row.name);

  it('sorts by balance, deepest deficit first or last', () => {
    expect(names(sortPartners(rows, 'balance', 'asc'))).toEqual([
      'china',
      'Mexico',
      'Austria',
      'Brazil',
      'Netherlands',
    ]);
    // Ties are always broken A to Z, whichever way the numbers run.
    expect(names(sortPartners(rows, 'balance', 'desc'))).toEqual([
      'Netherlands',
      'Austria',
      'Brazil',
      'Mexico',
      'china',
    ]);
  });

  it('sorts by name ignoring case, and by exports or imports', () => {
    expect(names(sortPartners(rows, 'name', 'asc'))).toEqual([
      'Austria',
      'Brazil',
      'china',
      'Mexico',
      'Netherlands',
    ]);
    expect(names(sortPartners(rows, 'exports', 'desc'))[0]).toBe('Mexico');
    expect(names(sortPartners(rows, 'imports', 'asc')).slice(0, 2)).toEqual(['Austria', 'Brazil']);
  });

  it('leaves the rows it was given alone', () => {
    const before = names(rows);
    sortPartners(rows, 'name', 'desc');
    expect(names(rows)).toEqual(before);
  });
});

describe('the three-country toy world', () => {
  it('has every bilateral balance non-zero and every country balanced overall', () => {
    const totals = countryTotals(toyWorld());
    expect(totals.map((country) => country.country).sort()).toEqual([
      'Brazil',
      'China',
      'United States',
    ]);
    for (const country of totals) {
      expect(country.balance).toBe(0);
      expect(country.exports).toBe(100_000);
      expect(country.imports).toBe(100_000);
      expect(country.bilateral).toHaveLength(2);
      for (const pair of country.bilateral) expect(Math.abs(pair.balance)).toBe(100_000);
    }
    const us = totals.find((country) => country.country === 'United States');
    expect(us?.bilateral).toEqual([
      { partner: 'China', balance: -100_000 },
      { partner: 'Brazil', balance: 100_000 },
    ]);
  });

  it('works for any flow size, and falls back to $100 billion for a nonsense size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (size) => {
        for (const country of countryTotals(toyWorld(size))) {
          expect(country.balance).toBe(0);
          expect(country.bilateral.every((pair) => pair.balance !== 0)).toBe(true);
        }
      }),
    );
    expect(toyWorld(NaN)[0]?.amount).toBe(100_000);
    expect(toyWorld(-5)[0]?.amount).toBe(100_000);
  });

  it('bilateral balances are opposite in each pair and add up to each total', () => {
    const flows = fc.array(
      fc.record({
        from: fc.constantFrom('A', 'B', 'C', 'D'),
        to: fc.constantFrom('A', 'B', 'C', 'D'),
        amount: flow,
      }),
    );
    fc.assert(
      fc.property(flows, (list) => {
        const totals = countryTotals(list);
        const byName = new Map(totals.map((country) => [country.country, country]));
        expect(sumMillions(...totals.map((country) => country.balance))).toBe(0);
        for (const country of totals) {
          expect(sumMillions(...country.bilateral.map((pair) => pair.balance))).toBe(
            country.balance,
          );
          for (const pair of country.bilateral) {
            const mirror = byName
              .get(pair.partner)
              ?.bilateral.find((p) => p.partner === country.country);
            expect(mirror?.balance).toBe(-pair.balance || 0);
          }
        }
      }),
    );
  });

  it('skips flows that are not real amounts, and never throws', () => {
    expect(countryTotals([{ from: 'A', to: 'B', amount: NaN }])).toEqual([]);
    expect(countryTotals([{ from: 'A', to: 'A', amount: 5 }])).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: fc.string(), to: fc.string(), amount: anyNumber })),
        (list) => {
          expect(everyNumberFinite(countryTotals(list))).toBe(true);
        },
      ),
    );
  });
});

describe('divergingBars', () => {
  it('scales every bar against the largest magnitude', () => {
    expect(divergingBars([-297_047.7, 54_070.5, 0])).toEqual({
      maxMagnitude: 297_047.7,
      fractions: [-1, 54_070.5 / 297_047.7, 0],
      hasDeficits: true,
      hasSurpluses: true,
    });
  });

  it('draws no bars when everything is zero or not a number', () => {
    expect(divergingBars([0, NaN, Infinity])).toEqual({
      maxMagnitude: 0,
      fractions: [0, 0, 0],
      hasDeficits: false,
      hasSurpluses: false,
    });
    expect(divergingBars([])).toEqual({
      maxMagnitude: 0,
      fractions: [],
      hasDeficits: false,
      hasSurpluses: false,
    });
  });

  it("keeps every fraction within −1..1 on its value's side, the largest at full length", () => {
    fc.assert(
      fc.property(fc.array(anyNumber), (values) => {
        const bars = divergingBars(values);
        expect(Number.isFinite(bars.maxMagnitude)).toBe(true);
        expect(bars.fractions).toHaveLength(values.length);
        bars.fractions.forEach((fraction, index) => {
          const value = values[index] ?? 0;
          expect(Math.abs(fraction)).toBeLessThanOrEqual(1);
          // A value too small to draw next to the largest may round to zero, never to the other side.
          if (Number.isFinite(value)) expect(Math.sign(fraction) * Math.sign(value)).not.toBe(-1);
          if (Number.isFinite(value) && Math.abs(value) === bars.maxMagnitude && value !== 0) {
            expect(Math.abs(fraction)).toBe(1);
          }
        });
      }),
    );
  });
});
