/**
 * A quiz over one bank (or a draw from several). Its questions are not in its props: once awake it
 * fetches them from its questions file (/quizzes/<id>.json), so the page's HTML does not carry
 * every question, answer and explanation twice. Before that, and for readers without JavaScript,
 * its children show every question with its answer behind a closed <details>; if the questions
 * cannot be loaded, the reader is told why, can try again, and gets those static questions back.
 * Once loaded, each question can be answered, checked, retried and revealed, and results are
 * announced politely.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Score } from '../../logic/quiz/types';
import { formatPoints } from '../../logic/quiz/points';
import { verdictOf } from '../../logic/quiz/verdict';
import { loadScorer } from './load-scorer';
import QuestionCard, { type QuizItem } from './QuestionCard';
import TopicSummary, { summariseByTopic } from './TopicSummary';
import { useQuizFile, type QuizFileStage } from './useQuizFile';

export interface Props {
  quizId: string;
  title: string;
  mode: 'one-at-a-time' | 'all-at-once';
  /** How many questions the quiz has, for the text beside the Start button. */
  count: number;
  /** The address of the quiz's questions file. */
  questionsUrl: string;
  /**
   * The island hydrates only when the reader presses "Start the quiz" (`client:request`). Until
   * then readers with JavaScript see that button, and readers without it see the static questions.
   */
  startOnRequest?: boolean;
  /** Every question as static HTML, answers behind a closed <details> (server-rendered). */
  children?: ComponentChildren;
}

interface Result {
  earned: number;
  total: number;
}

export default function Quiz({
  quizId,
  title,
  mode,
  count,
  questionsUrl,
  startOnRequest = false,
  children,
}: Props) {
  const { stage, retry } = useQuizFile(questionsUrl, quizId);
  const headingId = `${quizId}-heading`;
  if (stage.kind !== 'ready') {
    return (
      <QuizWaiting
        headingId={headingId}
        title={title}
        count={count}
        stage={stage}
        startOnRequest={startOnRequest}
        onRetry={retry}
      >
        {children}
      </QuizWaiting>
    );
  }
  return (
    <QuizQuestions
      headingId={headingId}
      title={title}
      mode={mode}
      items={stage.items}
      // Focus goes to the first question only when the reader asked for the quiz, by pressing
      // Start or Try again; a quiz that woke because it scrolled into view takes no focus.
      takeFocus={startOnRequest || stage.retried}
    />
  );
}

interface WaitingProps {
  headingId: string;
  title: string;
  count: number;
  stage: Exclude<QuizFileStage, { kind: 'ready' }>;
  startOnRequest: boolean;
  onRetry: () => void;
  children?: ComponentChildren;
}

/** The quiz before its questions are here: Start, then "Loading", or why they did not come. */
function QuizWaiting({
  headingId,
  title,
  count,
  stage,
  startOnRequest,
  onRetry,
  children,
}: WaitingProps) {
  const loading = stage.kind === 'loading';
  const failure =
    stage.kind === 'failed' ? stage.message : stage.kind === 'loading' ? stage.failure : null;
  const retryButton = useRef<HTMLButtonElement>(null);
  const failed = failure !== null;

  useEffect(() => {
    // The Start button the reader pressed is gone: put them on the way forward. A quiz that
    // started by itself (scrolled into view) leaves focus where the reader has it.
    if (failed && startOnRequest) retryButton.current?.focus();
  }, [failed, startOnRequest]);

  const classes = ['quiz'];
  // Until it fails, a lesson quiz shows Start instead of the static questions (see quiz.css).
  if (startOnRequest && !failed) classes.push('on-request');
  if (loading) classes.push('is-loading');
  const status = (
    <p class="quiz-loading" role="status">
      Loading the quiz…
    </p>
  );
  return (
    <section class={classes.join(' ')} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {failed ? (
        <div class="quiz-start quiz-failed">
          <p role="alert">
            <strong>The quiz could not start.</strong> {failure}
          </p>
          <p>Every question is below, with its answer behind “Show the answer”.</p>
          <button
            type="button"
            class="button"
            ref={retryButton}
            // Not `disabled` while trying again: a disabled button drops the keyboard focus.
            aria-disabled={loading ? 'true' : undefined}
            onClick={() => {
              if (!loading) onRetry();
            }}
          >
            Try again
          </button>
          {status}
        </div>
      ) : startOnRequest ? (
        <div class="quiz-start">
          <p>
            {count} questions, one at a time, with feedback on every answer. Hints are free until
            the last one. Your answers are saved in this browser for review.
          </p>
          <button type="button" class="button" data-hydrate>
            Start the quiz
          </button>
          {status}
        </div>
      ) : (
        status
      )}
      <div class="quiz-static">{children}</div>
    </section>
  );
}

interface QuestionsProps {
  headingId: string;
  title: string;
  mode: Props['mode'];
  items: readonly QuizItem[];
  takeFocus: boolean;
}

/** The quiz itself, once its questions are here. */
function QuizQuestions({ headingId, title, mode, items, takeFocus }: QuestionsProps) {
  const [current, setCurrent] = useState(0);
  const [results, setResults] = useState<Readonly<Record<string, Result>>>({});
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const focusNext = useRef(takeFocus);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    const id = items[current]?.question.id;
    if (id) document.getElementById(`q-${id}-prompt`)?.focus();
  }, [current, items]);

  const count = items.length;

  const onScored = (questionId: string, score: Score, hintsUsed: number) => {
    if (score.type !== 'points') return;
    // The first check counts: a reader who tries again learns, but the score stays honest.
    setResults((previous) =>
      questionId in previous
        ? previous
        : { ...previous, [questionId]: { earned: score.earned, total: score.total } },
    );
    const verdict = verdictOf(score).text;
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
