import type { Score } from '../quiz/types';
import { isValidDate, nextReview } from './review';
import { isSlug } from '../guards';
import { type Attempt, MAX_ATTEMPTS_KEPT, type Progress, questionEntry } from './schema';

/**
 * Progress after the reader checks an answer: a new object, the old one untouched. The first
 * attempt at a question is kept for good; later ones are appended (the most recent
 * `MAX_ATTEMPTS_KEPT` are kept) and move the question between Leitner boxes.
 *
 * A clean right answer is one with full marks (`score.correct`). The scorer already withholds
 * full marks from an answer given after the final hint, so such an answer goes back to box 1
 * like a miss. An invalid score, a question id that is not a slug or an invalid date changes
 * nothing: there is no attempt to record.
 */
export function recordAttempt(
  progress: Progress,
  questionId: string,
  score: Score,
  hintsUsed: number,
  now: Date,
): Progress {
  if (score.type !== 'points' || !isValidDate(now)) return progress;
  if (!isSlug(questionId)) return progress;
  const attempt: Attempt = {
    at: now.toISOString(),
    earned: score.earned,
    total: score.total,
    hintsUsed: Number.isFinite(hintsUsed) ? Math.max(0, Math.floor(hintsUsed)) : 0,
  };
  const previous = questionEntry(progress, questionId);
  const schedule = nextReview(previous?.box ?? null, score.correct, now);
  return {
    version: progress.version,
    questions: {
      ...progress.questions,
      [questionId]: {
        attempts: [...(previous?.attempts ?? []), attempt].slice(-MAX_ATTEMPTS_KEPT),
        firstAttempt: previous?.firstAttempt ?? attempt,
        lastAnswered: attempt.at,
        box: schedule.box,
        due: schedule.due,
      },
    },
  };
}
