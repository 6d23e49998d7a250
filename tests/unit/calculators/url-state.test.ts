import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PARAMS,
  choiceField,
  countField,
  defaultValues,
  moneyField,
  moneyListField,
  partnersField,
  percentField,
  quoteSafely,
  readState,
  textField,
  writeState,
  type StateValues,
} from '../../../src/logic/calculators/url-state';

const spec = {
  gx: moneyField({ label: 'goods exports', default: 2_079_777.1, min: 0 }),
  bal: moneyField({ label: 'the total balance', default: -903_532.4 }),
  rate: percentField({ label: 'the tariff rate', default: 25, max: 1000 }),
  ir: percentField({ label: 'the interest rate', default: 3, min: -5, max: 50 }),
  years: countField({ label: 'the number of years', default: 10, min: 1, max: 50 }),
  from: textField({ label: 'the earlier period', default: '2023' }),
  mode: choiceField({ label: 'the mode', options: ['flows', 'balances'], default: 'flows' }),
  d: moneyListField({
    label: 'the yearly deficits',
    default: [1_815_377, 1_700_000],
    maxItems: 50,
  }),
  p: partnersField({
    label: 'the partners',
    default: [
      { name: 'China', exports: 143_271.7, imports: 440_319.4 },
      { name: 'Mexico', exports: 334_492.1, imports: 503_110.1 },
    ],
  }),
};
type Values = StateValues<typeof spec>;
const defaults: Values = defaultValues(spec);

