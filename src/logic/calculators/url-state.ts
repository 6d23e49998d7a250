/**
 * A calculator's state in the page's query string, so a link restores what the reader saw.
 *
 * A calculator describes its fields once (a spec); `readState` reads a query against it and
 * `writeState` writes one. Everything in a URL is untrusted: any parameter that is empty,
 * malformed, out of range or too long falls back to its default and produces a notice in plain
 * words. A notice is plain text built from our own labels plus at most 20 characters of the bad
 * value with `< > " ' &` removed, so it is safe even if a careless view renders it as HTML.
 *
 * Parameters that are absent simply take their default without a notice (a link only carries
 * what differs from the defaults), and parameters the spec does not know are ignored.
 */
import { formatMoneyDetailed, parseMoney, roundTo } from '../money';
import { formatPercent, parsePercent } from '../percent';
import {
  MAX_PARTNER_NAME_LENGTH,
  MAX_PARTNERS,
  partnerNameProblem,
  type Partner,
} from './bilateral';
import { parseCount } from './dollars';
import { isList, isRecord } from './result';

/** The longest value read for a single-number or text field. */
export const MAX_PARAM_LENGTH = 64;
/** At most this many parameters are looked at; the rest of the query is ignored. */
export const MAX_PARAMS = 50;
/** Characters of a query string read at all; a longer one is cut, with a notice. */
export const MAX_QUERY_LENGTH = 8192;
/** How much of a bad value a notice quotes. */
export const MAX_QUOTED_LENGTH = 20;

interface FieldBase {
  /** The field in the reader's words, used in notices: "goods exports". */
  readonly label: string;
  /** The longest raw value accepted, in characters. */
  readonly maxLength: number;
}

/** An amount in millions of dollars. */
export interface MoneyField extends FieldBase {
  readonly kind: 'money';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Places after the point kept, in millions (4 keeps $100, as sumMillions does). */
  readonly decimals: number;
}

/** A percent, such as a tariff rate (25 means 25%). */
export interface PercentField extends FieldBase {
  readonly kind: 'percent';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
}

