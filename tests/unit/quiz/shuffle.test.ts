import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawQuestions, seedFromString, shuffleWithSeed } from '../../../src/logic/quiz/shuffle';

describe('seedFromString', () => {
  it('gives the same unsigned 32-bit number for the same text, every time', () => {
    expect(seedFromString('trade-balance-2024')).toBe(seedFromString('trade-balance-2024'));
    // FNV-1a reference values, so the order readers see cannot drift between releases.
    expect(seedFromString('')).toBe(2166136261);
    expect(seedFromString('a')).toBe(0xe40c292c);
    expect(seedFromString('foobar')).toBe(0xbf9cf968);
  });

  it('tells apart texts that differ by one character', () => {
    expect(seedFromString('question-1')).not.toBe(seedFromString('question-2'));
  });

  it('always returns an integer from 0 to 2³² − 1', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const seed = seedFromString(text);
        expect(Number.isInteger(seed)).toBe(true);
        expect(seed).toBeGreaterThanOrEqual(0);
        expect(seed).toBeLessThan(2 ** 32);
      }),
    );
  });
});

describe('shuffleWithSeed', () => {
  const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

  it('gives the same order for the same seed and leaves the input alone', () => {
    const before = [...letters];
    expect(shuffleWithSeed(letters, 42)).toEqual(shuffleWithSeed(letters, 42));
    expect(letters).toEqual(before);
  });

  it('is a permutation of the input, whatever the seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        expect([...shuffleWithSeed(items, seed)].sort((a, b) => a - b)).toEqual(
          [...items].sort((a, b) => a - b),
        );
      }),
    );
  });

  it('actually shuffles: different seeds give different orders', () => {
    const orders = new Set(
      Array.from({ length: 50 }, (_, seed) => shuffleWithSeed(letters, seed).join('')),
    );
    expect(orders.size).toBeGreaterThan(40);
  });

  it('puts each item first about equally often', () => {
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 8000; seed += 1) {
      const first = shuffleWithSeed(letters, seedFromString(`s${seed}`))[0] ?? '';
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const letter of letters) {
      // 1000 expected each; a fair shuffle stays well inside ±20%.
      expect(firsts.get(letter)).toBeGreaterThan(800);
      expect(firsts.get(letter)).toBeLessThan(1200);
    }
  });

  it('copes with empty lists and odd seeds', () => {
    expect(shuffleWithSeed([], 1)).toEqual([]);
    expect(shuffleWithSeed(['only'], Number.NaN)).toEqual(['only']);
    expect(shuffleWithSeed(letters, -1).length).toBe(letters.length);
  });
});

describe('drawQuestions', () => {
  const bank = (lesson: string, size: number) => ({
    lesson,
    questions: Array.from({ length: size }, (_, index) => ({ id: `${lesson}-${index + 1}` })),
  });
  const banks = [
    bank('trade-balance-basics', 5),
    bank('goods-and-services', 4),
    bank('bilateral-balances', 1),
    bank('tariffs-and-the-trade-balance', 6),
  ];
  const perLesson = (drawn: readonly { lesson: string | undefined }[]) => {
    const counts = new Map<string | undefined, number>();
    for (const { lesson } of drawn) counts.set(lesson, (counts.get(lesson) ?? 0) + 1);
    return counts;
  };

  it('spreads the draw evenly across lessons', () => {
    const drawn = drawQuestions(banks, 8, 7);
    expect(drawn).toHaveLength(8);
    expect(perLesson(drawn).get('bilateral-balances')).toBe(1);
    for (const lesson of [
      'trade-balance-basics',
      'goods-and-services',
      'tariffs-and-the-trade-balance',
    ]) {
      expect(perLesson(drawn).get(lesson)).toBeGreaterThanOrEqual(2);
      expect(perLesson(drawn).get(lesson)).toBeLessThanOrEqual(3);
    }
  });

  it('takes one from each lesson before a second from any', () => {
    const drawn = drawQuestions(banks, 4, 99);
    expect(new Set(drawn.map((d) => d.lesson)).size).toBe(4);
  });

  it('keeps each question with its lesson and never repeats one', () => {
    const drawn = drawQuestions([...banks, bank('trade-balance-basics', 2)], 100, 3);
    expect(drawn).toHaveLength(16);
    expect(new Set(drawn.map((d) => d.question.id)).size).toBe(16);
    for (const { lesson, question } of drawn)
      expect(question.id.startsWith(`${lesson ?? ''}-`)).toBe(true);
  });

  it('draws the same questions for the same seed and others for another', () => {
    const ids = (seed: number) => drawQuestions(banks, 6, seed).map((d) => d.question.id);
    expect(ids(5)).toEqual(ids(5));
    expect(new Set([1, 2, 3, 4, 5, 6].map((seed) => ids(seed).join())).size).toBeGreaterThan(1);
  });

  it('draws nothing for a count of zero, a negative count or no banks', () => {
    expect(drawQuestions(banks, 0, 1)).toEqual([]);
    expect(drawQuestions(banks, -3, 1)).toEqual([]);
    expect(drawQuestions(banks, Number.NaN, 1)).toEqual([]);
    expect(drawQuestions([], 10, 1)).toEqual([]);
  });

  it('does not change the banks it draws from', () => {
    const copy = structuredClone(banks);
    drawQuestions(banks, 10, 1);
    expect(banks).toEqual(copy);
  });
});
