import { describe, expect, it } from 'vitest';
import { scoreClassify } from '../../../../src/logic/quiz/classify/score';
import { classifyQuestionSchema } from '../../../../src/schemas/quiz';
import { classifyGoodsOrServices as question, parseQuestion } from '../questions.testdata';
import '../matchers';

const place = (placements: Record<string, string | null>) =>
  ({ type: 'classify', placements }) as const;

const right = {
  aircraft: 'goods',
  'crude-oil': 'goods',
  'film-royalties': 'services',
  'cloud-hosting': 'services',
};

describe('scoreClassify', () => {
  it('gives one point per item, full marks when all are right', () => {
    expect(scoreClassify(question, place(right))).toBeScoredAs({
      earned: 4,
      total: 4,
      correct: true,
    });
  });

  it('counts each item in its right bucket', () => {
    expect(
      scoreClassify(question, place({ ...right, 'crude-oil': 'services', aircraft: 'services' })),
    ).toBeScoredAs({ earned: 2, total: 4, correct: false });
  });

  it('explains each misplaced item with the author’s feedback when there is some', () => {
    const score = scoreClassify(question, place({ ...right, 'crude-oil': 'services' }));
    expect(score.type === 'points' && score.feedback).toEqual([
      { tone: 'partial', text: '3 of 4 items are in the right group.' },
      {
        tone: 'incorrect',
        text: 'Oil is a physical product that crosses the border, so it is a good.',
      },
    ]);
  });

  it('names the right bucket when there are only two, since that gives nothing away', () => {
    const score = scoreClassify(question, place({ ...right, 'cloud-hosting': 'goods' }));
    expect(score.type === 'points' && score.feedback[1]?.text).toBe(
      '“Cloud hosting sold to a Brazilian company” belongs in Services.',
    );
  });

  it('names only the wrong bucket when there are more than two', () => {
    const three = parseQuestion(classifyQuestionSchema, {
      id: 'three-deficits',
      type: 'classify',
      objective: 'tell-deficits-apart',
      prompt: 'Which idea does each statement describe?',
      explanation: 'e',
      buckets: [
        { id: 'trade-deficit', label: 'the trade deficit' },
        { id: 'budget-deficit', label: 'the budget deficit' },
        { id: 'national-debt', label: 'the national debt' },
      ],
      items: [
        { id: 'imports-exceed', text: 'Imports exceed exports', bucket: 'trade-deficit' },
        { id: 'spending-exceeds', text: 'Spending exceeds taxes', bucket: 'budget-deficit' },
        { id: 'stock', text: 'All past borrowing still owed', bucket: 'national-debt' },
      ],
    });
    const score = scoreClassify(
      three,
      place({
        'imports-exceed': 'budget-deficit',
        'spending-exceeds': 'budget-deficit',
        stock: 'national-debt',
      }),
    );
    expect(score).toBeScoredAs({ earned: 2, total: 3 });
    expect(score.type === 'points' && score.feedback[1]?.text).toBe(
      '“Imports exceed exports” does not belong in the budget deficit.',
    );
  });

  it('says when every item is wrong', () => {
    const score = scoreClassify(
      question,
      place({
        aircraft: 'services',
        'crude-oil': 'services',
        'film-royalties': 'goods',
        'cloud-hosting': 'goods',
      }),
    );
    expect(score).toBeScoredAs({ earned: 0, total: 4 });
    expect(score.type === 'points' && score.feedback[0]?.tone).toBe('incorrect');
  });

  it('takes one point off full marks after the final hint', () => {
    expect(scoreClassify(question, place(right), { hintsUsed: 1 })).toBeScoredAs({
      earned: 3,
      total: 4,
      correct: false,
    });
  });

  it('is invalid while items are unplaced', () => {
    expect(scoreClassify(question, place({ aircraft: 'goods' }))).toBeInvalid(/still to place/);
  });
});
