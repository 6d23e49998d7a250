import { describe, expect, it } from 'vitest';
import { recordAttempt } from '../../../src/logic/progress/record-attempt';
import {
  emptyProgress,
  MAX_ATTEMPTS_KEPT,
  parseProgress,
} from '../../../src/logic/progress/schema';
import {
  daysAfter,
  fullMarks,
  invalidScore,
  MONDAY,
  partMarks,
  TUESDAY,
} from './progress.testdata';

const id = 'trade-balance-2024';

describe('recordAttempt', () => {
  it('records a first attempt with its date, points and hints, as valid progress', () => {
    const progress = recordAttempt(emptyProgress(), id, partMarks(2, 3), 1, MONDAY);
    const attempt = { at: '2026-11-23T09:00:00.000Z', earned: 2, total: 3, hintsUsed: 1 };
    expect(progress.questions[id]).toEqual({
      attempts: [attempt],
      firstAttempt: attempt,
      lastAnswered: '2026-11-23T09:00:00.000Z',
      box: 1,
      due: '2026-11-24T09:00:00.000Z',
    });
    expect(parseProgress(progress)).toEqual(progress);
  });

  it('keeps the first attempt when later ones come in', () => {
    const first = recordAttempt(emptyProgress(), id, partMarks(0, 1), 0, MONDAY);
    const second = recordAttempt(first, id, fullMarks(), 0, TUESDAY);
    expect(second.questions[id]?.firstAttempt.earned).toBe(0);
    expect(second.questions[id]?.attempts.map((a) => a.earned)).toEqual([0, 1]);
    expect(second.questions[id]?.lastAnswered).toBe('2026-11-24T09:00:00.000Z');
  });

  it('returns a new object and leaves the old one alone', () => {
    const before = recordAttempt(emptyProgress(), id, fullMarks(), 0, MONDAY);
    const snapshot = structuredClone(before);
    const after = recordAttempt(before, 'goods-or-services', fullMarks(4), 0, TUESDAY);
    expect(after).not.toBe(before);
    expect(before).toEqual(snapshot);
    expect(Object.keys(after.questions)).toEqual([id, 'goods-or-services']);
  });

  it('keeps only the most recent attempts, but always the first', () => {
    let progress = emptyProgress();
    for (let day = 0; day < MAX_ATTEMPTS_KEPT + 5; day += 1) {
      progress = recordAttempt(progress, id, fullMarks(), 0, daysAfter(MONDAY, day));
    }
    const entry = progress.questions[id];
    expect(entry?.attempts).toHaveLength(MAX_ATTEMPTS_KEPT);
    expect(entry?.firstAttempt.at).toBe(MONDAY.toISOString());
    expect(entry?.attempts[0]?.at).toBe(daysAfter(MONDAY, 5).toISOString());
    expect(parseProgress(progress)).toEqual(progress);
  });

  it('records nothing for an invalid score, a bad id or an invalid date', () => {
    const progress = emptyProgress();
    expect(recordAttempt(progress, id, invalidScore, 0, MONDAY)).toBe(progress);
    expect(recordAttempt(progress, '__proto__', fullMarks(), 0, MONDAY)).toBe(progress);
    expect(recordAttempt(progress, id, fullMarks(), 0, new Date(Number.NaN))).toBe(progress);
  });

  it('stores a nonsense hint count as zero and a fraction as whole hints', () => {
    const nan = recordAttempt(emptyProgress(), id, fullMarks(), Number.NaN, MONDAY);
    expect(nan.questions[id]?.firstAttempt.hintsUsed).toBe(0);
    const half = recordAttempt(emptyProgress(), id, fullMarks(), 1.5, MONDAY);
    expect(half.questions[id]?.firstAttempt.hintsUsed).toBe(1);
  });
});
