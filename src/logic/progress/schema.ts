/**
 * The shape of the reader's saved progress. The island keeps it in localStorage under one
 * versioned key and checks it with `parseProgress` on every read, because anything in storage
 * may have been written by an older release, another tab, an extension or a curious reader.
 *
 * The checks are hand-written type guards rather than a schema library because this module runs
 * in the browser, where the library would add about 25 KB gzip to a page whose whole script
 * budget is 20 KB. They apply the rules the library's schema applied, so every value accepted
 * before is accepted now and every value refused before is refused now. Each `parse…` function
 * returns a fresh value holding only the fields described here (extra fields are dropped, as
 * before), or null.
 */
import { isArray, isRecord, isSlug, ownEntries, ownField } from '../guards';

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

/** One time the reader checked an answer. */
export interface Attempt {
  /** When the answer was checked. */
  at: string;
  /** Points earned, after the hint rule: may be a half. */
  earned: number;
  /** Points available. */
  total: number;
  /** How many hints the reader had opened. */
  hintsUsed: number;
}

/** Everything saved about one question. */
export interface QuestionProgress {
  /** The most recent attempts, oldest first, at most `MAX_ATTEMPTS_KEPT`. */
  attempts: Attempt[];
  /** The very first attempt, kept for good: "right first time" is what a teacher asks about. */
  firstAttempt: Attempt;
  /** When the question was last answered. */
  lastAnswered: string;
  /** The Leitner box, 1 (review tomorrow) to 5 (review in 16 days). */
  box: number;
  /** When the question is next due for review. */
  due: string;
}

/** The whole saved value. */
export interface Progress {
  /** Always `PROGRESS_VERSION` for a value this code writes. */
  version: typeof PROGRESS_VERSION;
  /** Progress per question id; a question never answered has no entry. */
  questions: Record<string, QuestionProgress>;
}

/** The layout `Date.prototype.toISOString` writes; `isIsoDateTime` checks the digits' ranges. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** Days in a month (1 to 12) of the proleptic Gregorian calendar that ISO 8601 uses. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a value is a moment written as `Date.prototype.toISOString` writes it, in UTC:
 * `2026-11-25T16:00:00.000Z`. As with the schema check used before, the fraction of a second may
 * be left out or have any number of digits, and the date must exist: `2026-02-29` does not.
 * An offset other than `Z` is refused, so every saved moment is compared in the same zone.
 */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map(Number);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

/**
 * A finite number. NaN and Infinity are refused because JSON writes them as null, so a value
 * holding one would not survive being saved.
 */
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A whole number that a double holds exactly, as a count must be. */
function isSafeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/**
 * One attempt, or null if the value is not one: `at` an ISO date-time, `earned` a number of
 * at least 0 and at most `total`, `total` a number above 0 and `hintsUsed` a whole number of
 * at least 0. Other fields are dropped.
 */
export function parseAttempt(value: unknown): Attempt | null {
  if (!isRecord(value)) return null;
  const at = ownField(value, 'at');
  const earned = ownField(value, 'earned');
  const total = ownField(value, 'total');
  const hintsUsed = ownField(value, 'hintsUsed');
  if (!isIsoDateTime(at)) return null;
  if (!isFiniteNumber(earned) || earned < 0) return null;
  if (!isFiniteNumber(total) || total <= 0) return null;
  if (!isSafeInteger(hintsUsed) || hintsUsed < 0) return null;
  if (earned > total) return null;
  return { at, earned, total, hintsUsed };
}

/** Each item parsed with `parseAttempt`, or null if any item is not an attempt. */
function parseAttempts(values: readonly unknown[]): Attempt[] | null {
  const attempts: Attempt[] = [];
  for (const value of values) {
    const attempt = parseAttempt(value);
    if (!attempt) return null;
    attempts.push(attempt);
  }
  return attempts;
}

/**
 * Everything saved about one question, or null if the value is not that: 1 to
 * `MAX_ATTEMPTS_KEPT` attempts, a first attempt, ISO date-times for `lastAnswered` and `due`,
 * and a whole-number box from 1 to `LEITNER_BOX_COUNT`. Other fields are dropped.
 */
export function parseQuestionProgress(value: unknown): QuestionProgress | null {
  if (!isRecord(value)) return null;
  const attemptList = ownField(value, 'attempts');
  if (!isArray(attemptList)) return null;
  if (attemptList.length < 1 || attemptList.length > MAX_ATTEMPTS_KEPT) return null;
  const attempts = parseAttempts(attemptList);
  const firstAttempt = parseAttempt(ownField(value, 'firstAttempt'));
  const lastAnswered = ownField(value, 'lastAnswered');
  const box = ownField(value, 'box');
  const due = ownField(value, 'due');
  if (!attempts || !firstAttempt || !isIsoDateTime(lastAnswered) || !isIsoDateTime(due)) {
    return null;
  }
  if (!isSafeInteger(box) || box < 1 || box > LEITNER_BOX_COUNT) return null;
  return { attempts, firstAttempt, lastAnswered, box, due };
}

/**
 * The whole saved value, or null if any part of it is unreadable: the version must be
 * `PROGRESS_VERSION` and `questions` a plain object whose every key is a slug and every value
 * passes `parseQuestionProgress`. Only the object's own keys are read, and a `__proto__` key is
 * skipped, so nothing inherited becomes an entry and the result's prototype cannot be replaced.
 */
export function parseProgress(value: unknown): Progress | null {
  if (!isRecord(value) || ownField(value, 'version') !== PROGRESS_VERSION) return null;
  const entries = ownEntries(ownField(value, 'questions'));
  if (!entries) return null;
  const questions: Record<string, QuestionProgress> = {};
  for (const [id, entry] of entries) {
    const parsed = parseQuestionProgress(entry);
    if (!isSlug(id) || !parsed) return null;
    questions[id] = parsed;
  }
  return { version: PROGRESS_VERSION, questions };
}

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
