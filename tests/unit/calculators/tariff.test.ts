import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TARIFF_MODEL_LEAVES_OUT,
  TARIFF_MODEL_NOTE,
  TARIFF_PRESETS,
  tariffEffect,
  type TariffInput,
} from '../../../src/logic/calculators/tariff';
import { anyNumber, everyNumberFinite } from './arbitraries';

const base: TariffInput = {
  pricePerUnit: 20,
  ratePercent: 25,
  passThroughPercent: 100,
  volume: 1000,
};

describe('tariffEffect', () => {
  it('passes a 25% tariff on a $20 import fully on to the buyer', () => {
    expect(tariffEffect(base)).toEqual({
      ok: true,
      value: {
        tariffPerUnit: 5,
        priceToBuyer: 25,
        passedOnPerUnit: 5,
        absorbedPerUnit: 0,
        buyerPriceIncreasePercent: 25,
        revenueDollars: 5000,
        revenueMillions: 0.005,
      },
    });
  });

  it('splits the tariff between buyer and importer by the pass-through share', () => {
    const result = tariffEffect({ ...base, ratePercent: 145, passThroughPercent: 60 });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.tariffPerUnit).toBe(29);
    expect(result.value.passedOnPerUnit).toBe(17.4);
    expect(result.value.absorbedPerUnit).toBe(11.6);
    expect(result.value.priceToBuyer).toBe(37.4);
    expect(result.value.revenueDollars).toBe(29_000);
  });

  it('keeps cents free of floating-point noise', () => {
    const result = tariffEffect({ ...base, pricePerUnit: 19.99, passThroughPercent: 33 });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.tariffPerUnit).toBe(4.9975);
    expect(result.value.passedOnPerUnit).toBe(1.6492);
    expect(result.value.absorbedPerUnit).toBe(3.3483);
    expect(result.value.priceToBuyer).toBe(21.6392);
  });

  it('buyer share plus importer share is the whole tariff, and revenue is tariff × volume', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 1e9 }),
        (pricePerUnit, ratePercent, passThroughPercent, volume) => {
          const result = tariffEffect({ pricePerUnit, ratePercent, passThroughPercent, volume });
          if (!result.ok) throw new Error(result.message);
          const v = result.value;
          expect(v.passedOnPerUnit + v.absorbedPerUnit).toBeCloseTo(v.tariffPerUnit, 4);
          expect(v.priceToBuyer).toBeCloseTo(pricePerUnit + v.passedOnPerUnit, 4);
          // Within a hundredth of a cent, the floating-point noise the rounding removes.
          expect(v.priceToBuyer).toBeGreaterThanOrEqual(pricePerUnit - 1e-4);
          expect(v.priceToBuyer).toBeLessThanOrEqual(pricePerUnit + v.tariffPerUnit + 1e-4);
          const revenue = v.tariffPerUnit * volume;
          expect(Math.abs(v.revenueDollars - revenue)).toBeLessThanOrEqual(revenue * 1e-12 + 0.01);
        },
      ),
    );
  });

  it('refuses values outside their ranges, naming the field', () => {
    const field = (input: Partial<TariffInput>) => {
      const result = tariffEffect({ ...base, ...input });
      return result.ok ? 'ok' : result.field;
    };
    expect(field({ pricePerUnit: -1 })).toBe('pricePerUnit');
    expect(field({ pricePerUnit: 2e9 })).toBe('pricePerUnit');
    expect(field({ ratePercent: -10 })).toBe('ratePercent');
    expect(field({ ratePercent: 1001 })).toBe('ratePercent');
    expect(field({ passThroughPercent: 101 })).toBe('passThroughPercent');
    expect(field({ volume: 2.5 })).toBe('volume');
    expect(field({ volume: Infinity })).toBe('volume');
    expect(field({ pricePerUnit: 0, ratePercent: 0, passThroughPercent: 0, volume: 0 })).toBe('ok');
  });

  it('never throws and never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (price, rate, share, volume) => {
        const result = tariffEffect({
          pricePerUnit: price,
          ratePercent: rate,
          passThroughPercent: share,
          volume,
        });
        expect(everyNumberFinite(result)).toBe(true);
      }),
    );
  });
});

describe('tariff presets and caveats', () => {
  it('offers the 25% and 145% rates from the article', () => {
    expect(TARIFF_PRESETS.map((preset) => preset.ratePercent)).toEqual([25, 145]);
  });

  it('names what the model leaves out', () => {
    const text = [...TARIFF_MODEL_LEAVES_OUT, TARIFF_MODEL_NOTE].join(' ');
    for (const word of [
      /substitut|switch/i,
      /retaliat/i,
      /exchange rate/i,
      /buy(ing)? less|fewer units/i,
    ]) {
      expect(TARIFF_MODEL_LEAVES_OUT.join(' ')).toMatch(word);
      expect(TARIFF_MODEL_NOTE).toMatch(word);
    }
    expect(text).not.toMatch(/\s{2}/);
  });
});
