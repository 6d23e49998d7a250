/**
 * Spaced review: the questions this reader missed, or answered only with the final hint, come
 * back on a Leitner schedule (see src/logic/progress/review.ts). Everything happens in the
 * browser, because progress is stored nowhere else.
 */
import { useEffect, useState } from 'preact/hooks';
import { dueForReview, reviewCounts } from '../../logic/progress';
import type { Score } from '../../logic/quiz/types';
import QuestionCard, { type QuizItem } from '../quiz/QuestionCard';
import ProgressFile from './ProgressFile';
import { saveAttempt } from './store';
import { useProgress } from './useProgress';

export interface Props {
  /** Every question of every bank, by id, ready for the quiz card. */
  items: Readonly<Record<string, QuizItem>>;
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
}

export default function ReviewSession({ items }: Props) {
  const state = useProgress();
  // The questions due when the session started: answering one moves it out of "due", but it
  // stays on screen until the reader moves on.
  const [session, setSession] = useState<string[] | null>(null);
  const [index, setIndex] = useState(0);

  useEffect(() => {
    if (state && session === null)
      setSession(dueForReview(state.progress, new Date()).filter((id) => id in items));
  }, [state, session, items]);

  if (!state) {
    return (
      <p class="review-waiting">
        Reviews use the answers saved in your browser, so this part of the page needs JavaScript.
      </p>
    );
  }

  const now = new Date();
  const due = session ?? [];
  const counts = reviewCounts(state.progress, now);
  const currentId = due[index];
  const current = currentId === undefined ? undefined : items[currentId];

  const onScored = (questionId: string, score: Score, hintsUsed: number) => {
    saveAttempt(questionId, score, hintsUsed);
  };

  return (
    <div class="review">
      {state.notice && (
        <p class="notice" role="status">
          {state.notice}
        </p>
      )}
      {current ? (
        <>
          <p class="review-count">
            {due.length} {due.length === 1 ? 'question is' : 'questions are'} due for review.
          </p>
          <QuestionCard
            key={current.question.id}
            item={current}
            number={index + 1}
            count={due.length}
            onScored={onScored}
            onNext={
              index < due.length - 1
                ? () => {
                    setIndex(index + 1);
                  }
                : undefined
            }
          />
        </>
      ) : (
        <div class="review-empty" role="status">
          <p>
            <strong>Nothing is due for review right now.</strong>{' '}
            {counts.upcoming > 0 && counts.nextDue
              ? `${counts.upcoming} ${counts.upcoming === 1 ? 'question is' : 'questions are'} waiting; the next comes back on ${formatDay(counts.nextDue)}.`
              : 'Answer the quiz at the end of any lesson, and the questions you miss will come back here.'}
          </p>
        </div>
      )}
      <ProgressFile state={state} idPrefix="review" />
    </div>
  );
}
