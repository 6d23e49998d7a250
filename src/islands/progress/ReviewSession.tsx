/**
 * Spaced review: the questions this reader missed, or answered only with the final hint, come
 * back on a Leitner schedule (see src/logic/progress/review.ts). Everything happens in the
 * browser, because progress is stored nowhere else.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reviewCounts } from '../../logic/progress';
import type { ReviewBank } from '../../logic/quiz/review-items';
import type { Score } from '../../logic/quiz/types';
import QuestionCard from '../quiz/QuestionCard';
import ProgressFile from './ProgressFile';
import { saveAttempt } from './store';
import { useProgress } from './useProgress';
import { useReviewQueue } from './useReviewQueue';

export interface Props {
  /**
   * Every bank and the ids of its questions. The questions themselves are fetched, and only from
   * the banks that hold a question due for review.
   */
  banks: readonly ReviewBank[];
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
}

export default function ReviewSession({ banks }: Props) {
  const state = useProgress();
  const { queue, retry } = useReviewQueue(state, banks);
  const [index, setIndex] = useState(0);
  const focusAfterRetry = useRef(false);
  const ready = queue?.ready ?? [];
  const currentId = ready[index];

  useEffect(() => {
    // The Try again button the reader pressed goes once every bank has loaded: take them to the
    // question on screen rather than leave focus nowhere.
    if (!focusAfterRetry.current || !queue || queue.loading || queue.failures.length > 0) return;
    focusAfterRetry.current = false;
    if (currentId !== undefined) document.getElementById(`q-${currentId}-prompt`)?.focus();
  }, [queue, currentId]);

  if (!state) {
    return (
      <p class="review-waiting">
        Reviews use the answers saved in your browser, so this part of the page needs JavaScript.
      </p>
    );
  }

  const now = new Date();
  const counts = reviewCounts(state.progress, now);
  const due = queue?.due ?? [];
  const current = currentId === undefined ? undefined : queue?.items.get(currentId);

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
      {queue === null || due.length > 0 ? (
        <>
          {queue && (
            <p class="review-count">
              {due.length} {due.length === 1 ? 'question is' : 'questions are'} due for review.
            </p>
          )}
          {(queue === null || queue.loading) && (
            <p class="review-loading" role="status">
              Loading the questions due for review…
            </p>
          )}
          {queue && queue.failures.length > 0 && (
            <div class="review-failed">
              <div role="alert">
                {queue.failures.map((failure) => (
                  <p key={failure.bank.id}>
                    <strong>
                      {failure.dueCount === 1
                        ? 'One due question'
                        : `${failure.dueCount} due questions`}{' '}
                      from “{failure.bank.title}” could not be loaded.
                    </strong>{' '}
                    {failure.message}
                  </p>
                ))}
              </div>
              <button
                type="button"
                class="button secondary"
                // Not `disabled` while trying again: a disabled button drops the keyboard focus.
                aria-disabled={queue.loading ? 'true' : undefined}
                onClick={() => {
                  if (queue.loading) return;
                  focusAfterRetry.current = true;
                  retry();
                }}
              >
                Try again
              </button>
            </div>
          )}
          {current && (
            <QuestionCard
              key={current.question.id}
              item={current}
              number={index + 1}
              count={ready.length}
              onScored={onScored}
              onNext={
                index < ready.length - 1
                  ? () => {
                      setIndex(index + 1);
                    }
                  : undefined
              }
            />
          )}
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
