import { describe, expect, it } from 'vitest';
import { validateClassify } from '../../../../src/logic/quiz/classify/validate';
import { UNKNOWN_OPTION_MESSAGE } from '../../../../src/logic/quiz/validation';
import { classifyQuestionSchema } from '../../../../src/schemas/quiz';
import { classifyGoodsOrServices as question, parseQuestion } from '../questions.testdata';
import '../matchers';

const place = (placements: Record<string, string | null>) =>
  ({ type: 'classify', placements }) as const;

const complete = {
  aircraft: 'goods',
  'crude-oil': 'services',
  'film-royalties': 'services',
  'cloud-hosting': 'goods',
};

describe('validateClassify', () => {
  it('accepts every item placed, rightly or wrongly', () => {
    expect(validateClassify(question, place(complete))).toEqual({ type: 'valid' });
  });

  it('counts the items still to place', () => {
    expect(validateClassify(question, place({ ...complete, aircraft: null }))).toBeInvalid(
      'Sort every item first: 1 item still to place.',
    );
    expect(
      validateClassify(question, place({ aircraft: 'goods', 'crude-oil': 'goods' })),
    ).toBeInvalid('Sort every item first: 2 items still to place.');
    expect(validateClassify(question, place({}))).toBeInvalid('Sort the items into groups first.');
  });

  it('refuses unknown items and unknown buckets', () => {
    expect(validateClassify(question, place({ ...complete, wheat: 'goods' }))).toBeInvalid(
      UNKNOWN_OPTION_MESSAGE,
    );
    expect(validateClassify(question, place({ ...complete, aircraft: 'capital' }))).toBeInvalid(
      UNKNOWN_OPTION_MESSAGE,
    );
  });

  it('does not mistake inherited properties for placements', () => {
    const tricky = parseQuestion(classifyQuestionSchema, {
      id: 'tricky',
      type: 'classify',
      objective: 'tricky',
      prompt: 'p',
      explanation: 'e',
      buckets: [
        { id: 'goods', label: 'Goods' },
        { id: 'services', label: 'Services' },
      ],
      items: [
        { id: 'constructor', text: 'Building work abroad', bucket: 'services' },
        { id: 'to-string', text: 'Yarn', bucket: 'goods' },
      ],
    });
    expect(validateClassify(tricky, place({ 'to-string': 'goods' }))).toBeInvalid(
      'Sort every item first: 1 item still to place.',
    );
  });
});
