import { describe, expect, it } from 'vitest';
import { validateNumeric } from '../../../../src/logic/quiz/numeric/validate';
import { parseMoney } from '../../../../src/logic/money';
import { numericDeficit2024 as question, parseQuestion } from '../questions.testdata';
import { numericQuestionSchema } from '../../../../src/schemas/quiz';
import '../matchers';

const answer = (text: string) => ({ type: 'numeric', text }) as const;

describe('validateNumeric', () => {
  it.each(['−918.4', '-$918.4 billion', '($918.4 billion)', '918,416 million', '0', '5'])(
    'accepts %s, which the money parser can read',
    (text) => {
      expect(validateNumeric(question, answer(text))).toEqual({ type: 'valid' });
    },
  );

  it.each(['', 'a lot', '918,41 million', '1 2 3', '25%', 'NaN', '9'.repeat(100)])(
    'passes on the parser’s own message for %j',
    (text) => {
      const parsed = parseMoney(text, { defaultUnit: 'billion' });
      expect(parsed.ok).toBe(false);
      expect(validateNumeric(question, answer(text))).toBeInvalid(parsed.ok ? '' : parsed.message);
    },
  );

  it('reads percent questions with the percent parser', () => {
    const tariff = parseQuestion(numericQuestionSchema, {
      id: 'tariff-rate',
      type: 'numeric',
      objective: 'tariff-rate',
      prompt: 'What tariff rate was announced?',
      explanation: 'It was 25%.',
      answerKind: 'percent',
      answer: 25,
    });
    expect(validateNumeric(tariff, answer('25%'))).toEqual({ type: 'valid' });
    expect(validateNumeric(tariff, answer('$25'))).toBeInvalid(
      'This field takes a percent, not an amount of money.',
    );
  });
});
