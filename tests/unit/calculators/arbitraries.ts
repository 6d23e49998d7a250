/** Inputs shared by the calculator property tests. */
import fc from 'fast-check';

/** Any number at all, weighted towards the ones that break arithmetic. */
export const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, NaN, Infinity, -Infinity, 1e308, -1e308, 1e9, 1e9 + 1, 5e-324),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
);

/** A published-style amount in millions, to one decimal, up to ±$1,000 trillion. */
export const amount = fc
  .integer({ min: -10_000_000_000, max: 10_000_000_000 })
  .map((tenths) => tenths / 10);

/** The same, never negative. */
export const flow = fc.integer({ min: 0, max: 10_000_000_000 }).map((tenths) => tenths / 10);

/** Checks every number in a result, however deeply nested, is finite. */
export function everyNumberFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(everyNumberFinite);
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).every(everyNumberFinite);
  }
  return true;
}

/** Checks no string in a result mentions NaN, Infinity or undefined. */
export function noBrokenText(value: unknown): boolean {
  if (typeof value === 'string') return !/NaN|Infinity|undefined|null/.test(value);
  if (Array.isArray(value)) return value.every(noBrokenText);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(noBrokenText);
  return true;
}
