import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../../src/logic/quiz/verdict';

describe('verdictOf', () => {
  it.each([
    ['full marks', { correct: true, earned: 3 }, 'correct', 'Correct.'],
    ['some points short of full marks', { correct: false, earned: 2 }, 'partial', 'Partly right.'],
    [
      'a right answer capped after the final hint',
      { correct: false, earned: 0.5 },
      'partial',
      'Partly right.',
    ],
    ['no points', { correct: false, earned: 0 }, 'incorrect', 'Not quite.'],
  ])('gives %s its verdict', (_case, score, tone, text) => {
    expect(verdictOf(score)).toEqual({ tone, text });
  });
});
