import { describe, expect, it } from 'vitest';
import { validateMulti } from '../../../../src/logic/quiz/multi/validate';
import { UNKNOWN_OPTION_MESSAGE } from '../../../../src/logic/quiz/validation';
import { multiServicesExports as question } from '../questions.testdata';
import '../matchers';

const tick = (...choiceIds: string[]) => ({ type: 'multi', choiceIds }) as const;

describe('validateMulti', () => {
  it('accepts any set of the question’s own options', () => {
    expect(validateMulti(question, tick('soybeans'))).toEqual({ type: 'valid' });
    expect(validateMulti(question, tick(...question.choices.map((c) => c.id)))).toEqual({
      type: 'valid',
    });
  });

  it('asks for at least one tick', () => {
    expect(validateMulti(question, tick())).toBeInvalid('Tick at least one answer first.');
  });

  it('refuses unknown options and options ticked twice', () => {
    expect(validateMulti(question, tick('soybeans', 'wheat'))).toBeInvalid(UNKNOWN_OPTION_MESSAGE);
    expect(validateMulti(question, tick('soybeans', 'soybeans'))).toBeInvalid(/ticked twice/);
  });
});
