import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../../../src/logic/quiz/order/validate';
import { UNKNOWN_OPTION_MESSAGE } from '../../../../src/logic/quiz/validation';
import { orderPartnerDeficits as question } from '../questions.testdata';
import '../matchers';

const rank = (...itemIds: string[]) => ({ type: 'order', itemIds }) as const;

describe('validateOrder', () => {
  it('accepts any ordering of exactly the question’s items', () => {
    expect(validateOrder(question, rank('vietnam', 'mexico', 'european-union', 'china'))).toEqual({
      type: 'valid',
    });
  });

  it('refuses an empty, short, repeated or foreign ordering', () => {
    expect(validateOrder(question, rank())).toBeInvalid('Put the items in order first.');
    expect(validateOrder(question, rank('china', 'mexico'))).toBeInvalid(
      'Place every item in the order first.',
    );
    expect(validateOrder(question, rank('china', 'china', 'mexico', 'vietnam'))).toBeInvalid(
      /only once/,
    );
    expect(validateOrder(question, rank('china', 'canada', 'mexico', 'vietnam'))).toBeInvalid(
      UNKNOWN_OPTION_MESSAGE,
    );
    expect(
      validateOrder(question, rank('china', 'european-union', 'mexico', 'vietnam', 'vietnam')),
    ).toBeInvalid(/only once/);
  });
});
