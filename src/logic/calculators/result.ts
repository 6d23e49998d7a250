/**
 * What every calculator returns: a result, or a message that names the field to fix.
 * Calculators take numbers the islands have already parsed (money in millions of dollars),
 * but they check them again, because a number can still be NaN, Infinity or absurd, and a
 * calculator must never throw or hand NaN to a chart.
 */
import { MAX_MONEY_MILLIONS } from '../money';

export type CalculatorResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** The input the message is about (its property name), or null for the whole form. */
      readonly field: string | null;
      readonly message: string;
    };

export const succeed = <T>(value: T): CalculatorResult<T> => ({ ok: true, value });

export const refuse = <T>(field: string | null, message: string): CalculatorResult<T> => ({
  ok: false,
  field,
  message,
});

export interface AmountLimits {
  /** Whether a negative amount makes sense here (a balance can be; exports cannot). */
  readonly allowNegative: boolean;
  /** The largest magnitude accepted; defaults to the money parser's own limit. */
  readonly max?: number;
}

/**
 * Says what is wrong with an amount, in the words of its label, or null when it is usable.
 * The value is typed `unknown` because islands and URLs can hand us anything at run time.
 */
export function amountProblem(value: unknown, label: string, limits: AmountLimits): string | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return `Enter ${label} as a number.`;
  const max = limits.max ?? MAX_MONEY_MILLIONS;
  if (!Number.isFinite(value) || Math.abs(value) > max) {
    return `${capitalize(label)} is too large to be a real amount: check the number of zeros.`;
  }
  if (value < 0 && !limits.allowNegative) return `${capitalize(label)} cannot be negative.`;
  return null;
}

/** "the goods exports" → "The goods exports". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Array.isArray without its `any[]` narrowing. Inputs are typed, but an island or a test can
 * still pass something else at run time, and calculators must not throw on it.
 */
export function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Whether a value is an object whose properties can be read safely. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/**
 * The form field a refused result points at: the island's key for the input the calculator
 * names in `field`, or undefined when the message is about the whole form (or names an input the
 * form does not have). Only the map's own entries count, never inherited ones like `constructor`.
 */
export function formFieldOf<K extends string>(
  field: string | null,
  keys: Readonly<Partial<Record<string, K>>>,
): K | undefined {
  return field !== null && Object.hasOwn(keys, field) ? keys[field] : undefined;
}
