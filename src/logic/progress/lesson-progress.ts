import { isFullMarks, type Progress, questionEntry } from './schema';

/** How far the reader has got in one lesson's quiz. */
export interface LessonProgress {
  /** Questions in the lesson's bank. */
  readonly questions: number;
  /** Questions answered at least once. */
  readonly answered: number;
  /** Questions whose latest answer earned full marks. */
  readonly correct: number;
  /** Questions whose first answer earned full marks. */
  readonly correctFirstTime: number;
}

/**
 * A summary per lesson for the home page's lesson path and the quiz results, given each
 * lesson's question ids (from its bank). Saved answers to questions no longer in any bank
 * are ignored, and an id listed twice counts once.
 */
export function lessonProgress(
  progress: Progress,
  questionIdsByLesson: Readonly<Record<string, readonly string[]>>,
): Record<string, LessonProgress> {
  const summary: Record<string, LessonProgress> = {};
  for (const [lesson, ids] of Object.entries(questionIdsByLesson)) {
    const unique = [...new Set(ids)];
    let answered = 0;
    let correct = 0;
    let correctFirstTime = 0;
    for (const id of unique) {
      const entry = questionEntry(progress, id);
      if (!entry) continue;
      answered += 1;
      const latest = entry.attempts.at(-1);
      if (latest && isFullMarks(latest)) correct += 1;
      if (isFullMarks(entry.firstAttempt)) correctFirstTime += 1;
    }
    summary[lesson] = { questions: unique.length, answered, correct, correctFirstTime };
  }
  return summary;
}
