import { describe, expect, it } from 'vitest';
import { scoreSingle, SINGLE_WRONG_DEFAULT } from '../../../../src/logic/quiz/single/score';
import { singleDeficitMeaning as question } from '../questions.testdata';
import '../matchers';

const pick = (choiceId: string | null) => ({ type: 'single', choiceId }) as const;

describe('scoreSingle', () => {
  it('gives one point for the right choice, with its feedback', () => {
    const score = scoreSingle(question, pick('imports-exceed-exports'));
    expect(score).toBeScoredAs({ earned: 1, total: 1, correct: true });
    expect(score.type === 'points' && score.feedback[0]).toEqual({
      tone: 'correct',
      text: 'Yes: imports were larger than exports, so exports minus imports is negative.',
    });
  });

  it('gives no point for a wrong choice and shows what the author wrote about it', () => {
    const score = scoreSingle(question, pick('government-overspent'));
    expect(score).toBeScoredAs({ earned: 0, total: 1, correct: false });
    expect(score.type === 'points' && score.feedback[0]?.text).toMatch(/budget deficit/);
  });

  it('falls back to a default sentence for a choice without feedback', () => {
    const score = scoreSingle(question, pick('money-lost'));
    expect(score.type === 'points' && score.feedback).toEqual([
      { tone: 'incorrect', text: SINGLE_WRONG_DEFAULT },
    ]);
  });

  it('returns the validation message for an incomplete answer', () => {
    expect(scoreSingle(question, pick(null))).toBeInvalid('Choose an answer first.');
  });

  it('halves the point for a right answer given after the final hint', () => {
    expect(
      scoreSingle(question, pick('imports-exceed-exports'), { hintsUsed: question.hints.length }),
    ).toBeScoredAs({ earned: 0.5, total: 1, correct: false });
    expect(scoreSingle(question, pick('imports-exceed-exports'), { hintsUsed: 1 })).toBeScoredAs({
      earned: 1,
      total: 1,
      correct: true,
    });
  });
});
