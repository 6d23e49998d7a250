/**
 * What the teacher pages share at build time: each lesson with its question bank, questions in
 * the seeded order the lesson's quiz shows, and the scoring rule for each question in words.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { formatMoney } from '../logic/money';
import { fullMarks } from '../logic/quiz/full-marks';
import { formatPoints } from '../logic/quiz/points';
import type { Question, QuizBank } from '../schemas/quiz';
import { lessonsInOrder } from './lessons';
import { displayOrder } from './quiz-items';

/** A type, not an interface, so that it can be getStaticPaths props (an index-signature type). */
export type TeachLesson = {
  readonly lesson: CollectionEntry<'lessons'>;
  /** The lesson's place in the course, from 1. */
  readonly number: number;
  readonly bank: QuizBank;
};

/** Every lesson that has a question bank, in course order. */
export async function teachLessons(): Promise<TeachLesson[]> {
  const lessons = await lessonsInOrder();
  const withBanks = await Promise.all(
    lessons.map(async (lesson, index) => {
      const entry = await getEntry('quizzes', lesson.id);
      return entry ? { lesson, number: index + 1, bank: entry.data } : null;
    }),
  );
  return withBanks.filter((entry): entry is TeachLesson => entry !== null);
}

/** Letters for choices on paper: A, B, C… */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * A question's choices or items in the order the lesson's quiz shows them (the quiz id is the
 * lesson's slug), so a printed worksheet and a shared quiz link agree.
 */
export function inQuizOrder<T extends { readonly id: string }>(
  things: readonly T[],
  question: Question,
  lessonSlug: string,
): T[] {
  const order = displayOrder(question, lessonSlug);
  return [...things].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

function toleranceText(question: Question & { type: 'numeric' }): string {
  const { tolerance } = question;
  if ('relative' in tolerance) {
    const percent = Math.round(tolerance.relative * 100 * 1000) / 1000;
    return percent === 0 ? 'exactly right' : `within ${percent}% of the answer`;
  }
  if (tolerance.absolute === 0) return 'exactly right';
  if (question.answerKind === 'percent') {
    const points = tolerance.absolute;
    return `within ${points} percentage ${points === 1 ? 'point' : 'points'} of the answer`;
  }
  return `within ${formatMoney(tolerance.absolute, { decimals: 3 })} of the answer`;
}

/** How the quiz scores this question, in a sentence a teacher can mark by. */
export function pointsRule(question: Question): string {
  const total = formatPoints(fullMarks(question));
  switch (question.type) {
    case 'single':
      return '1 point for the right choice.';
    case 'multi':
      return `1 point for each right choice ticked, minus 1 for each wrong one ticked, never below 0. Full marks: ${total}.`;
    case 'numeric':
      return `1 point for an answer ${toleranceText(question)}.`;
    case 'classify':
      return `1 point for each item in its right group. Full marks: ${total}.`;
    case 'order':
      return `1 point for each pair of items in the right order relative to each other. Full marks: ${total}.`;
  }
}
