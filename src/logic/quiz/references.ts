/**
 * What a question bank points at must exist: each question's objective among its lesson's
 * objectives, its section among the lesson's headings, its figures in the figures file and its
 * claims in the claims file. The build reads every bank through this check, so a wrong pointer
 * stops it with the file, the question and the field named, instead of shipping a broken link.
 */
import type { QuizBank } from '../../schemas/quiz';

/** What a bank may point at in its lesson. */
export interface LessonTargets {
  readonly slug: string;
  readonly objectiveIds: readonly string[];
  readonly headingIds: readonly string[];
}

export interface BankTargets {
  readonly file: string;
  readonly bank: QuizBank;
}

/** Every broken pointer, as "content/quizzes/x.yaml, question q, field f: …". */
export function bankReferenceProblems(
  banks: readonly BankTargets[],
  lessons: readonly LessonTargets[],
  figureIds: ReadonlySet<string>,
  claimIds: ReadonlySet<string>,
): string[] {
  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  return banks.flatMap(({ file, bank }) => {
    const lesson = bank.lesson === undefined ? undefined : bySlug.get(bank.lesson);
    const problems: string[] = [];
    if (bank.lesson !== undefined && !lesson) {
      problems.push(
        `${file}, field lesson: there is no lesson "${bank.lesson}" in content/lessons`,
      );
    }
    for (const question of bank.questions) {
      const at = (field: string) => `${file}, question ${question.id}, field ${field}`;
      if (
        question.objective !== undefined &&
        lesson &&
        !lesson.objectiveIds.includes(question.objective)
      ) {
        problems.push(
          `${at('objective')}: "${question.objective}" is not an objective of the lesson ${lesson.slug} (it has ${lesson.objectiveIds.join(', ')})`,
        );
      }
      if (
        question.section !== undefined &&
        lesson &&
        !lesson.headingIds.includes(question.section)
      ) {
        problems.push(
          `${at('section')}: "${question.section}" is not a heading of the lesson ${lesson.slug}`,
        );
      }
      for (const figure of question.figures) {
        if (!figureIds.has(figure)) {
          problems.push(`${at('figures')}: "${figure}" is not in content/data/figures.yaml`);
        }
      }
      for (const claim of question.claims) {
        if (!claimIds.has(claim)) {
          problems.push(`${at('claims')}: "${claim}" is not in content/data/claims.yaml`);
        }
      }
    }
    return problems;
  });
}
