import type { Question } from '../../schemas/quiz';

/**
 * Full marks for a question: what a right answer earns before the hint rule, by the rules in
 * content/quizzes/README.md. The scorers take their totals from here, and so do the teacher
 * pages and the tests, so a worksheet can never promise a total the quiz does not give.
 */
export function fullMarks(question: Question): number {
  switch (question.type) {
    case 'multi':
      return question.choices.filter((choice) => choice.correct).length;
    case 'classify':
      return question.items.length;
    case 'order':
      // Every pair of items counts once (see ./order/score).
      return (question.items.length * (question.items.length - 1)) / 2;
    case 'single':
    case 'numeric':
      return 1;
  }
}
