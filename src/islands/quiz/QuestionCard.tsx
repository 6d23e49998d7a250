/**
 * One question: its controls, hints, Check / Try again / Show answer, and the scorer's feedback.
 * The card never judges an answer itself; it asks src/logic/quiz and shows what it says.
 */
import { useState } from 'preact/hooks';
import { correctAnswer } from '../../logic/quiz/correct-answer';
import { formatPoints } from '../../logic/quiz/points';
import type { QuizItem } from '../../logic/quiz/quiz-file';
import type { QuizResponse, Score } from '../../logic/quiz/types';
import { verdictOf } from '../../logic/quiz/verdict';
import AnswerPanel from './AnswerPanel';
import { loadScorer } from './load-scorer';
import ResponseControls, { emptyResponse } from './ResponseControls';

export type { QuizItem };

interface Props {
  item: QuizItem;
  number: number;
  count: number;
  /** Called once per check with the score, so the quiz can announce it and keep progress. */
  onScored: (questionId: string, score: Score, hintsUsed: number) => void;
  /** Moves focus to the next question, when there is one. */
  onNext?: (() => void) | undefined;
}

export default function QuestionCard({ item, number, count, onScored, onNext }: Props) {
  const { question } = item;
  const [response, setResponse] = useState<QuizResponse>(() =>
    emptyResponse(question, item.displayOrder),
  );
  const [score, setScore] = useState<Score | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [hintsShown, setHintsShown] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const idBase = `q-${question.id}`;
  const answered = score?.type === 'points';
  const locked = answered || revealed;

  const check = async () => {
    let scorer;
    try {
      scorer = await loadScorer();
    } catch {
      setMessage(
        'The quiz could not load its marking code. Check your connection and press Check again.',
      );
      return;
    }
    // One call: an answer that is not complete yet comes back invalid, with what to fix.
    const result = scorer.scoreResponse(question, response, { hintsUsed: hintsShown });
    if (result.type === 'invalid') {
      setMessage(result.message);
      return;
    }
    setMessage(null);
    setScore(result);
    onScored(question.id, result, hintsShown);
  };

  const tryAgain = () => {
    setScore(null);
    setMessage(null);
  };

  const showAnswer = () => {
    setRevealed(true);
  };

  const answer = correctAnswer(question);
  const verdict = score?.type === 'points' ? verdictOf(score) : null;

  return (
    <article class="question" aria-labelledby={`${idBase}-prompt`} id={idBase}>
      <p class="question-number">
        Question {number} of {count}
      </p>
      <h3 class="question-prompt" id={`${idBase}-prompt`} tabIndex={-1}>
        {question.prompt}
      </h3>
      <form
        class="question-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!locked) void check();
        }}
      >
        <ResponseControls
          question={question}
          idBase={idBase}
          displayOrder={item.displayOrder}
          response={response}
          disabled={locked}
          invalidMessage={message}
          onChange={(next) => {
            setResponse(next);
            setMessage(null);
          }}
        />
        {question.hints.length > 0 && hintsShown > 0 && (
          <ol class="question-hints" aria-label="Hints">
            {question.hints.slice(0, hintsShown).map((hint) => (
              <li>{hint}</li>
            ))}
          </ol>
        )}
        <div class="question-actions">
          {!locked && (
            <button type="submit" class="button">
              Check
            </button>
          )}
          {!locked && hintsShown < question.hints.length && (
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setHintsShown(hintsShown + 1);
              }}
            >
              {hintsShown === question.hints.length - 1 ? 'Final hint' : 'Hint'} ({hintsShown + 1}{' '}
              of {question.hints.length})
            </button>
          )}
          {answered && !score.correct && !revealed && (
            <button type="button" class="button secondary" onClick={tryAgain}>
              Try again
            </button>
          )}
          {!revealed && (answered || hintsShown > 0 || message !== null) && (
            <button type="button" class="button secondary" onClick={showAnswer}>
              Show answer
            </button>
          )}
          {onNext && (answered || revealed) && (
            <button type="button" class="button secondary" onClick={onNext}>
              Next question
            </button>
          )}
        </div>
      </form>
      {answered && verdict && (
        <div class={`question-feedback is-${verdict.tone}`}>
          <p class="feedback-verdict">
            <strong>{verdict.text}</strong> You earned {formatPoints(score.earned)} out of{' '}
            {score.total}.
          </p>
          <ul class="feedback-lines">
            {score.feedback.map((line) => (
              <li class={`tone-${line.tone}`}>{line.text}</li>
            ))}
          </ul>
          {score.correct && <p class="question-explanation">{question.explanation}</p>}
          {item.sectionHref && (
            <p>
              <a href={item.sectionHref}>Review this in the lesson</a>
            </p>
          )}
        </div>
      )}
      {revealed && (
        <AnswerPanel
          answer={answer}
          explanation={question.explanation}
          sectionHref={item.sectionHref}
        />
      )}
    </article>
  );
}
