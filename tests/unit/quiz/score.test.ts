import { describe, expect, it } from 'vitest';
import { scoreResponse, scoringByType, validateResponse } from '../../../src/logic/quiz/score';
import {
  UNREADABLE_RESPONSE_MESSAGE,
  WRONG_KIND_MESSAGE,
} from '../../../src/logic/quiz/validation';
import {
  classifyGoodsOrServices,
  multiServicesExports,
  numericDeficit2024,
  orderPartnerDeficits,
  singleDeficitMeaning,
} from './questions.testdata';
import './matchers';

describe('scoringByType', () => {
  it('has a validate and a score for each type of question, and nothing else', () => {
    expect(Object.keys(scoringByType).sort()).toEqual([
      'classify',
      'multi',
      'numeric',
      'order',
      'single',
    ]);
    for (const scoring of Object.values(scoringByType)) {
      expect(typeof scoring.validate).toBe('function');
      expect(typeof scoring.score).toBe('function');
    }
  });
});

describe('scoreResponse', () => {
  it('is the only call a quiz needs: an incomplete answer gets the validator message', () => {
    const empty = { type: 'multi', choiceIds: [] };
    const validation = validateResponse(multiServicesExports, empty);
    expect(validation.type).toBe('invalid');
    if (validation.type !== 'invalid') return;
    expect(scoreResponse(multiServicesExports, empty)).toBeInvalid(validation.message);
    expect(scoreResponse(numericDeficit2024, { type: 'numeric', text: '' })).toBeInvalid(
      'Enter an amount, such as 918.4 or $918.4 billion.',
    );
  });

  it('sends each question type to its own scorer', () => {
    expect(
      scoreResponse(singleDeficitMeaning, { type: 'single', choiceId: 'imports-exceed-exports' }),
    ).toBeScoredAs({ earned: 1, total: 1 });
    expect(
      scoreResponse(multiServicesExports, { type: 'multi', choiceIds: ['tourist-hotel'] }),
    ).toBeScoredAs({ earned: 1, total: 3 });
    expect(scoreResponse(numericDeficit2024, { type: 'numeric', text: '-918.4B' })).toBeScoredAs({
      earned: 1,
      total: 1,
    });
    expect(
      scoreResponse(classifyGoodsOrServices, {
        type: 'classify',
        placements: {
          aircraft: 'goods',
          'crude-oil': 'goods',
          'film-royalties': 'services',
          'cloud-hosting': 'goods',
        },
      }),
    ).toBeScoredAs({ earned: 3, total: 4 });
    expect(
      scoreResponse(orderPartnerDeficits, {
        type: 'order',
        itemIds: ['china', 'mexico', 'european-union', 'vietnam'],
      }),
    ).toBeScoredAs({ earned: 5, total: 6 });
  });

  it('passes the hint count on', () => {
    expect(
      scoreResponse(
        numericDeficit2024,
        { type: 'numeric', text: '-918.4B' },
        { hintsUsed: numericDeficit2024.hints.length },
      ),
    ).toBeScoredAs({ earned: 0.5, total: 1, correct: false });
  });

  it('calls a response for another kind of question invalid instead of throwing', () => {
    expect(scoreResponse(numericDeficit2024, { type: 'single', choiceId: 'a' })).toBeInvalid(
      WRONG_KIND_MESSAGE,
    );
    expect(validateResponse(orderPartnerDeficits, { type: 'multi', choiceIds: [] })).toBeInvalid(
      WRONG_KIND_MESSAGE,
    );
  });

  it('calls something that is not a response at all invalid', () => {
    expect(scoreResponse(singleDeficitMeaning, 'imports-exceed-exports')).toBeInvalid(
      UNREADABLE_RESPONSE_MESSAGE,
    );
    expect(validateResponse(singleDeficitMeaning, undefined)).toBeInvalid(
      UNREADABLE_RESPONSE_MESSAGE,
    );
  });
});

describe('validateResponse', () => {
  it('says valid for a complete answer and passes type-specific messages through', () => {
    expect(validateResponse(numericDeficit2024, { type: 'numeric', text: '918.4' })).toEqual({
      type: 'valid',
    });
    expect(validateResponse(numericDeficit2024, { type: 'numeric', text: '' })).toBeInvalid(
      'Enter an amount, such as 918.4 or $918.4 billion.',
    );
    expect(validateResponse(multiServicesExports, { type: 'multi', choiceIds: [] })).toBeInvalid(
      'Tick at least one answer first.',
    );
  });
});
