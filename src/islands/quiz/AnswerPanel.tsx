/** The right answer with its explanation: under "Show answer", and in the no-JavaScript page. */
import type { CorrectAnswer } from '../../logic/quiz/correct-answer';

interface Props {
  answer: CorrectAnswer;
  explanation: string;
  sectionHref?: string | undefined;
}

export default function AnswerPanel({ answer, explanation, sectionHref }: Props) {
  const List = answer.ordered ? 'ol' : 'ul';
  return (
    <div class="answer-panel">
      <p class="answer-summary">
        <strong>{answer.summary}</strong>
      </p>
      {answer.lines.length > 0 && (
        <List>
          {answer.lines.map((line) => (
            <li>{line}</li>
          ))}
        </List>
      )}
      <p class="question-explanation">{explanation}</p>
      {sectionHref && (
        <p>
          <a href={sectionHref}>Review this in the lesson</a>
        </p>
      )}
    </div>
  );
}
