/**
 * Money as readers type it and as the news prints it.
 *
 * Every amount in the project is a number of **millions of U.S. dollars**, the unit the
 * agencies publish in. Parsing works on the decimal digits as text and only turns them into a
 * number at the end, so "918.4 billion" is exactly 918400 and never 918399.99999999.
 */

/** How many millions one of each written unit is worth, as a power of ten. */
const UNIT_EXPONENTS = {
  thousand: -3,
  million: 0,
  billion: 3,
  trillion: 6,
} as const;

export type MoneyUnit = keyof typeof UNIT_EXPONENTS;

/** Spellings readers use for each unit (lower case, without a trailing full stop). */
const UNIT_WORDS: Readonly<Record<string, MoneyUnit>> = {
  k: 'thousand',
  thousand: 'thousand',
  thousands: 'thousand',
  m: 'million',
  mm: 'million',
  mn: 'million',
  mil: 'million',
  mln: 'million',
  million: 'million',
  millions: 'million',
  b: 'billion',
  bn: 'billion',
  bil: 'billion',
  bln: 'billion',
  billion: 'billion',
  billions: 'billion',
  t: 'trillion',
  tn: 'trillion',
  tr: 'trillion',
  tril: 'trillion',
  trillion: 'trillion',
  trillions: 'trillion',
};

/** Longest input we read; anything longer is a paste accident, not an amount. */
export const MAX_MONEY_INPUT_LENGTH = 64;

/**
 * The largest amount we accept, in millions: $1,000 trillion, roughly ten times the whole
 * world's yearly output. Anything beyond it is a typo, not an economy.
 */
export const MAX_MONEY_MILLIONS = 1e9;

export type MoneyParseResult =
  | { readonly ok: true; readonly millions: number }
  | { readonly ok: false; readonly message: string };

export interface ParseMoneyOptions {
  /** The unit of a bare number such as "918.4"; fields say it in their label. */
  readonly defaultUnit?: MoneyUnit;
  /** Whether a negative amount makes sense in this field (a price does not; a balance does). */
  readonly allowNegative?: boolean;
}

const MINUS_SIGNS = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g;

const fail = (message: string): MoneyParseResult => ({ ok: false, message });

/**
 * Reads an amount of money typed by a person and returns it in millions of dollars, or a
 * message that says what to fix. It never throws and never returns NaN.
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): MoneyParseResult {
  const defaultUnit = options.defaultUnit ?? 'billion';
  const allowNegative = options.allowNegative ?? true;

  if (typeof text !== 'string') return fail('Enter an amount, such as 918.4 or $918.4 billion.');
  if (text.length > MAX_MONEY_INPUT_LENGTH) {
    return fail(
      `That is too long for an amount: use at most ${MAX_MONEY_INPUT_LENGTH} characters.`,
    );
  }
  let rest = text
    .replace(MINUS_SIGNS, '-')
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase();
  if (rest === '') return fail('Enter an amount, such as 918.4 or $918.4 billion.');
  if (/\b(nan|infinity|inf)\b/.test(rest) || rest.includes('∞')) {
    return fail('Enter an amount of money as digits, such as 918.4.');
  }
  if (rest.includes('%')) return fail('This field takes an amount of money, not a percent.');

  // Accountants write a negative amount in parentheses: ($122.7 billion).
  let negative = false;
  const parenthesised = /^([-+]?)\s*\((.*)\)$/.exec(rest);
  if (parenthesised) {
    if (parenthesised[1] === '-') {
      return fail('Use either a minus sign or brackets for a negative amount, not both.');
    }
    negative = true;
    rest = (parenthesised[2] ?? '').trim();
  }
  if (/[()]/.test(rest))
    return fail('A bracket is open without its pair: write ($122.7 billion) or −122.7.');

  // Signs may stand before or after a dollar sign: -$5, $-5, $ -5.
  rest = rest
    .replace(/^usd\s*/, '')
    .replace(/\s*usd$/, '')
    .replace(/\s*dollars?$/, '');
  let signs = '';
  for (;;) {
    const lead = /^([-+$])\s*/.exec(rest);
    if (!lead) break;
    const [matched, sign = '$'] = lead;
    if (sign !== '$') signs += sign;
    rest = rest.slice(matched.length);
  }
  if (signs.length > 1) return fail('Use one minus sign at most, as in −122.7.');
  if (signs === '-') {
    if (negative)
      return fail('Use either a minus sign or brackets for a negative amount, not both.');
    negative = true;
  }

  const match = /^([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)(?:e([-+]?[0-9]+))?\s*([a-z]*)\.?$/.exec(
    rest,
  );
  if (!match) return explainUnreadable(rest);
  const [, numeral = '', exponentText, unitWord = ''] = match;

  let unit: MoneyUnit = defaultUnit;
  if (unitWord !== '') {
    const named = UNIT_WORDS[unitWord];
    if (!named) {
      return fail(
        `"${unitWord}" is not a unit we know: write million, billion or trillion (or M, B, T).`,
      );
    }
    unit = named;
  }

  if (numeral.includes(',') && !/^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?$/.test(numeral)) {
    return fail('Commas go between groups of three digits, as in 918,400.');
  }
  const [whole = '', fraction = ''] = numeral.replace(/,/g, '').split('.');
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  const exponent =
    UNIT_EXPONENTS[unit] -
    fraction.length +
    (exponentText === undefined ? 0 : Number(exponentText));
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return tooLarge(exponent > 0);

  const magnitude = Number(`${digits}e${exponent}`);
  if (!Number.isFinite(magnitude) || magnitude > MAX_MONEY_MILLIONS) return tooLarge(true);
  if (magnitude === 0) return { ok: true, millions: 0 };
  if (negative && !allowNegative) return fail('This amount cannot be negative.');
  return { ok: true, millions: negative ? -magnitude : magnitude };
}

