/**
 * Questions files and review banks for tests, built the way the site builds them: a bank's
 * items in their seeded order, section links as fragments of the lesson page.
 */
import { quizItem } from '../../../src/lib/quiz-items';
import { QUIZ_FILE_VERSION, type QuizFile } from '../../../src/logic/quiz/quiz-file';
import type { ReviewBank } from '../../../src/logic/quiz/review-items';
import type { Question } from '../../../src/schemas/quiz';

/** The questions file of bank `id`, whose lesson is "Lesson <id>" at /lessons/<id>/. */
export function bankFile(id: string, questions: readonly Question[]): QuizFile {
  return {
    version: QUIZ_FILE_VERSION,
    quizId: id,
    topic: { title: `Lesson ${id}`, href: `/lessons/${id}/` },
    items: questions.map((question) => quizItem(question, id, { lessonHref: '' })),
  };
}

/** Bank `id` as the review page knows it before fetching. */
export function reviewBank(id: string, questions: readonly Question[]): ReviewBank {
  return {
    id,
    title: `Lesson ${id}`,
    questionsUrl: `/quizzes/${id}.json`,
    questionIds: questions.map((question) => question.id),
  };
}
