import { describe, expect, it } from 'vitest';
import { scoreMulti } from '../../../../src/logic/quiz/multi/score';
import { multiServicesExports as question } from '../questions.testdata';
import '../matchers';

const tick = (...choiceIds: string[]) => ({ type: 'multi', choiceIds }) as const;
const allRight = ['foreign-student-tuition', 'tourist-hotel', 'software-licence'];

describe('scoreMulti', () => {
  it('gives full marks, one per right option, for exactly the right ticks', () => {
    expect(scoreMulti(question, tick(...allRight))).toBeScoredAs({
      earned: 3,
      total: 3,
      correct: true,
    });
  });

  it('earns a point for each right tick', () => {
    expect(scoreMulti(question, tick('tourist-hotel', 'software-licence'))).toBeScoredAs({
      earned: 2,
      total: 3,
      correct: false,
    });
  });

  it('takes a point away for each wrong tick, so ticking everything is not full marks', () => {
    expect(scoreMulti(question, tick(...allRight, 'soybeans'))).toBeScoredAs({
      earned: 2,
      total: 3,
    });
    expect(scoreMulti(question, tick(...question.choices.map((c) => c.id)))).toBeScoredAs({
      earned: 1,
      total: 3,
    });
  });

  it('never goes below zero', () => {
    expect(scoreMulti(question, tick('soybeans', 'american-in-paris'))).toBeScoredAs({
      earned: 0,
      total: 3,
    });
  });

  it('gives the feedback of each ticked option in the order ticked, then counts the missed', () => {
    const score = scoreMulti(question, tick('soybeans', 'foreign-student-tuition'));
    expect(score.type === 'points' && score.feedback).toEqual([
      { tone: 'incorrect', text: 'Soybeans are goods, not services: they are an export of goods.' },
      {
        tone: 'correct',
        text: 'Right: a foreign buyer pays a U.S. seller, so it counts as an export of education.',
      },
      { tone: 'partial', text: 'You left out 2 right answers.' },
      { tone: 'info', text: 'Each wrong tick takes one point away.' },
    ]);
  });

  it('names an option without feedback by its text, and does not name the missed ones', () => {
    const score = scoreMulti(question, tick('tourist-hotel'));
    const texts = score.type === 'points' ? score.feedback.map((line) => line.text) : [];
    expect(texts).toEqual([
      'Yes: “A German tourist pays for a hotel in New York” is one of the right answers.',
      'You left out 2 right answers.',
    ]);
  });

  it('takes one point off full marks after the final hint', () => {
    expect(scoreMulti(question, tick(...allRight), { hintsUsed: 2 })).toBeScoredAs({
      earned: 2,
      total: 3,
      correct: false,
    });
  });
});
