import { describe, expect, it } from 'vitest';
import { isArray, isPlainRecord, isRecord, ownEntries, ownField } from '../../src/logic/guards';

describe('isRecord and isArray', () => {
  it('tell objects with fields from lists and from values that are not objects', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(new Date(0))).toBe(true);
    for (const value of [null, undefined, [], 'x', 1, () => 1]) expect(isRecord(value)).toBe(false);
    expect(isArray([])).toBe(true);
    for (const value of [{ length: 0 }, 'ab', null]) expect(isArray(value)).toBe(false);
  });
});

describe('ownField', () => {
  it('reads own fields only', () => {
    const record: unknown = Object.assign(Object.create({ inherited: 1 }), { own: 2 });
    expect(isRecord(record)).toBe(true);
    if (!isRecord(record)) return;
    expect(ownField(record, 'own')).toBe(2);
    expect(ownField(record, 'inherited')).toBeUndefined();
    expect(ownField({}, 'toString')).toBeUndefined();
  });
});

describe('isPlainRecord', () => {
  it('accepts plain data objects, with or without a prototype', () => {
    expect(isPlainRecord({ a: 1 })).toBe(true);
    expect(isPlainRecord(JSON.parse('{"constructor":1}'))).toBe(true);
    expect(isPlainRecord(Object.create(null))).toBe(true);
  });

  it('refuses lists, dates, maps and class instances', () => {
    class Entry {
      box = 1;
    }
    for (const value of [[], new Date(0), new Map(), new Entry(), null, 'x']) {
      expect(isPlainRecord(value)).toBe(false);
    }
  });
});

describe('ownEntries', () => {
  it('lists own enumerable keys in order, as Object.entries does', () => {
    expect(ownEntries({ b: 1, a: 2, 3: 'x' })).toEqual([
      ['3', 'x'],
      ['b', 1],
      ['a', 2],
    ]);
    expect(ownEntries(Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }))).toEqual([['a', 1]]);
    expect(ownEntries(Object.create({ inherited: 1 }))).toEqual([]);
  });

  it('skips a __proto__ key that JSON.parse made an own key', () => {
    const value: unknown = JSON.parse('{"__proto__":{"polluted":true},"a":1}');
    expect(ownEntries(value)).toEqual([['a', 1]]);
  });

  it('refuses values that are not plain objects, and symbol keys', () => {
    for (const value of [[['a', 1]], new Map([['a', 1]]), null, 'a']) {
      expect(ownEntries(value)).toBeNull();
    }
    expect(ownEntries({ [Symbol('a')]: 1 })).toBeNull();
  });
});
