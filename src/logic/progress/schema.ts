/**
 * The shape of the reader's saved progress. The island keeps it in localStorage under one
 * versioned key and checks it against this schema on every read, because anything in storage
 * may have been written by an older release, another tab, an extension or a curious reader.
 */
import { z } from 'astro/zod';
import { slugSchema } from '../../schemas/shared';

/** The localStorage key the island saves progress under. */
export const PROGRESS_KEY = 'tde-progress';

/** Where a saved value we could not read is kept, so nothing a reader earned is thrown away. */
export const PROGRESS_BACKUP_KEY = 'tde-progress-backup';

/**
 * The version of the saved shape. Raise it only with a migration from the old shape in
 * `readProgress`; a value with a higher version than this code knows is set aside, not read.
 */
export const PROGRESS_VERSION = 1;

/** Names this site in exported files, so a file from another app is refused on import. */
export const PROGRESS_APP = 'trade-deficits-explained';

/**
 * How many recent attempts are kept per question. The first attempt is kept separately, so
 * the cap only drops the middle of a long history and storage cannot grow without bound.
 */
export const MAX_ATTEMPTS_KEPT = 20;

/** The number of Leitner boxes (see ./review). */
export const LEITNER_BOX_COUNT = 5;

/** A moment as `Date.prototype.toISOString` writes it, in UTC: 2026-11-25T16:00:00.000Z. */
export const isoDateTimeSchema = z.iso.datetime();

/** One time the reader checked an answer. */
export const attemptSchema = z
  .object({
    /** When the answer was checked. */
    at: isoDateTimeSchema,
    /** Points earned, after the hint rule: may be a half. */
    earned: z.number().nonnegative(),
    /** Points available. */
    total: z.number().positive(),
    /** How many hints the reader had opened. */
    hintsUsed: z.int().nonnegative(),
  })
  .refine((attempt) => attempt.earned <= attempt.total, {
    message: 'earned cannot exceed total',
    path: ['earned'],
  });

/** Everything saved about one question. */
export const questionProgressSchema = z.object({
  /** The most recent attempts, oldest first, at most `MAX_ATTEMPTS_KEPT`. */
  attempts: z.array(attemptSchema).min(1).max(MAX_ATTEMPTS_KEPT),
  /** The very first attempt, kept for good: "right first time" is what a teacher asks about. */
  firstAttempt: attemptSchema,
  /** When the question was last answered. */
  lastAnswered: isoDateTimeSchema,
  /** The Leitner box, 1 (review tomorrow) to 5 (review in 16 days). */
  box: z.int().min(1).max(LEITNER_BOX_COUNT),
  /** When the question is next due for review. */
  due: isoDateTimeSchema,
});

/** The whole saved value. */
export const progressSchema = z.object({
  /** Always `PROGRESS_VERSION` for a value this code writes. */
  version: z.literal(PROGRESS_VERSION),
  /** Progress per question id; a question never answered has no entry. */
  questions: z.record(slugSchema, questionProgressSchema),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type QuestionProgress = z.infer<typeof questionProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;

/** Progress for a reader who has answered nothing yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, questions: {} };
}

/** Whether the attempt earned full marks. */
export function isFullMarks(attempt: Attempt): boolean {
  return attempt.earned === attempt.total;
}

/** A question's entry, if the reader has answered it (never an inherited property). */
export function questionEntry(
  progress: Progress,
  questionId: string,
): QuestionProgress | undefined {
  return Object.hasOwn(progress.questions, questionId) ? progress.questions[questionId] : undefined;
}
