/** The home page's "your progress": per-lesson answers and how many reviews are due. */
import { lessonProgress, reviewCounts } from '../../logic/progress';
import { useProgress } from './useProgress';

export interface LessonRef {
  slug: string;
  title: string;
  href: string;
  questionIds: readonly string[];
}

export interface Props {
  lessons: readonly LessonRef[];
  reviewHref: string;
}

export default function ProgressSummary({ lessons, reviewHref }: Props) {
  const state = useProgress();
  if (!state) {
    return (
      <p>
        Answer a lesson's quiz and your progress will show here. It is stored only in your browser.
      </p>
    );
  }
  const ids = Object.fromEntries(lessons.map((lesson) => [lesson.slug, lesson.questionIds]));
  const summary = lessonProgress(state.progress, ids);
  const counts = reviewCounts(state.progress, new Date());
  const started = lessons.filter((lesson) => (summary[lesson.slug]?.answered ?? 0) > 0);
  return (
    <div class="progress-summary">
      {state.notice && (
        <p class="notice" role="status">
          {state.notice}
        </p>
      )}
      {started.length === 0 ? (
        <p>
          You have not answered any questions yet. Start with the first lesson; your progress is
          kept in this browser.
        </p>
      ) : (
        <ul>
          {lessons.map((lesson) => {
            const entry = summary[lesson.slug];
            if (!entry) return null;
            return (
              <li key={lesson.slug}>
                <a href={lesson.href}>{lesson.title}</a>:{' '}
                {entry.answered === 0
                  ? 'not started'
                  : `${entry.answered} of ${entry.questions} answered, ${entry.correctFirstTime} right first time`}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        {counts.due > 0 ? (
          <a class="button" href={reviewHref}>
            Review {counts.due} {counts.due === 1 ? 'question' : 'questions'} now
          </a>
        ) : (
          <>
            No reviews due. <a href={reviewHref}>About review</a>
          </>
        )}
      </p>
    </div>
  );
}
