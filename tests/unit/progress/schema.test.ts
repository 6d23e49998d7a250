import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  progressSchema,
  questionEntry,
} from '../../../src/logic/progress/schema';
import { savedProgress } from './progress.testdata';

describe('the saved progress schema', () => {
  it('uses one versioned key and a separate backup key', () => {
    expect(PROGRESS_KEY).toBe('tde-progress');
    expect(PROGRESS_VERSION).toBe(1);
    expect(PROGRESS_BACKUP_KEY).not.toBe(PROGRESS_KEY);
  });

  it('accepts empty and real progress', () => {
    expect(progressSchema.parse(emptyProgress())).toEqual({ version: 1, questions: {} });
    expect(progressSchema.parse(savedProgress)).toEqual(savedProgress);
  });

  it.each([
    ['a box outside 1–5', { box: 6 }],
    ['a box of 0', { box: 0 }],
    ['a due date that is not a date', { due: 'tomorrow' }],
    ['no attempts', { attempts: [] }],
    [
      'more points earned than available',
      { firstAttempt: { at: '2026-11-23T09:00:00.000Z', earned: 2, total: 1, hintsUsed: 0 } },
    ],
  ])('refuses an entry with %s', (_, change) => {
    const entry = { ...savedProgress.questions['trade-balance-2024'], ...change };
    expect(
      progressSchema.safeParse({ version: 1, questions: { 'trade-balance-2024': entry } }).success,
    ).toBe(false);
  });

  it('refuses question ids that are not slugs', () => {
    const entry = savedProgress.questions['trade-balance-2024'];
    expect(
      progressSchema.safeParse({ version: 1, questions: { 'Not A Slug': entry } }).success,
    ).toBe(false);
  });

  it('never reads an inherited property as an entry', () => {
    expect(questionEntry(emptyProgress(), 'constructor')).toBeUndefined();
    expect(questionEntry(savedProgress, 'goods-or-services')?.box).toBe(2);
  });
});
