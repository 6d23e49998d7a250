import { describe, expect, it } from 'vitest';
import { recordAttempt } from '../../../src/logic/progress/record-attempt';
import {
  dueForReview,
  LEITNER_INTERVAL_DAYS,
  nextReview,
  reviewCounts,
} from '../../../src/logic/progress/review';
import { emptyProgress, type Progress } from '../../../src/logic/progress/schema';
import {
  daysAfter,
  fullMarks,
  MONDAY,
  partMarks,
  savedProgress,
  TUESDAY,
  WEDNESDAY,
} from './progress.testdata';

const id = 'trade-balance-2024';

describe('nextReview (Leitner boxes)', () => {
  it('uses intervals of 1, 2, 4, 8 and 16 days', () => {
    expect(LEITNER_INTERVAL_DAYS).toEqual([1, 2, 4, 8, 16]);
  });

  it('moves a clean right answer up one box, due after that box’s interval', () => {
    expect(nextReview(null, true, MONDAY)).toEqual({
      box: 2,
      due: daysAfter(MONDAY, 2).toISOString(),
    });
    expect(nextReview(2, true, MONDAY)).toEqual({
      box: 3,
      due: daysAfter(MONDAY, 4).toISOString(),
    });
    expect(nextReview(4, true, MONDAY)).toEqual({
      box: 5,
      due: daysAfter(MONDAY, 16).toISOString(),
    });
  });

  it('keeps a question in box 5 once it is there', () => {
    expect(nextReview(5, true, MONDAY).box).toBe(5);
  });

  it('sends a miss back to box 1, due tomorrow, from any box', () => {
    for (const box of [null, 1, 3, 5]) {
      expect(nextReview(box, false, MONDAY)).toEqual({ box: 1, due: TUESDAY.toISOString() });
    }
  });
});

describe('recording attempts moves questions between boxes', () => {
  it('climbs one box per clean answer', () => {
    let progress = emptyProgress();
    const boxes: number[] = [];
    let now = MONDAY;
    for (let i = 0; i < 6; i += 1) {
      progress = recordAttempt(progress, id, fullMarks(), 0, now);
      boxes.push(progress.questions[id]?.box ?? 0);
      now = new Date(progress.questions[id]?.due ?? '');
    }
    expect(boxes).toEqual([2, 3, 4, 5, 5, 5]);
  });

  it('drops to box 1 after a partly right answer', () => {
    const high = recordAttempt(
      recordAttempt(emptyProgress(), id, fullMarks(3), 0, MONDAY),
      id,
      partMarks(2, 3),
      0,
      WEDNESDAY,
    );
    expect(high.questions[id]?.box).toBe(1);
    expect(high.questions[id]?.due).toBe(daysAfter(WEDNESDAY, 1).toISOString());
  });

  it('drops to box 1 after a right answer given with the final hint (which is not full marks)', () => {
    // The scorer gives 2 of 3 for a right answer after the final hint; see quiz/hints.ts.
    const progress = recordAttempt(emptyProgress(), id, partMarks(2, 3), 2, MONDAY);
    expect(progress.questions[id]?.box).toBe(1);
  });
});

describe('dueForReview', () => {
  it('lists what is due, the longest overdue first', () => {
    expect(dueForReview(savedProgress, MONDAY)).toEqual([]);
    expect(dueForReview(savedProgress, TUESDAY)).toEqual(['trade-balance-2024']);
    expect(dueForReview(savedProgress, daysAfter(WEDNESDAY, 1))).toEqual([
      'trade-balance-2024',
      'goods-or-services',
    ]);
  });

  it('counts a question as due from the exact moment it is due', () => {
    const due = new Date('2026-11-25T09:05:00.000Z');
    expect(dueForReview(savedProgress, new Date(due.getTime() - 1))).not.toContain(
      'goods-or-services',
    );
    expect(dueForReview(savedProgress, due)).toContain('goods-or-services');
  });

  it('orders questions due at the same moment by id, so the list is stable', () => {
    let progress: Progress = emptyProgress();
    for (const question of ['zeta', 'alpha', 'mid']) {
      progress = recordAttempt(progress, question, partMarks(0, 1), 0, MONDAY);
    }
    expect(dueForReview(progress, WEDNESDAY)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('lists nothing for an invalid date', () => {
    expect(dueForReview(savedProgress, new Date(Number.NaN))).toEqual([]);
  });
});

describe('reviewCounts', () => {
  it('counts due and upcoming questions, per box, and when the next one is due', () => {
    expect(reviewCounts(savedProgress, TUESDAY)).toEqual({
      due: 1,
      upcoming: 1,
      byBox: [1, 1, 0, 0, 0],
      nextDue: '2026-11-25T09:05:00.000Z',
    });
    expect(reviewCounts(savedProgress, MONDAY)).toEqual({
      due: 0,
      upcoming: 2,
      byBox: [1, 1, 0, 0, 0],
      nextDue: '2026-11-24T09:00:00.000Z',
    });
    expect(reviewCounts(emptyProgress(), MONDAY)).toEqual({
      due: 0,
      upcoming: 0,
      byBox: [0, 0, 0, 0, 0],
      nextDue: null,
    });
  });
});
