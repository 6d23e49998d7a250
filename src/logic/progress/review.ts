/**
 * Spaced review with Leitner boxes. Each answered question sits in one of five boxes; the box
 * says how long until it comes back: 1, 2, 4, 8 or 16 days. A clean right answer (full marks,
 * given without the final hint) moves the question up one box; a miss, a partly right answer
 * or an answer given after the final hint puts it back in box 1, due tomorrow.
 *
 * Why Leitner rather than an adaptive scheduler such as FSRS: our banks are small (a dozen
 * questions a lesson), so there is too little history per reader for a fitted model to beat
 * fixed intervals; a teacher can explain the whole rule in one sentence and predict when a
 * question returns; and it needs no dependency or model parameters, so it stays a few lines
 * of pure code that anyone can check.
 *
 * Due dates are exact moments (a whole number of days after the answer), not calendar days,
 * so the result never depends on the reader's time zone.
 */
import { LEITNER_BOX_COUNT, type Progress } from './schema';

/** Days until the next review, for boxes 1 to 5. */
export const LEITNER_INTERVAL_DAYS = [1, 2, 4, 8, 16] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a question goes after an answer. */
export interface ReviewSchedule {
  readonly box: number;
  /** ISO date-time when it is next due. */
  readonly due: string;
}

/** Whether a Date holds a real moment (an invalid Date makes toISOString throw). */
export function isValidDate(date: Date): boolean {
  return date instanceof Date && Number.isFinite(date.getTime());
}

/**
 * The box and due date after an answer. `previousBox` is null for a question answered for the
 * first time, which starts in box 1 (so a clean first answer lands in box 2). `now` must be a
 * valid date; callers check with `isValidDate`.
 */
export function nextReview(
  previousBox: number | null,
  cleanRight: boolean,
  now: Date,
): ReviewSchedule {
  const from = previousBox === null ? 1 : clampBox(previousBox);
  const box = cleanRight ? Math.min(from + 1, LEITNER_BOX_COUNT) : 1;
  const days = LEITNER_INTERVAL_DAYS[box - 1] ?? 1;
  return { box, due: new Date(now.getTime() + days * DAY_MS).toISOString() };
}

function clampBox(box: number): number {
  if (!Number.isFinite(box)) return 1;
  return Math.min(Math.max(Math.round(box), 1), LEITNER_BOX_COUNT);
}

/** Question ids due for review at `now`, the longest overdue first (ties by id). */
export function dueForReview(progress: Progress, now: Date): string[] {
  if (!isValidDate(now)) return [];
  const at = now.getTime();
  return Object.entries(progress.questions)
    .map(([id, entry]) => ({ id, due: Date.parse(entry.due) }))
    .filter((entry) => entry.due <= at)
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => entry.id);
}

export interface ReviewCounts {
  /** Questions due now. */
  readonly due: number;
  /** Questions answered but not yet due. */
  readonly upcoming: number;
  /** How many questions sit in each box, box 1 first. */
  readonly byBox: readonly [number, number, number, number, number];
  /** When the next question not yet due becomes due (ISO), or null if none is waiting. */
  readonly nextDue: string | null;
}

/** Counts for the review page and the home page's "3 questions to review" line. */
export function reviewCounts(progress: Progress, now: Date): ReviewCounts {
  const at = isValidDate(now) ? now.getTime() : Number.NaN;
  const byBox: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let due = 0;
  let upcoming = 0;
  let nextDue: string | null = null;
  for (const entry of Object.values(progress.questions)) {
    const index = clampBox(entry.box) - 1;
    byBox[index] = (byBox[index] ?? 0) + 1;
    const dueAt = Date.parse(entry.due);
    if (dueAt <= at) {
      due += 1;
    } else {
      upcoming += 1;
      if (nextDue === null || dueAt < Date.parse(nextDue)) nextDue = entry.due;
    }
  }
  return { due, upcoming, byBox, nextDue };
}
