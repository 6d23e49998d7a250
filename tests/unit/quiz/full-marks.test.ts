import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullMarks } from '../../../src/logic/quiz/full-marks';
import { scoreResponse } from '../../../src/logic/quiz/score';
import { questionArb, rightResponse } from './question-arbitraries';
import {
  classifyGoodsOrServices,
  multiServicesExports,
  numericDeficit2024,
  orderPartnerDeficits,
  singleDeficitMeaning,
} from './questions.testdata';

describe('fullMarks', () => {
  it('is one point for a single choice or a number', () => {
    expect(fullMarks(singleDeficitMeaning)).toBe(1);
    expect(fullMarks(numericDeficit2024)).toBe(1);
  });

  it('is the number of right options for "tick all that apply"', () => {
    expect(fullMarks(multiServicesExports)).toBe(3);
  });

  it('is the number of items to sort into groups', () => {
    expect(fullMarks(classifyGoodsOrServices)).toBe(4);
  });

  it('is the number of pairs of items for an ordering: 6 for 4 items', () => {
    expect(fullMarks(orderPartnerDeficits)).toBe(6);
  });

  it('is what the scorer gives a right answer, for every kind of question', () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const score = scoreResponse(question, rightResponse(question));
        expect(score).toMatchObject({ type: 'points', earned: fullMarks(question) });
        expect(score).toMatchObject({ total: fullMarks(question) });
      }),
      { numRuns: 500 },
    );
  });
});
