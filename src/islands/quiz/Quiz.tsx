/**
 * A quiz over one bank (or a draw from several). Before it hydrates, and for readers without
 * JavaScript, every question shows with its answer behind a closed <details>; once awake, each
 * question can be answered, checked, retried and revealed, and results are announced politely.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Score } from '../../logic/quiz/types';
import { formatPoints } from '../../logic/quiz/points';
import { loadScorer } from './load-scorer';
import QuestionCard, { type QuizItem } from './QuestionCard';
import StaticQuestion from './StaticQuestion';
import TopicSummary, { summariseByTopic } from './TopicSummary';

export interface Props {
  quizId: string;
  title: string;
  mode: 'one-at-a-time' | 'all-at-once';
  items: readonly QuizItem[];
  /**
   * The island hydrates only when the reader presses "Start the quiz" (`client:request`). Until
   * then readers with JavaScript see that button, and readers without it see every question with
   * its answer behind a closed <details>.
   */
  startOnRequest?: boolean;
}

interface Result {
  earned: number;
  total: number;
}

export default function Quiz({ quizId, title, mode, items, startOnRequest = false }: Props) {
  const [awake, setAwake] = useState(false);
  const [current, setCurrent] = useState(0);
  const [results, setResults] = useState<Readonly<Record<string, Result>>>({});
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const focusNext = useRef(false);

  useEffect(() => {
    setAwake(true);
    // Hydrated because the reader pressed Start: take them to the first question.
    if (startOnRequest) focusNext.current = true;
  }, [startOnRequest]);

  useEffect(() => {
    if (!awake || !focusNext.current) return;
    focusNext.current = false;
    const id = items[current]?.question.id;
    if (id) document.getElementById(`q-${id}-prompt`)?.focus();
  }, [awake, current, items]);

  const headingId = `${quizId}-heading`;
  const count = items.length;

  if (!awake) {
    return (
      <section class={startOnRequest ? 'quiz on-request' : 'quiz'} aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        {startOnRequest && (
          <div class="quiz-start">
            <p>
              {count} questions, one at a time, with feedback on every answer. Hints are free until
              the last one. Your answers are saved in this browser for review.
            </p>
            <button type="button" class="button" data-hydrate>
              Start the quiz
            </button>
            <p class="quiz-loading" role="status">
              Loading the quiz…
            </p>
          </div>
        )}
        <div class="quiz-static">
          {items.map((item, index) => (
            <StaticQuestion item={item} number={index + 1} count={count} key={item.question.id} />
          ))}
        </div>
      </section>
    );
  }

  const onScored = (questionId: string, score: Score, hintsUsed: number) => {
    if (score.type !== 'points') return;
    // The first check counts: a reader who tries again learns, but the score stays honest.
    setResults((previous) =>
      questionId in previous
        ? previous
        : { ...previous, [questionId]: { earned: score.earned, total: score.total } },
    );
    const verdict = score.correct ? 'Correct.' : score.earned > 0 ? 'Partly right.' : 'Not quite.';
    const hintNote =
      hintsUsed > 0 ? ` You used ${hintsUsed === 1 ? 'one hint' : `${hintsUsed} hints`}.` : '';
    setAnnouncement(
      `${verdict} ${formatPoints(score.earned)} out of ${score.total}. ${score.feedback.map((line) => line.text).join(' ')}${hintNote}`,
    );
    // Scoring needed the runtime, so it is already here: this saves the attempt at once.
    loadScorer()
      .then((runtime) => {
        runtime.saveAttempt(questionId, score, hintsUsed);
        setNotice(runtime.progressState().notice);
      })
      .catch(() => {
        // The answer was scored; only saving it failed, and the store has already said why.
      });
  };

  const prefetch = () => {
    loadScorer()
      .then((runtime) => {
        setNotice(runtime.progressState().notice);
      })
      .catch(() => {
        // Nothing to do yet: pressing Check tries again and explains if it still fails.
      });
  };

  const answeredCount = Object.keys(results).length;
  const earned = Object.values(results).reduce((sum, r) => sum + r.earned, 0);
  const possible = items.reduce((sum, item) => sum + (results[item.question.id]?.total ?? 0), 0);
  const byTopic = summariseByTopic(items, results);
  const visible = mode === 'one-at-a-time' ? items.slice(current, current + 1) : items;

  const goTo = (index: number) => {
    focusNext.current = true;
    setCurrent(index);
  };

  return (
    <section
      class="quiz is-awake"
      aria-labelledby={headingId}
      onFocusIn={prefetch}
      onPointerDown={prefetch}
    >
      <h2 id={headingId}>{title}</h2>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p class="quiz-progress">
        {answeredCount === 0
          ? `${count} questions. Hints are free until the last one, which leads to the answer.`
          : `Answered ${answeredCount} of ${count}. First tries: ${formatPoints(earned)} out of ${possible}.`}
      </p>
      {visible.map((item) => {
        const index = items.indexOf(item);
        const hasNext = mode === 'one-at-a-time' && index < count - 1;
        return (
          <QuestionCard
            key={item.question.id}
            item={item}
            number={index + 1}
            count={count}
            onScored={onScored}
            onNext={
              hasNext
                ? () => {
                    goTo(index + 1);
                  }
                : undefined
            }
          />
        );
      })}
      {mode === 'one-at-a-time' && (
        <nav class="quiz-nav" aria-label="Questions">
          <button
            type="button"
            class="button secondary"
            disabled={current === 0}
            onClick={() => {
              goTo(current - 1);
            }}
          >
            Previous
          </button>
          <span>
            {current + 1} / {count}
          </span>
          <button
            type="button"
            class="button secondary"
            disabled={current === count - 1}
            onClick={() => {
              goTo(current + 1);
            }}
          >
            Skip
          </button>
        </nav>
      )}
      {answeredCount === count && (
        <div class="quiz-summary" role="status">
          <p>
            All done: {formatPoints(earned)} out of {possible} on first tries.
          </p>
          {byTopic.length > 0 && <TopicSummary rows={byTopic} />}
        </div>
      )}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}
