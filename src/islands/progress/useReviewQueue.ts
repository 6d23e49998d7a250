import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { dueForReview } from '../../logic/progress';
import {
  retryReview,
  reviewLoaded,
  startReview,
  type ReviewBank,
  type ReviewQueue,
} from '../../logic/quiz/review-items';
import { fetchQuizFile } from '../quiz/fetch-quiz-file';
import type { ProgressState } from './store';

/**
 * The review session's questions. When the saved progress has been read, the questions due then
 * become the session (answering one moves it out of "due", but it stays until the reader moves
 * on), and the banks holding them are fetched; `retry` fetches again the ones that failed. Null
 * until the session has started.
 */
export function useReviewQueue(
  state: ProgressState | null,
  banks: readonly ReviewBank[],
): { queue: ReviewQueue | null; retry: () => void } {
  const [queue, setQueue] = useState<ReviewQueue | null>(null);
  const live = useRef(true);

  const fetchRound = useCallback((round: { queue: ReviewQueue; fetch: readonly ReviewBank[] }) => {
    setQueue(round.queue);
    if (round.fetch.length === 0) return;
    void Promise.all(
      round.fetch.map(async (bank) => ({
        bank,
        result: await fetchQuizFile(bank.questionsUrl, bank.id),
      })),
    ).then((results) => {
      if (live.current) setQueue((current) => current && reviewLoaded(current, results));
    });
  }, []);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (state && queue === null)
      fetchRound(startReview(banks, dueForReview(state.progress, new Date())));
  }, [state, queue, banks, fetchRound]);

  const retry = useCallback(() => {
    if (queue && !queue.loading) fetchRound(retryReview(queue));
  }, [queue, fetchRound]);

  return { queue, retry };
}