/** A whole number, such as years or units. */
export interface CountField extends FieldBase {
  readonly kind: 'count';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

/** A short label, such as "2024", in letters, digits, spaces and . , : ; ( ) / - ’. */
export interface TextField extends FieldBase {
  readonly kind: 'text';
  readonly default: string;
}

/** One of a fixed set of words, such as a mode or a sort order. */
export interface ChoiceField<Option extends string = string> extends FieldBase {
  readonly kind: 'choice';
  readonly options: readonly Option[];
  readonly default: Option;
}

/** A list of amounts in millions in one parameter, "1833000~1700000~1900000". */
export interface MoneyListField extends FieldBase {
  readonly kind: 'money-list';
  readonly default: readonly number[];
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
  readonly maxItems: number;
}

/** Trading partners in one parameter: "China~143271.7~440319.4|Mexico~334492.1~503110.1". */
export interface PartnersField extends FieldBase {
  readonly kind: 'partners';
  readonly default: readonly Partner[];
  readonly maxItems: number;
}

export type FieldSpec =
  MoneyField | PercentField | CountField | TextField | ChoiceField | MoneyListField | PartnersField;

/** A calculator's fields, keyed by their (short) query parameter names, in link order. */
export type StateSpec = Readonly<Record<string, FieldSpec>>;

/** The values a spec describes: { gx: number, mode: 'flows' | 'balances', … }. */
export type StateValues<Spec extends StateSpec> = {
  readonly [Key in keyof Spec]: Spec[Key]['default'];
};

export interface ReadStateResult<Spec extends StateSpec> {
  readonly values: StateValues<Spec>;
  /** One plain-text sentence per parameter that was set aside, for a notice on the page. */
  readonly notices: readonly string[];
}

type FieldValue = FieldSpec['default'];

const LIST_SEPARATOR = '~';
const ROW_SEPARATOR = '|';

/** Letters (any script), digits, spaces and a little punctuation: nothing that is markup. */
const SAFE_TEXT = /^[\p{L}\p{M}\p{N} .,:;()/’-]*$/u;

// Builders fill in the limits a field usually has, so a spec reads as a list of labels.

interface NumberFieldOptions<Value> {
  readonly label: string;
  readonly default: Value;
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  readonly maxLength?: number;
}

export function moneyField(options: NumberFieldOptions<number>): MoneyField {
  return {
    kind: 'money',
    label: options.label,
    default: options.default,
    min: options.min ?? -1e9,
    max: options.max ?? 1e9,
    decimals: options.decimals ?? 4,
    maxLength: options.maxLength ?? MAX_PARAM_LENGTH,
  };
}

export function percentField(options: NumberFieldOptions<number>): PercentField {
  return {
    kind: 'percent',
    label: options.label,
    default: options.default,
    min: options.min ?? 0,
    max: options.max ?? 100,
    decimals: options.decimals ?? 4,
    maxLength: options.maxLength ?? MAX_PARAM_LENGTH,
  };
}

export function countField(options: NumberFieldOptions<number>): CountField {
  return {
    kind: 'count',
    label: options.label,
    default: options.default,
    min: options.min ?? 0,
    max: options.max ?? 1e9,
    maxLength: options.maxLength ?? MAX_PARAM_LENGTH,
  };
}

export function textField(options: {
  readonly label: string;
  readonly default: string;
  readonly maxLength?: number;
}): TextField {
  return {
    kind: 'text',
    label: options.label,
    default: options.default,
    maxLength: Math.min(options.maxLength ?? 40, MAX_PARAM_LENGTH),
  };
}

export function choiceField<const Option extends string>(options: {
  readonly label: string;
  readonly options: readonly Option[];
  readonly default: NoInfer<Option>;
}): ChoiceField<Option> {
  return {
    kind: 'choice',
    label: options.label,
    options: options.options,
    default: options.default,
    maxLength: MAX_PARAM_LENGTH,
  };
}

export function moneyListField(
  options: NumberFieldOptions<readonly number[]> & { readonly maxItems?: number },
): MoneyListField {
  const maxItems = options.maxItems ?? 50;
  return {
    kind: 'money-list',
    label: options.label,
    default: options.default,
    min: options.min ?? -1e9,
    max: options.max ?? 1e9,
    decimals: options.decimals ?? 4,
    maxItems,
    maxLength: options.maxLength ?? maxItems * 24,
  };
}

export function partnersField(options: {
  readonly label: string;
  readonly default: readonly Partner[];
  readonly maxItems?: number;
}): PartnersField {
  const maxItems = Math.min(options.maxItems ?? MAX_PARTNERS, MAX_PARTNERS);
  return {
    kind: 'partners',
    label: options.label,
    default: options.default,
    maxItems,
    // A name and two amounts, with separators.
    maxLength: maxItems * (MAX_PARTNER_NAME_LENGTH + 2 * 24 + 3),
  };
}

/** Every field at its default. */
export function defaultValues<Spec extends StateSpec>(spec: Spec): StateValues<Spec>;
export function defaultValues(spec: StateSpec): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const [key, field] of Object.entries(spec)) values[key] = field.default;
  return values;
}

/**
 * Reads a query string ("?gx=2084000&gm=3295700", with or without the "?") or a
 * URLSearchParams against a spec. Never throws; every value it returns is valid for its field.
 */
export function readState<Spec extends StateSpec>(
  spec: Spec,
  query: string | URLSearchParams,
): ReadStateResult<Spec>;
export function readState(
  spec: StateSpec,
  query: string | URLSearchParams,
): ReadStateResult<StateSpec> {
  const notices: string[] = [];
  let params: URLSearchParams;
  if (typeof query === 'string') {
    if (query.length > MAX_QUERY_LENGTH) {
      notices.push('The link was too long to read in full, so only its first part was used.');
    }
    params = new URLSearchParams(query.slice(0, MAX_QUERY_LENGTH));
  } else if (query instanceof URLSearchParams) {
    params = query;
  } else {
    params = new URLSearchParams();
  }

  const found = new Map<string, string>();
  const repeated = new Set<string>();
  let seen = 0;
  for (const [key, value] of params) {
    seen += 1;
    if (seen > MAX_PARAMS) {
      notices.push(
        `The link had more than ${MAX_PARAMS} settings; only the first ${MAX_PARAMS} were read.`,
      );
      break;
    }
    if (!Object.hasOwn(spec, key)) continue;
    if (found.has(key)) repeated.add(key);
    else found.set(key, value);
  }

  const values: Record<string, FieldValue> = {};
  for (const [key, field] of Object.entries(spec)) {
    values[key] = field.default;
    const raw = found.get(key);
    if (raw === undefined) continue;
    if (repeated.has(key)) {
      notices.push(`The link gave ${field.label} more than once, so the first one was used.`);
    }
    const read = readField(field, raw);
    if (read.ok) values[key] = read.value;
    else notices.push(notice(field, raw, read.reason));
  }
  return { values, notices };
}

