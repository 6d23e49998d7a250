import { describe, expect, it } from 'vitest';
import { scoreNumeric } from '../../../../src/logic/quiz/numeric/score';
import type { FeedbackLine } from '../../../../src/logic/quiz/types';
import { numericQuestionSchema } from '../../../../src/schemas/quiz';
import { numericDeficit2024 as question, parseQuestion } from '../questions.testdata';
import '../matchers';

const answer = (text: string) => ({ type: 'numeric', text }) as const;

function feedbackFor(text: string, q = question): readonly FeedbackLine[] {
  const score = scoreNumeric(q, answer(text));
  if (score.type !== 'points') throw new Error(`expected points for ${text}: ${score.message}`);
  return score.feedback;
}

describe('scoreNumeric', () => {
  it.each([
    '−918.4',
    '-918.4',
    '($918.4 billion)',
    '-918,416 million',
    '−0.9184 trillion',
    '-918.4B',
  ])('gives the point for %s', (text) => {
    expect(scoreNumeric(question, answer(text))).toBeScoredAs({
      earned: 1,
      total: 1,
      correct: true,
    });
  });

  it('tells the reader how their answer was read, with a real minus sign', () => {
    expect(feedbackFor('-918.4')).toEqual([
      { tone: 'correct', text: 'That is right.' },
      { tone: 'info', text: 'We read your answer as \u2212$918.4 billion.' },
    ]);
    expect(feedbackFor('-918,416 million')[1]?.text).toBe(
      'We read your answer as \u2212$918.416 billion.',
    );
  });

  it('gives a known mistake its own feedback', () => {
    expect(scoreNumeric(question, answer('-784.9'))).toBeScoredAs({ earned: 0, total: 1 });
    expect(feedbackFor('-784.9')[0]).toEqual({
      tone: 'incorrect',
      text: 'That is the 2023 balance. The question asks about 2024.',
    });
  });

  it('explains that a deficit is negative when the sign is flipped', () => {
    expect(scoreNumeric(question, answer('918.4'))).toBeScoredAs({ earned: 0, total: 1 });
    const [verdict, reading] = feedbackFor('918.4');
    expect(verdict?.text).toMatch(/A deficit is a negative balance/);
    expect(reading?.text).toBe('We read your answer as $918.4 billion.');
  });

  it('explains that the answer is a positive amount when a negative one is given', () => {
    const surplus = parseQuestion(numericQuestionSchema, {
      id: 'services-surplus-2024',
      type: 'numeric',
      objective: 'services-surplus',
      prompt: 'What was the U.S. balance on services in 2024?',
      explanation: 'A surplus of $311.9 billion.',
      answer: 311_870.5,
    });
    expect(feedbackFor('-311.9', surplus)[0]?.text).toMatch(
      /positive amount, such as the size of a deficit, a surplus/,
    );
  });

  it.each([
    [
      '-918.4 million',
      'You may have mixed up millions and billions: your answer is 1,000 times too small.',
    ],
    [
      '-918,400 billion',
      'You may have mixed up billions and trillions: your answer is 1,000 times too large.',
    ],
    [
      '-0.9184 million',
      'You may have mixed up millions and billions: your answer is 1,000,000 times too small.',
    ],
  ])('names the unit slip in %s', (text, expected) => {
    expect(feedbackFor(text)[0]).toEqual({ tone: 'incorrect', text: expected });
  });

  it('says "not quite" without giving the answer away', () => {
    const lines = feedbackFor('-850');
    expect(lines[0]).toEqual({
      tone: 'incorrect',
      text: 'Check your working and try again, or open a hint.',
    });
    expect(lines.map((line) => line.text).join(' ')).not.toMatch(/918/);
  });

  it('stops suggesting a hint once every hint is open', () => {
    const score = scoreNumeric(question, answer('-850'), { hintsUsed: 2 });
    expect(score.type === 'points' && score.feedback[0]?.text).toBe(
      'Check your working and try again.',
    );
  });

  it('passes the parser’s message on for text it cannot read', () => {
    expect(scoreNumeric(question, answer('918,41'))).toBeInvalid(
      'Commas go between groups of three digits, as in 918,400.',
    );
  });

  it('halves the point after the final hint', () => {
    expect(scoreNumeric(question, answer('-918.4'), { hintsUsed: 2 })).toBeScoredAs({
      earned: 0.5,
      total: 1,
      correct: false,
    });
  });

  it('formats percent answers as percents', () => {
    const rate = parseQuestion(numericQuestionSchema, {
      id: 'rate',
      type: 'numeric',
      objective: 'rate',
      prompt: 'p',
      explanation: 'e',
      answerKind: 'percent',
      answer: 17,
      tolerance: { absolute: 0.5 },
    });
    expect(scoreNumeric(rate, answer('17%'))).toBeScoredAs({ earned: 1, total: 1 });
    expect(feedbackFor('0.17', rate)).toEqual([
      {
        tone: 'incorrect',
        text: 'Check the scale: you may have written a share as a fraction (0.25) rather than a percent (25%).',
      },
      { tone: 'info', text: 'We read your answer as 0.17%.' },
    ]);
  });
});
