import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { QuizItem } from '../../logic/quiz/quiz-file';
import { fetchQuizFile } from './fetch-quiz-file';

/** Where a quiz is in fetching its questions. */
export type QuizFileStage =
  /** As rendered on the server, and for the one render in which the island hydrates. */
  | { readonly kind: 'asleep' }
  /** Fetching; `failure` is the message of the attempt before, while trying again. */
  | { readonly kind: 'loading'; readonly failure: string | null }
  | { readonly kind: 'failed'; readonly message: string }
  /** `retried`: the questions came on a second or later try, which the reader asked for. */
  | { readonly kind: 'ready'; readonly items: readonly QuizItem[]; readonly retried: boolean };

/**
 * Fetches the quiz's questions as soon as the island wakes, and again on `retry`. The first
 * render is 'asleep', so that it matches the server's HTML while the island hydrates.
 */
export function useQuizFile(
  url: string,
  quizId: string,
): { stage: QuizFileStage; retry: () => void } {
  const [stage, setStage] = useState<QuizFileStage>({ kind: 'asleep' });
  // Only the latest attempt may set the stage: an answer that arrives after the island has gone
  // or after a newer attempt has started is dropped.
  const attempt = useRef(0);

  const load = useCallback(
    (failure: string | null) => {
      attempt.current += 1;
      const mine = attempt.current;
      setStage({ kind: 'loading', failure });
      void fetchQuizFile(url, quizId).then((result) => {
        if (attempt.current !== mine) return;
        setStage(
          result.ok
            ? { kind: 'ready', items: result.file.items, retried: failure !== null }
            : { kind: 'failed', message: result.message },
        );
      });
    },
    [url, quizId],
  );

  useEffect(() => {
    load(null);
    return () => {
      attempt.current += 1;
    };
  }, [load]);

  const retry = useCallback(() => {
    if (stage.kind === 'failed') load(stage.message);
  }, [stage, load]);

  return { stage, retry };
}
