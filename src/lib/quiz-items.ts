/**
 * Turns questions into what the quiz island shows, at build time: the seeded order of choices or
 * items (so a printed worksheet matches the screen) and where the lesson teaches each question.
 * The same items go into a quiz's no-JavaScript questions and into its questions file, so the two
 * always agree.
 */
import { idsOf, QUIZ_FILE_VERSION, type QuizFile, type QuizItem } from '../logic/quiz/quiz-file';
import { drawQuestions, seedFromString, shuffleWithSeed } from '../logic/quiz/shuffle';
import type { Question, QuizBank } from '../schemas/quiz';
import { url } from './url';

/** The seeded display order of a question's choices or items. */
export function displayOrder(question: Question, quizId: string): string[] {
  const ids = idsOf(question);
  const shuffled = shuffleWithSeed(ids, seedFromString(`${quizId}:${question.id}`));
  // An order question must not start already solved.
  if (question.type === 'order' && shuffled.every((id, index) => id === ids[index]))
    return [...ids].reverse();
  return shuffled;
}

export interface ItemOptions {
  /** The lesson page's address ('' when the quiz is on the lesson page itself). */
  lessonHref: string;
  /** The lesson, for quizzes drawn from several. */
  topic?: { title: string; href: string };
}

export function quizItem(question: Question, quizId: string, options: ItemOptions): QuizItem {
  return {
    question,
    displayOrder: displayOrder(question, quizId),
    ...(question.section ? { sectionHref: `${options.lessonHref}#${question.section}` } : {}),
    ...(options.topic ? { topic: options.topic } : {}),
  };
}

/** The address of a quiz's questions file (src/pages/quizzes/[id].json.ts). */
export function questionsUrl(quizId: string): string {
  return url(`/quizzes/${quizId}.json`);
}

/** A lesson as a link; a question with no lesson (a shared pool's) belongs to the home page. */
export function lessonTopic(
  lesson: string | undefined,
  lessonTitles: ReadonlyMap<string, string>,
): { title: string; href: string } {
  return {
    title: (lesson && lessonTitles.get(lesson)) ?? 'General',
    href: lesson ? url(`/lessons/${lesson}/`) : url('/'),
  };
}

/** A bank's items as its lesson page shows them: section links are fragments of that page. */
export function bankItems(bankId: string, bank: QuizBank): QuizItem[] {
  return bank.questions.map((question) => quizItem(question, bankId, { lessonHref: '' }));
}

/** A bank's questions file. */
export function bankQuizFile(
  bankId: string,
  bank: QuizBank,
  lessonTitles: ReadonlyMap<string, string>,
): QuizFile {
  return {
    version: QUIZ_FILE_VERSION,
    quizId: bankId,
    topic: lessonTopic(bank.lesson, lessonTitles),
    items: bankItems(bankId, bank),
  };
}

/** The cumulative check on /quiz/: the same draw for everyone, so a class can compare notes. */
export const CUMULATIVE_QUIZ_ID = 'cumulative-check';
const CUMULATIVE_QUESTION_COUNT = 16;

/** The cumulative check's items, drawn from every bank (in the order the banks are given). */
export function cumulativeItems(
  banks: readonly QuizBank[],
  lessonTitles: ReadonlyMap<string, string>,
): QuizItem[] {
  const drawn = drawQuestions(banks, CUMULATIVE_QUESTION_COUNT, seedFromString(CUMULATIVE_QUIZ_ID));
  return drawn.map(({ lesson, question }) => {
    const topic = lessonTopic(lesson, lessonTitles);
    return quizItem(question, CUMULATIVE_QUIZ_ID, { lessonHref: topic.href, topic });
  });
}

/** The cumulative check's questions file. */
export function cumulativeQuizFile(
  banks: readonly QuizBank[],
  lessonTitles: ReadonlyMap<string, string>,
): QuizFile {
  return {
    version: QUIZ_FILE_VERSION,
    quizId: CUMULATIVE_QUIZ_ID,
    items: cumulativeItems(banks, lessonTitles),
  };
}
