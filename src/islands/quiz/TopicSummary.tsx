/** The end of a quiz drawn from several lessons: first-try points per lesson, and where to go back. */
import { formatPoints } from '../../logic/quiz/points';
import type { QuizItem } from './QuestionCard';

export interface TopicRow {
  title: string;
  href: string;
  earned: number;
  total: number;
}

/** Adds up first-try results per lesson, in the order lessons first appear in the quiz. */
export function summariseByTopic(
  items: readonly QuizItem[],
  results: Readonly<Record<string, { earned: number; total: number }>>,
): TopicRow[] {
  const rows: TopicRow[] = [];
  for (const item of items) {
    const result = results[item.question.id];
    if (!item.topic || !result) continue;
    let row = rows.find((candidate) => candidate.href === item.topic?.href);
    if (!row) {
      row = { title: item.topic.title, href: item.topic.href, earned: 0, total: 0 };
      rows.push(row);
    }
    row.earned += result.earned;
    row.total += result.total;
  }
  return rows;
}

export default function TopicSummary({ rows }: { rows: readonly TopicRow[] }) {
  const revisit = rows.filter((row) => row.earned < row.total);
  return (
    <>
      <table class="topic-summary">
        <caption>Your first tries, by lesson</caption>
        <thead>
          <tr>
            <th scope="col">Lesson</th>
            <th scope="col" class="num">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.href}>
              <th scope="row">
                <a href={row.href}>{row.title}</a>
              </th>
              <td class="num">
                {formatPoints(row.earned)} of {row.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {revisit.length === 0
          ? 'Full marks in every lesson. Well done.'
          : `Worth revisiting: ${revisit.map((row) => row.title).join(', ')}. The lesson links above take you there.`}
      </p>
    </>
  );
}
