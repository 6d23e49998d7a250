/**
 * Turns questions into what the quiz island shows, at build time: the seeded order of choices or
 * items (so a printed worksheet matches the screen) and where the lesson teaches each question.
 */
import type { QuizItem } from '../islands/quiz/QuestionCard';
import { seedFromString, shuffleWithSeed } from '../logic/quiz/shuffle';
import type { Question } from '../schemas/quiz';

function idsOf(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multi':
      return question.choices.map((choice) => choice.id);
    case 'classify':
    case 'order':
      return question.items.map((item) => item.id);
    case 'numeric':
      return [];
  }
}

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
