/**
 * A question as plain HTML, for readers without JavaScript, for the first paint before the quiz
 * wakes up, and for a quiz whose questions could not be loaded: the choices are listed and the
 * answer waits behind a closed <details>. Rendered only on the server (src/components/
 * StaticQuestions.astro), as the quiz island's children.
 */
import { correctAnswer } from '../../logic/quiz/correct-answer';
import AnswerPanel from './AnswerPanel';
import type { QuizItem } from './QuestionCard';

interface Props {
  item: QuizItem;
  number: number;
  count: number;
}

function byOrder<T extends { id: string }>(things: readonly T[], order: readonly string[]): T[] {
  return [...things].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export default function StaticQuestion({ item, number, count }: Props) {
  const { question } = item;
  return (
    <article class="question" aria-labelledby={`q-${question.id}-prompt`}>
      <p class="question-number">
        Question {number} of {count}
      </p>
      <h3 class="question-prompt" id={`q-${question.id}-prompt`}>
        {question.prompt}
      </h3>
      {(question.type === 'single' || question.type === 'multi') && (
        <>
          {question.type === 'multi' && <p class="choices-note">Choose all that apply.</p>}
          <ul class="static-choices">
            {byOrder(question.choices, item.displayOrder).map((choice) => (
              <li>{choice.text}</li>
            ))}
          </ul>
        </>
      )}
      {question.type === 'numeric' && (
        <p class="choices-note">
          Work out the number{question.suffix ? ` (in ${question.suffix})` : ''}, then open the
          answer.
        </p>
      )}
      {question.type === 'classify' && (
        <>
          <p class="choices-note">
            Groups: {question.buckets.map((bucket) => bucket.label).join(', ')}.
          </p>
          <ul class="static-choices">
            {byOrder(question.items, item.displayOrder).map((entry) => (
              <li>{entry.text}</li>
            ))}
          </ul>
        </>
      )}
      {question.type === 'order' && (
        <>
          <p class="choices-note">
            Put these in order, {question.firstLabel} first and {question.lastLabel} last.
          </p>
          <ul class="static-choices">
            {byOrder(question.items, item.displayOrder).map((entry) => (
              <li>{entry.text}</li>
            ))}
          </ul>
        </>
      )}
      <details class="static-answer">
        <summary>Show the answer</summary>
        <AnswerPanel
          answer={correctAnswer(question)}
          explanation={question.explanation}
          sectionHref={item.sectionHref}
        />
      </details>
    </article>
  );
}
