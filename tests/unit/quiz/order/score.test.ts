import { describe, expect, it } from 'vitest';
import { scoreOrder } from '../../../../src/logic/quiz/order/score';
import { orderPartnerDeficits as question } from '../questions.testdata';
import '../matchers';

const rank = (...itemIds: string[]) => ({ type: 'order', itemIds }) as const;

describe('scoreOrder', () => {
  it('gives full marks, one per pair (4 items make 6 pairs), for the right order', () => {
    expect(scoreOrder(question, rank('china', 'european-union', 'mexico', 'vietnam'))).toBeScoredAs(
      { earned: 6, total: 6, correct: true },
    );
  });

  it('costs one pair for swapping two neighbours', () => {
    expect(scoreOrder(question, rank('european-union', 'china', 'mexico', 'vietnam'))).toBeScoredAs(
      { earned: 5, total: 6, correct: false },
    );
  });

  it('does not punish the rest of the list for one early slip', () => {
    // Moving Vietnam to the front breaks its 3 pairs; the other 3 pairs stay right.
    expect(scoreOrder(question, rank('vietnam', 'china', 'european-union', 'mexico'))).toBeScoredAs(
      { earned: 3, total: 6 },
    );
  });

  it('gives nothing for the reverse order', () => {
    expect(scoreOrder(question, rank('vietnam', 'mexico', 'european-union', 'china'))).toBeScoredAs(
      { earned: 0, total: 6 },
    );
  });

  it('points at the item furthest out of place, using the question’s words for first and last', () => {
    const score = scoreOrder(question, rank('vietnam', 'china', 'european-union', 'mexico'));
    expect(score.type === 'points' && score.feedback).toEqual([
      {
        tone: 'partial',
        text: '3 of 6 pairs of items are in the right order. Each pair in the right order earns a point.',
      },
      {
        tone: 'info',
        text: 'Look again at “Vietnam”: it is the furthest out of place. The list runs from largest deficit to smallest deficit.',
      },
    ]);
  });

  it('takes one pair off full marks after the final hint', () => {
    expect(
      scoreOrder(question, rank('china', 'european-union', 'mexico', 'vietnam'), { hintsUsed: 2 }),
    ).toBeScoredAs({ earned: 5, total: 6, correct: false });
  });

  it('is invalid for an incomplete ordering', () => {
    expect(scoreOrder(question, rank('china'))).toBeInvalid('Place every item in the order first.');
  });
});
