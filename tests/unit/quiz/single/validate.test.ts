import { describe, expect, it } from 'vitest';
import { validateSingle } from '../../../../src/logic/quiz/single/validate';
import { UNKNOWN_OPTION_MESSAGE } from '../../../../src/logic/quiz/validation';
import { singleDeficitMeaning as question } from '../questions.testdata';
import '../matchers';

describe('validateSingle', () => {
  it('accepts any choice the question has, right or wrong', () => {
    for (const choice of question.choices) {
      expect(validateSingle(question, { type: 'single', choiceId: choice.id })).toEqual({
        type: 'valid',
      });
    }
  });

  it('asks the reader to choose when nothing is picked', () => {
    expect(validateSingle(question, { type: 'single', choiceId: null })).toBeInvalid(
      'Choose an answer first.',
    );
    expect(validateSingle(question, { type: 'single', choiceId: '' })).toBeInvalid(
      'Choose an answer first.',
    );
  });

  it('refuses a choice the question does not have', () => {
    expect(validateSingle(question, { type: 'single', choiceId: 'not-a-choice' })).toBeInvalid(
      UNKNOWN_OPTION_MESSAGE,
    );
  });
});