function tooLarge(large: boolean): MoneyParseResult {
  return large
    ? fail(
        'That is more than the whole world earns in years. Check the number of zeros, or write it as "918.4 billion".',
      )
    : { ok: true, millions: 0 };
}

/** Says what is wrong with text that is not an amount, as precisely as we can tell. */
function explainUnreadable(rest: string): MoneyParseResult {
  const numbers = rest.match(/[0-9][0-9,.]*/g) ?? [];
  if (numbers.length > 1) return fail('Enter one amount only, such as 918.4.');
  if (numbers.length === 0)
    return fail('Enter an amount using digits, such as 918.4 or $918.4 billion.');
  if (/[-+]/.test(rest)) return fail('Put a minus sign only at the start, as in −122.7.');
  if (/\.[0-9]*\./.test(rest)) return fail('An amount has one decimal point at most, as in 918.4.');
  return fail(
    'Write the amount as a number with an optional unit, such as 918.4 billion or 918.4B.',
  );
}

export interface FormatMoneyOptions {
  /** Digits after the point; trailing zeros are dropped ("$200 million", not "$200.0 million"). */
  readonly decimals?: number;
  /** Show "+" before a positive amount, for changes such as "+$8.8 billion". */
  readonly signed?: boolean;
  /** Force a unit instead of picking the largest that keeps the number at or above one. */
  readonly unit?: Exclude<MoneyUnit, 'thousand'>;
  /**
   * Keep every digit asked for ("$122.0 billion"), so that figures printed side by side show
   * the same precision ("−$122.0 billion" beside "−$122.7 billion", not "−$122 billion").
   */
  readonly fixed?: boolean;
}

const UNIT_STEPS: readonly Exclude<MoneyUnit, 'thousand'>[] = ['million', 'billion', 'trillion'];

/** The typographic minus sign, which screen readers read as "minus". */
export const MINUS = '\u2212';

/**
 * Writes an amount in millions the way the news does: "$918.4 billion", "−$122.7 billion",
 * "$36.2 trillion", "$200 million". Amounts below a million read in millions ("$0.5 million").
 */
export function formatMoney(millions: number, options: FormatMoneyOptions = {}): string {
  if (!Number.isFinite(millions)) return 'not available';
  const decimals = options.decimals ?? 1;
  const magnitude = Math.abs(millions);

  let stepIndex = options.unit
    ? UNIT_STEPS.indexOf(options.unit)
    : magnitude >= 1e6
      ? 2
      : magnitude >= 1e3
        ? 1
        : 0;
  let shown = roundTo(magnitude / 10 ** (3 * stepIndex), decimals);
  // Rounding can carry into the next unit: 999.96 billion is "$1 trillion", not "$1,000 billion".
  if (!options.unit && shown >= 1000 && stepIndex < UNIT_STEPS.length - 1) {
    stepIndex += 1;
    shown = roundTo(magnitude / 10 ** (3 * stepIndex), decimals);
  }
  const unit = UNIT_STEPS[stepIndex] ?? 'million';
  if (shown === 0) return '$0';
  const sign = millions < 0 ? MINUS : options.signed ? '+' : '';
  const digits = shown.toFixed(decimals);
  // Millions keep their short form ("$200 million"): they are small amounts, not side by side.
  const keep = options.fixed === true && unit !== 'million';
  return `${sign}$${groupThousands(keep ? digits : trimZeros(digits))} ${unit}`;
}

/** Rounds half away from zero at `decimals` places without floating-point noise. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Math.round(shiftDecimal(Math.abs(value), decimals));
  return Math.sign(value) * shiftDecimal(rounded, -decimals) || 0;
}

/** Multiplies by a power of ten through the decimal text, which is exact where `*` is not. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function groupThousands(plain: string): string {
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Like formatMoney, but keeps amounts between a billion and ten trillion in billions, so that a
 * calculator shows "$1,215.4 billion" rather than the rounder "$1.2 trillion" of a headline.
 */
export function formatMoneyDetailed(
  millions: number,
  options: Omit<FormatMoneyOptions, 'unit'> = {},
): string {
  const magnitude = Math.abs(millions);
  if (magnitude >= 999.95 && magnitude < 1e7)
    return formatMoney(millions, { ...options, unit: 'billion' });
  return formatMoney(millions, options);
}