/**
 * Writes the values as a query string without the "?", leaving out every value equal to its
 * default, keys in the spec's order, so the same state always gives the same link.
 */
export function writeState<Spec extends StateSpec>(spec: Spec, values: StateValues<Spec>): string;
export function writeState(spec: StateSpec, values: Readonly<Record<string, FieldValue>>): string {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(spec)) {
    const value = isRecord(values) ? values[key] : undefined;
    if (value === undefined) continue;
    const text = encodeField(field, value);
    if (text === null || text === encodeField(field, field.default)) continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  }
  return parts.join('&');
}

/**
 * A bad value made safe to quote in a sentence: markup characters and control characters
 * removed, cut to 20 characters.
 */
export function quoteSafely(raw: string): string {
  const stripped = Array.from(raw.replace(/[<>"'&\p{Cc}\p{Cf}\u2028\u2029]/gu, ''));
  const cut = stripped.slice(0, MAX_QUOTED_LENGTH).join('');
  return stripped.length > MAX_QUOTED_LENGTH ? `${cut}…` : cut;
}

type FieldRead = { ok: true; value: FieldValue } | { ok: false; reason: string };

const bad = (reason: string): FieldRead => ({ ok: false, reason });

function readField(field: FieldSpec, raw: string): FieldRead {
  if (raw.length > field.maxLength) return bad(`was too long (over ${field.maxLength} characters)`);
  if (raw.trim() === '') {
    // A blank label and an empty table are states a reader can share; a blank number is not.
    if (field.kind === 'text') return { ok: true, value: '' };
    if (field.kind === 'money-list' || field.kind === 'partners') return { ok: true, value: [] };
    return bad('was empty');
  }
  switch (field.kind) {
    case 'money':
      return readMoney(raw, field);
    case 'percent': {
      const read = parsePercent(raw, { allowNegative: field.min < 0, max: field.max });
      if (!read.ok) return bad('was not a percent we can read');
      const percent = roundTo(read.percent, field.decimals) || 0;
      if (percent < field.min || percent > field.max) {
        return bad(`was outside ${formatPercent(field.min)} to ${formatPercent(field.max)}`);
      }
      return { ok: true, value: percent };
    }
    case 'count': {
      const read = parseCount(raw);
      if (!read.ok) return bad('was not a whole number we can read');
      if (read.count < field.min || read.count > field.max) {
        return bad(
          `was outside ${field.min.toLocaleString('en-US')} to ${field.max.toLocaleString('en-US')}`,
        );
      }
      return { ok: true, value: read.count };
    }
    case 'text': {
      const text = raw.trim();
      if (!SAFE_TEXT.test(text)) return bad('had characters a label cannot have');
      return { ok: true, value: text };
    }
    case 'choice':
      return field.options.includes(raw)
        ? { ok: true, value: raw }
        : bad('was not one of the choices');
    case 'money-list': {
      const items = raw.split(LIST_SEPARATOR);
      if (items.length > field.maxItems) return bad(`had more than ${field.maxItems} amounts`);
      const amounts: number[] = [];
      for (const item of items) {
        const read = readMoney(item, field);
        if (!read.ok || typeof read.value !== 'number') return bad(`had an amount we cannot use`);
        amounts.push(read.value);
      }
      return { ok: true, value: amounts };
    }
    case 'partners':
      return readPartners(raw, field);
  }
}

function readMoney(raw: string, field: MoneyField | MoneyListField): FieldRead {
  const read = parseMoney(raw, { defaultUnit: 'million', allowNegative: field.min < 0 });
  if (!read.ok) {
    const signed = parseMoney(raw, { defaultUnit: 'million', allowNegative: true });
    return bad(signed.ok ? 'was negative, which it cannot be' : 'was not an amount we can read');
  }
  const millions = roundTo(read.millions, field.decimals) || 0;
  if (millions < field.min || millions > field.max) {
    return bad(
      `was outside ${formatMoneyDetailed(field.min)} to ${formatMoneyDetailed(field.max)}`,
    );
  }
  return { ok: true, value: millions };
}

function readPartners(raw: string, field: PartnersField): FieldRead {
  const rows = raw.split(ROW_SEPARATOR);
  if (rows.length > field.maxItems) return bad(`had more than ${field.maxItems} partners`);
  const partners: Partner[] = [];
  for (const [index, row] of rows.entries()) {
    const [name = '', exportsText = '', importsText = '', ...extra] = row.split(LIST_SEPARATOR);
    const where = `row ${index + 1}`;
    if (extra.length > 0 || importsText === '')
      return bad(`had a partner (${where}) without a name, exports and imports`);
    const trimmed = name.trim();
    if (partnerNameProblem(trimmed) !== null || !SAFE_TEXT.test(trimmed)) {
      return bad(`had a partner name (${where}) we cannot use`);
    }
    const amounts = [exportsText, importsText].map((text) =>
      parseMoney(text, { defaultUnit: 'million', allowNegative: false }),
    );
    const [exports, imports] = amounts.map((read) =>
      read.ok ? roundTo(read.millions, 4) || 0 : null,
    );
    if (exports === undefined || imports === undefined || exports === null || imports === null) {
      return bad(`had an amount (${where}) we cannot use`);
    }
    partners.push({ name: trimmed, exports, imports });
  }
  return { ok: true, value: partners };
}

/** The text a value is written as, or null if it is not a value this field can hold. */
function encodeField(field: FieldSpec, value: unknown): string | null {
  switch (field.kind) {
    case 'money':
    case 'percent':
      return encodeNumber(value, field.decimals);
    case 'count':
      return encodeNumber(value, 0);
    case 'text':
      return typeof value === 'string' ? value.trim() : null;
    case 'choice':
      return typeof value === 'string' ? value : null;
    case 'money-list': {
      if (!isList(value)) return null;
      const items = value.map((item) => encodeNumber(item, field.decimals));
      return items.every((item) => item !== null) ? items.join(LIST_SEPARATOR) : null;
    }
    case 'partners': {
      if (!isList(value)) return null;
      const rows: string[] = [];
      for (const partner of value) {
        if (!isRecord(partner) || typeof partner['name'] !== 'string') return null;
        const exports = encodeNumber(partner['exports'], 4);
        const imports = encodeNumber(partner['imports'], 4);
        if (exports === null || imports === null) return null;
        rows.push([partner['name'].trim(), exports, imports].join(LIST_SEPARATOR));
      }
      return rows.join(ROW_SEPARATOR);
    }
  }
}

/** Plain decimal digits (never "1e-7"), rounded to the field's places. */
function encodeNumber(value: unknown, decimals: number): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const rounded = roundTo(value, decimals) || 0;
  const text = String(rounded);
  return /e/i.test(text) ? rounded.toFixed(decimals) : text;
}

function notice(field: FieldSpec, raw: string, reason: string): string {
  const quoted = quoteSafely(raw.trim());
  const value = quoted === '' ? '' : ` (“${quoted}”)`;
  return `The link’s value for ${field.label}${value} ${reason}, so the default, ${describeDefault(field)}, is used instead.`;
}

function describeDefault(field: FieldSpec): string {
  switch (field.kind) {
    case 'money':
      return formatMoneyDetailed(field.default);
    case 'percent':
      return formatPercent(field.default);
    case 'count':
      return field.default.toLocaleString('en-US');
    case 'text':
      return field.default === '' ? 'blank' : `“${field.default}”`;
    case 'choice':
      return `“${field.default}”`;
    case 'money-list':
      return field.default.length === 1
        ? 'a list of 1 amount'
        : `a list of ${field.default.length} amounts`;
    case 'partners':
      return field.default.length === 1
        ? '1 example partner'
        : `${field.default.length} example partners`;
  }
}