describe('readState', () => {
  it('gives every default, and no notice, for an empty query', () => {
    expect(readState(spec, '')).toEqual({ values: defaults, notices: [] });
    expect(readState(spec, '?')).toEqual({ values: defaults, notices: [] });
    expect(readState(spec, new URLSearchParams())).toEqual({ values: defaults, notices: [] });
  });

  it('reads every kind of field from a string or from URLSearchParams', () => {
    const query =
      '?gx=100.5&bal=-5&rate=145&ir=-2.5&years=30&from=Jan+2025&mode=balances&d=1~-2~3.5&p=Peru~5~7%7CChile~1~0';
    const expected: Values = {
      gx: 100.5,
      bal: -5,
      rate: 145,
      ir: -2.5,
      years: 30,
      from: 'Jan 2025',
      mode: 'balances',
      d: [1, -2, 3.5],
      p: [
        { name: 'Peru', exports: 5, imports: 7 },
        { name: 'Chile', exports: 1, imports: 0 },
      ],
    };
    expect(readState(spec, query)).toEqual({ values: expected, notices: [] });
    expect(readState(spec, new URLSearchParams(query))).toEqual({ values: expected, notices: [] });
  });

  it('understands money the way readers write it, too', () => {
    expect(readState(spec, 'gx=2.1T&bal=(5B)').values).toMatchObject({
      gx: 2_100_000,
      bal: -5_000,
    });
  });

  it('ignores parameters it does not know, including ones named like object internals', () => {
    const read = readState(spec, 'utm_source=x&__proto__=1&constructor=2&toString=3&gx=7');
    expect(read.notices).toEqual([]);
    expect(read.values.gx).toBe(7);
    expect(Object.keys(read.values)).toEqual(Object.keys(spec));
    expect(Object.getPrototypeOf(read.values)).toBe(Object.prototype);
  });

  it.each([
    ['gx=abc', 'goods exports', 'was not an amount we can read', '$2,079.8 billion'],
    ['gx=', 'goods exports', 'was empty', '$2,079.8 billion'],
    ['gx=1e400', 'goods exports', 'was not an amount we can read', '$2,079.8 billion'],
    ['gx=--5', 'goods exports', 'was not an amount we can read', '$2,079.8 billion'],
    ['gx=-5', 'goods exports', 'was negative, which it cannot be', '$2,079.8 billion'],
    ['rate=5000', 'the tariff rate', 'was not a percent we can read', '25%'],
    ['ir=-6', 'the interest rate', 'was outside −5% to 50%', '3%'],
    ['years=0', 'the number of years', 'was outside 1 to 50', '10'],
    ['years=2.5', 'the number of years', 'was not a whole number we can read', '10'],
    ['from=%3Cb%3E', 'the earlier period', 'had characters a label cannot have', '“2023”'],
    ['mode=chart', 'the mode', 'was not one of the choices', '“flows”'],
    ['d=1~x', 'the yearly deficits', 'had an amount we cannot use', 'a list of 2 amounts'],
    [
      'p=Peru~5',
      'the partners',
      'had a partner (row 1) without a name, exports and imports',
      '2 example partners',
    ],
    ['p=Peru~5~-7', 'the partners', 'had an amount (row 1) we cannot use', '2 example partners'],
    ['p=~5~7', 'the partners', 'had a partner name (row 1) we cannot use', '2 example partners'],
  ])('falls back to the default with a notice for %s', (query, label, reason, shown) => {
    const read = readState(spec, query);
    const key = query.split('=')[0] ?? '';
    expect(read.values).toEqual(defaults);
    expect(read.notices).toHaveLength(1);
    expect(read.notices[0]).toContain(`The link’s value for ${label}`);
    expect(read.notices[0]).toContain(reason);
    expect(read.notices[0]).toContain(`so the default, ${shown}, is used instead.`);
    expect(key in spec).toBe(true);
  });

  it('reads -0 as zero, without a notice', () => {
    expect(readState(spec, 'bal=-0')).toEqual({ values: { ...defaults, bal: 0 }, notices: [] });
  });

  it('refuses a value over 64 characters, quoting only its start', () => {
    const read = readState(spec, `gx=${'1'.repeat(1_000)}`);
    expect(read.values.gx).toBe(defaults.gx);
    expect(read.notices).toEqual([
      'The link’s value for goods exports (“11111111111111111111…”) was too long (over 64 characters), so the default, $2,079.8 billion, is used instead.',
    ]);
    const huge = readState(spec, `gx=${'1'.repeat(10_000)}`);
    expect(huge.values).toEqual(defaults);
    expect(huge.notices).toHaveLength(2);
  });

  it('never puts markup from the link into a notice', () => {
    const attack = '<img src=x onerror="alert(1)">&amp;\'';
    const read = readState(
      spec,
      `gx=${encodeURIComponent(attack)}&from=${encodeURIComponent(attack)}`,
    );
    expect(read.notices).toHaveLength(2);
    for (const text of read.notices) expect(text).not.toMatch(/[<>"'&]/);
    expect(read.notices[0]).toContain('(“img src=x onerror=al…”)');
  });

  it('uses the first of a repeated parameter, and says so', () => {
    const read = readState(spec, 'gx=1&gx=2');
    expect(read.values.gx).toBe(1);
    expect(read.notices).toEqual([
      'The link gave goods exports more than once, so the first one was used.',
    ]);
  });

  it(`reads at most ${MAX_PARAMS} parameters`, () => {
    const filler = Array.from({ length: MAX_PARAMS }, (_, index) => `x${index}=1`).join('&');
    const read = readState(spec, `${filler}&gx=5`);
    expect(read.values.gx).toBe(defaults.gx);
    expect(read.notices).toEqual([
      `The link had more than ${MAX_PARAMS} settings; only the first ${MAX_PARAMS} were read.`,
    ]);
    expect(readState(spec, `gx=5&${filler}`).values.gx).toBe(5);
  });

  it('cuts a query longer than it will read, and says so', () => {
    const read = readState(spec, `gx=5&junk=${'a'.repeat(20_000)}`);
    expect(read.values.gx).toBe(5);
    expect(read.notices).toEqual([
      'The link was too long to read in full, so only its first part was used.',
    ]);
  });

  it('takes a long partner list in one parameter', () => {
    const partners = Array.from({ length: 60 }, (_, index) => ({
      name: `Partner number ${index} (Côte d’Ivoire)`,
      exports: 123_456.7 + index,
      imports: 654_321.1,
    }));
    const read = readState(spec, writeState(spec, { ...defaults, p: partners }));
    expect(read).toEqual({ values: { ...defaults, p: partners }, notices: [] });
    const tooMany = readState(
      spec,
      writeState(spec, { ...defaults, p: [...partners, ...partners] }),
    );
    expect(tooMany.values.p).toEqual(defaults.p);
    expect(tooMany.notices.some((text) => text.includes('the partners'))).toBe(true);
  });

  it('never throws, and always returns values its fields accept, whatever the query', () => {
    const text = fc.string({ unit: 'binary', maxLength: 100 });
    const key = fc.constantFrom(...Object.keys(spec), 'other');
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.tuple(key, text), { maxLength: 60 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(query, (q) => {
        const read = readState(spec, q);
        const { values } = read;
        expect(values.gx).toBeGreaterThanOrEqual(0);
        expect(values.rate).toBeLessThanOrEqual(1000);
        expect(values.ir).toBeGreaterThanOrEqual(-5);
        expect(Number.isInteger(values.years) && values.years >= 1 && values.years <= 50).toBe(
          true,
        );
        expect(['flows', 'balances']).toContain(values.mode);
        expect(values.from.length).toBeLessThanOrEqual(40);
        for (const amount of [values.gx, values.bal, values.rate, values.ir, ...values.d]) {
          expect(Number.isFinite(amount)).toBe(true);
        }
        for (const partner of values.p) {
          expect(partner.name.length).toBeGreaterThan(0);
          expect(partner.name.length).toBeLessThanOrEqual(40);
          expect(partner.name).not.toMatch(/[<>"'&~|]/);
          expect(Number.isFinite(partner.exports) && partner.exports >= 0).toBe(true);
        }
        for (const notice of read.notices) {
          expect(notice).not.toMatch(/[<>"'&]/);
          expect(notice.length).toBeLessThan(300);
        }
      }),
    );
  });

  it('copes with input that is not a query at all', () => {
    // @ts-expect-error: an island could pass anything at run time.
    expect(readState(spec, null)).toEqual({ values: defaults, notices: [] });
    // @ts-expect-error: likewise.
    expect(readState(spec, 42)).toEqual({ values: defaults, notices: [] });
  });
});

describe('writeState', () => {
  it('writes nothing when every value is its default', () => {
    expect(writeState(spec, defaults)).toBe('');
  });

  it('writes only what differs, in the order of the spec', () => {
    expect(writeState(spec, { ...defaults, mode: 'balances', gx: 5, d: [1, 2] })).toBe(
      'gx=5&mode=balances&d=1~2',
    );
    expect(
      writeState(spec, { ...defaults, p: [{ name: 'Côte d’Ivoire', exports: 1.5, imports: 0 }] }),
    ).toBe('p=C%C3%B4te%20d%E2%80%99Ivoire~1.5~0');
    expect(writeState(spec, { ...defaults, d: [], from: '' })).toBe('from=&d=');
  });

  it('writes plain digits, never exponents, rounded to the field', () => {
    expect(writeState(spec, { ...defaults, gx: 1e-7 })).toBe('gx=0');
    expect(writeState(spec, { ...defaults, gx: 123.456789 })).toBe('gx=123.4568');
    expect(writeState(spec, { ...defaults, bal: 0.00005 })).toBe('bal=0.0001');
  });

  it('leaves out a value that is not a number at all', () => {
    expect(writeState(spec, { ...defaults, gx: NaN, bal: Infinity })).toBe('');
  });
});

describe('round trip', () => {
  const onGrid = (min: number, max: number, places: number) =>
    fc
      .integer({ min: min * 10 ** places, max: max * 10 ** places })
      .map((n) => n / 10 ** places || 0);
  const safeChar = fc.constantFrom(...'abcXYZ019 éñ中.,:;()/’-'.split(''));
  const label = (minLength: number) =>
    fc
      .array(safeChar, { minLength, maxLength: 40 })
      .map((chars) => chars.join('').trim())
      .filter((text) => text.length >= minLength);
  const values: fc.Arbitrary<Values> = fc.record({
    gx: onGrid(0, 1e9, 4),
    bal: onGrid(-1e9, 1e9, 4),
    rate: onGrid(0, 1000, 4),
    ir: onGrid(-5, 50, 4),
    years: fc.integer({ min: 1, max: 50 }),
    from: label(0),
    mode: fc.constantFrom('flows', 'balances'),
    d: fc.array(onGrid(-1e9, 1e9, 4), { maxLength: 50 }),
    p: fc.array(
      fc.record({ name: label(1), exports: onGrid(0, 1e9, 4), imports: onGrid(0, 1e9, 4) }),
      { maxLength: 60 },
    ),
  });

  it('reading what was written gives back the same values, with no notices', () => {
    fc.assert(
      fc.property(values, (state) => {
        const written = writeState(spec, state);
        expect(readState(spec, written)).toEqual({ values: state, notices: [] });
        expect(readState(spec, `?${written}`)).toEqual({ values: state, notices: [] });
        expect(writeState(spec, readState(spec, written).values)).toBe(written);
      }),
    );
  });
});

describe('quoteSafely', () => {
  it('strips markup and control characters and cuts to 20 characters', () => {
    expect(quoteSafely('<script>"x"&\'y\'</script>')).toBe('scriptxy/script');
    expect(quoteSafely('a\u0000b\u202ec\nd')).toBe('abcd');
    expect(quoteSafely('😀'.repeat(25))).toBe(`${'😀'.repeat(20)}…`);
  });
});
