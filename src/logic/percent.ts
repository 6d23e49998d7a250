/**
 * Percentages as readers type them: "25%", "25", "25 percent", "145 %", "-3.5%".
 * A bare number is a percent (25 means 25%), because every field that asks for one says so.
 */

export type PercentParseResult =
  | { readonly ok: true; readonly percent: number }
  | { readonly ok: false; readonly message: string };

export interface ParsePercentOptions {
  readonly allowNegative?: boolean;
  /** The largest percent that makes sense in the field (a share passed on is at most 100). */
  readonly max?: number;
}

export const MAX_PERCENT_INPUT_LENGTH = 32;

const fail = (message: string): PercentParseResult => ({ ok: false, message });

export function parsePercent(text: string, options: ParsePercentOptions = {}): PercentParseResult {
  const allowNegative = options.allowNegative ?? true;
  const max = options.max ?? 10_000;
  if (typeof text !== 'string' || text.trim() === '')
    return fail('Enter a percent, such as 25 or 25%.');
  if (text.length > MAX_PERCENT_INPUT_LENGTH) {
    return fail(
      `That is too long for a percent: use at most ${MAX_PERCENT_INPUT_LENGTH} characters.`,
    );
  }
  const rest = text
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .trim()
    .toLowerCase()
    .replace(/\s*(%|percent|per cent|pct)$/, '');
  if (rest.includes('$')) return fail('This field takes a percent, not an amount of money.');
  const match = /^([-+]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.exec(rest);
  if (!match) {
    if (/[-+].*[-+]/.test(rest)) return fail('Use one minus sign at most, as in −3.5%.');
    if ((rest.match(/[0-9]+/g) ?? []).length > 1 && /\s/.test(rest))
      return fail('Enter one percent only.');
    return fail('Enter a percent as a number, such as 25 or 25%.');
  }
  const [, sign = '', digits = ''] = match;
  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude)) return fail('Enter a percent as a number, such as 25 or 25%.');
  if (magnitude > max)
    return fail(`Enter a percent no larger than ${max.toLocaleString('en-US')}%.`);
  const percent = sign === '-' ? -magnitude : magnitude;
  if (percent < 0 && !allowNegative) return fail('This percent cannot be negative.');
  return { ok: true, percent: percent || 0 };
}

/** "25%", "145%", "−3.5%", with at most one decimal and a real minus sign. */
export function formatPercent(percent: number, decimals = 1): string {
  if (!Number.isFinite(percent)) return 'not available';
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(percent) * factor) / factor;
  if (rounded === 0) return '0%';
  const fixed = rounded.toFixed(decimals);
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return `${percent < 0 ? '\u2212' : ''}${text}%`;
}
