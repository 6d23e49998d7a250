/**
 * Prices per unit, in plain dollars ("$20", "20.50", "1,200", "$1.2k"), and counts of units
 * ("1,000", "2.5 million"). The project's money is in millions of dollars, so a price of $20
 * would be 0.00002 there; prices get their own small reader, built on parseMoney so that every
 * spelling it understands (signs, commas, brackets, units) is understood the same way here.
 */
import { parseMoney, roundTo } from '../money';

export type DollarsParseResult =
  | { readonly ok: true; readonly dollars: number }
  | { readonly ok: false; readonly message: string };

/** The largest price per unit accepted: $1 billion, more than a wide-body jet. */
export const MAX_PRICE_DOLLARS = 1e9;

/**
 * Reads a price in dollars. A bare number is dollars ("20.50" is $20.50); a number with a unit
 * is that many thousands, millions or billions of dollars ("$1.2k" is $1,200). Prices cannot be
 * negative. Never throws, never returns NaN.
 */
export function parseDollars(text: string): DollarsParseResult {
  const inMillions = parseMoney(text, { defaultUnit: 'million', allowNegative: false });
  if (!inMillions.ok) return { ok: false, message: priceMessage(inMillions.message) };
  // parseMoney reads a bare number in its default unit. Reading the same text with another
  // (smaller, so it cannot overflow) default tells us whether the reader wrote a unit: only a
  // bare number changes with it. Zero reads the same either way, and is zero dollars either way.
  const inThousands = parseMoney(text, { defaultUnit: 'thousand', allowNegative: false });
  const bare = inThousands.ok && inThousands.millions !== inMillions.millions;
  const dollars = bare ? inMillions.millions : roundTo(inMillions.millions * 1e6, 6);
  if (dollars > MAX_PRICE_DOLLARS) {
    return { ok: false, message: 'Enter a price per unit of at most $1 billion.' };
  }
  return { ok: true, dollars: dollars || 0 };
}

/** The money parser speaks of "amounts"; this field is a price. */
function priceMessage(message: string): string {
  if (/cannot be negative/.test(message)) return 'A price cannot be negative.';
  if (/more than the whole world/.test(message))
    return 'Enter a price per unit of at most $1 billion.';
  if (/^Enter an amount/.test(message)) return 'Enter a price in dollars, such as 20 or $20.50.';
  return message.replace(/an amount/g, 'a price').replace(/amount/g, 'price');
}

/**
 * "$20", "$20.50", "$1,200", "$0.35": whole dollars without cents, otherwise two decimals.
 * For prices per unit; totals in millions go through formatMoneyDetailed.
 */
export function formatDollars(dollars: number): string {
  if (!Number.isFinite(dollars)) return 'not available';
  const cents = roundTo(Math.abs(dollars), 2);
  if (cents === 0) return '$0';
  const whole = Number.isInteger(cents);
  const text = cents.toLocaleString('en-US', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
  return `${dollars < 0 ? '\u2212' : ''}$${text}`;
}

export type CountParseResult =
  { readonly ok: true; readonly count: number } | { readonly ok: false; readonly message: string };

/** The most units we count: a billion, more phones than the whole world buys in a year. */
export const MAX_COUNT = 1e9;

/**
 * Reads a number of units: "1000", "1,000", "2.5 million", "3M". Whole numbers from zero up;
 * "2.5 million" is fine because it is 2,500,000. Never throws, never returns NaN.
 */
export function parseCount(text: string, max: number = MAX_COUNT): CountParseResult {
  return readCount(text, Number.isFinite(max) && max >= 0 ? Math.min(max, MAX_COUNT) : MAX_COUNT);
}

function readCount(text: string, max: number): CountParseResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, message: 'Enter a number of units, such as 1,000.' };
  }
  if (/\$|dollar|usd/i.test(text)) {
    return { ok: false, message: 'Enter a number of units, not an amount of money.' };
  }
  // A count written with a unit ("2.5 million") reads like money in millions; a bare count
  // reads like a bare amount, so the dollars reader does the work and the wording is ours.
  const read = parseDollars(text.length > 64 ? text : text.replace(/\bunits?\b/i, '').trim());
  if (!read.ok) {
    if (/negative/.test(read.message)) return { ok: false, message: 'A count cannot be negative.' };
    if (/at most/.test(read.message)) return tooMany(max);
    return { ok: false, message: 'Enter a number of units using digits, such as 1,000.' };
  }
  if (!Number.isInteger(read.dollars)) {
    return { ok: false, message: 'Enter a whole number of units.' };
  }
  if (read.dollars > max) return tooMany(max);
  return { ok: true, count: read.dollars };
}

function tooMany(max: number): CountParseResult {
  return { ok: false, message: `Enter at most ${max.toLocaleString('en-US')} units.` };
}
