import { describe, expect, it } from 'vitest';
import { lessonProgress } from '../../../src/logic/progress/lesson-progress';
import { recordAttempt } from '../../../src/logic/progress/record-attempt';
import { emptyProgress } from '../../../src/logic/progress/schema';
import { fullMarks, MONDAY, partMarks, TUESDAY } from './progress.testdata';

describe('lessonProgress', () => {
  const progress = [
    { id: 'trade-balance-2024', score: partMarks(0, 1), at: MONDAY },
    { id: 'trade-balance-2024', score: fullMarks(), at: TUESDAY },
    { id: 'what-a-trade-deficit-is', score: fullMarks(), at: MONDAY },
    { id: 'goods-or-services', score: partMarks(3, 4), at: MONDAY },
    { id: 'retired-question', score: fullMarks(), at: MONDAY },
  ].reduce((p, a) => recordAttempt(p, a.id, a.score, 0, a.at), emptyProgress());

  it('counts answered, right now and right first time, per lesson', () => {
    expect(
      lessonProgress(progress, {
        'trade-balance-basics': [
          'what-a-trade-deficit-is',
          'trade-balance-2024',
          'balance-formula',
          'trade-balance-2024',
        ],
        'goods-and-services': ['goods-or-services', 'which-are-services-exports'],
        'bilateral-balances': [],
      }),
    ).toEqual({
      'trade-balance-basics': { questions: 3, answered: 2, correct: 2, correctFirstTime: 1 },
      'goods-and-services': { questions: 2, answered: 1, correct: 0, correctFirstTime: 0 },
      'bilateral-balances': { questions: 0, answered: 0, correct: 0, correctFirstTime: 0 },
    });
  });

  it('reports nothing answered for a new reader', () => {
    expect(lessonProgress(emptyProgress(), { 'trade-balance-basics': ['a', 'b'] })).toEqual({
      'trade-balance-basics': { questions: 2, answered: 0, correct: 0, correctFirstTime: 0 },
    });
  });
});
