/** Fixed moments and scores for progress tests: no test reads the real clock. */
import type { Score } from '../../../src/logic/quiz/types';
import type { Progress } from '../../../src/logic/progress/schema';

export const MONDAY = new Date('2026-11-23T09:00:00.000Z');
export const TUESDAY = new Date('2026-11-24T09:00:00.000Z');
export const WEDNESDAY = new Date('2026-11-25T09:00:00.000Z');

export const daysAfter = (date: Date, days: number): Date =>
  new Date(date.getTime() + days * 24 * 60 * 60 * 1000);

export const fullMarks = (total = 1): Score => ({
  type: 'points',
  earned: total,
  total,
  correct: true,
  feedback: [],
});

export const partMarks = (earned: number, total: number): Score => ({
  type: 'points',
  earned,
  total,
  correct: false,
  feedback: [],
});

export const invalidScore: Score = { type: 'invalid', message: 'Choose an answer first.' };

/** A saved value as version 1 writes it: two questions answered on Monday. */
export const savedProgress: Progress = {
  version: 1,
  questions: {
    'trade-balance-2024': {
      attempts: [{ at: '2026-11-23T09:00:00.000Z', earned: 0, total: 1, hintsUsed: 0 }],
      firstAttempt: { at: '2026-11-23T09:00:00.000Z', earned: 0, total: 1, hintsUsed: 0 },
      lastAnswered: '2026-11-23T09:00:00.000Z',
      box: 1,
      due: '2026-11-24T09:00:00.000Z',
    },
    'goods-or-services': {
      attempts: [{ at: '2026-11-23T09:05:00.000Z', earned: 4, total: 4, hintsUsed: 1 }],
      firstAttempt: { at: '2026-11-23T09:05:00.000Z', earned: 4, total: 4, hintsUsed: 1 },
      lastAnswered: '2026-11-23T09:05:00.000Z',
      box: 2,
      due: '2026-11-25T09:05:00.000Z',
    },
  },
};
