import { describe, expect, it } from 'vitest';
import { diagnoseNumeric } from '../../../../src/logic/quiz/numeric/diagnose';
import { numericQuestionSchema } from '../../../../src/schemas/quiz';
import { numericDeficit2024 as question, parseQuestion } from '../questions.testdata';

describe('diagnoseNumeric', () => {
  it.each([
    [-918_416, 'right'],
    [-918_000, 'right'],
    [-784_892, 'known-mistake'],
    [918_400, 'flipped-sign'],
    [-918.4, 'scale-slip'],
    [-918_400_000, 'scale-slip'],
    [-0.9184, 'scale-slip'],
    [-850_000, 'wrong'],
    [0, 'wrong'],
  ])('calls %d %s', (value, kind) => {
    expect(diagnoseNumeric(question, value).kind).toBe(kind);
  });

  it('says how many times too large or small a scale slip is', () => {
    expect(diagnoseNumeric(question, -918.4)).toEqual({ kind: 'scale-slip', factor: 0.001 });
    expect(diagnoseNumeric(question, -918_400_000)).toEqual({ kind: 'scale-slip', factor: 1000 });
    expect(diagnoseNumeric(question, -0.9184)).toEqual({ kind: 'scale-slip', factor: 1e-6 });
  });

  it('prefers the nearest known mistake, whatever order they are listed in', () => {
    const mistakes = [
      { value: -900_000, feedback: 'far' },
      { value: -899_500, feedback: 'near' },
    ];
    const base = {
      id: 'overlap',
      type: 'numeric',
      objective: 'overlap',
      prompt: 'p',
      explanation: 'e',
      answer: -1_000_000,
      tolerance: { absolute: 1_000 },
    } as const;
    const listed = parseQuestion(numericQuestionSchema, { ...base, knownMistakes: mistakes });
    const reversed = parseQuestion(numericQuestionSchema, {
      ...base,
      knownMistakes: [...mistakes].reverse(),
    });
    expect(diagnoseNumeric(listed, -899_400)).toEqual({ kind: 'known-mistake', feedback: 'near' });
    expect(diagnoseNumeric(reversed, -899_400)).toEqual({
      kind: 'known-mistake',
      feedback: 'near',
    });
  });

  it('checks a known mistake before the sign, so an author can say more about it', () => {
    const withFlip = parseQuestion(numericQuestionSchema, {
      id: 'flip',
      type: 'numeric',
      objective: 'flip',
      prompt: 'p',
      explanation: 'e',
      answer: -122_700,
      knownMistakes: [{ value: 122_700, feedback: 'A deficit is written with a minus sign.' }],
    });
    expect(diagnoseNumeric(withFlip, 122_700)).toEqual({
      kind: 'known-mistake',
      feedback: 'A deficit is written with a minus sign.',
    });
  });

  it('spots a percent written as a fraction', () => {
    const share = parseQuestion(numericQuestionSchema, {
      id: 'share',
      type: 'numeric',
      objective: 'share',
      prompt: 'p',
      explanation: 'e',
      answerKind: 'percent',
      answer: 25,
      tolerance: { absolute: 0.5 },
    });
    expect(diagnoseNumeric(share, 0.25)).toEqual({ kind: 'scale-slip', factor: 0.01 });
    expect(diagnoseNumeric(share, 2500).kind).toBe('wrong');
  });
});
