/**
 * Reads the question banks in `content/quizzes/` at build time: each YAML parsed, its figure
 * placeholders filled from the figures (src/logic/quiz/fill-figures.ts), then checked against
 * the schema. A problem names the file, the question and the field. The `quizzes` collection,
 * the GIFT and quiz-file endpoints (through the collection) and the tests all read banks here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fillFigures } from '../../logic/data/fill-figures';
import type { Figure } from '../../schemas/figure';
import { quizBankSchema, type QuizBank } from '../../schemas/quiz';
import { bankReferenceProblems } from '../../logic/quiz/references';
import { siteClaims } from '../data/claims-file';
import { loadFigures } from '../data/figures-file';
import { loadLessonFiles } from './lesson-files';

export const QUIZ_DIR = resolve(process.cwd(), 'content/quizzes');

/** A bank that cannot be read; `problems` lists what, each naming the question and field. */
export class QuizBankError extends Error {
  override readonly name = 'QuizBankError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Where a schema issue is, in words: "question tbb-2024-deficit, field hints.2". */
function issuePlace(bank: unknown, path: readonly PropertyKey[]): string {
  const [top, index, ...rest] = path;
  if (top === 'questions' && typeof index === 'number') {
    const questions =
      typeof bank === 'object' && bank !== null && 'questions' in bank ? bank.questions : [];
    const question: unknown = Array.isArray(questions) ? questions[index] : undefined;
    const id =
      typeof question === 'object' && question !== null && 'id' in question
        ? String(question.id)
        : `#${index + 1}`;
    return `question ${id}${rest.length > 0 ? `, field ${rest.map(String).join('.')}` : ''}`;
  }
  return path.length > 0 ? `field ${path.map(String).join('.')}` : 'the file';
}

/** One bank from its YAML text; `file` is its path for messages. */
export function readQuizBank(
  text: string,
  file: string,
  figures: ReadonlyMap<string, Figure>,
): QuizBank {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new QuizBankError(file, [
      `the YAML cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  const filled = fillFigures(raw, figures);
  const result = quizBankSchema.safeParse(filled.value);
  const problems = [
    ...filled.problems,
    ...(result.success
      ? []
      : result.error.issues.map((issue) => `${issuePlace(raw, issue.path)}: ${issue.message}`)),
  ];
  if (!result.success || problems.length > 0) throw new QuizBankError(file, problems);
  return result.data;
}

/** The site's figures by id, for the placeholders. */
export const figuresById = (): ReadonlyMap<string, Figure> =>
  new Map(loadFigures().map((figure) => [figure.id, figure]));

/**
 * Every bank in content/quizzes, by slug (its file name), in file-name order, with what each
 * question points at (objectives, sections, figures, claims) checked to exist.
 */
export function loadQuizBanks(): { slug: string; file: string; bank: QuizBank }[] {
  const figures = figuresById();
  const banks = readdirSync(QUIZ_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = `content/quizzes/${name}`;
      return {
        slug: name.replace(/\.yaml$/, ''),
        file,
        bank: readQuizBank(readFileSync(resolve(QUIZ_DIR, name), 'utf8'), file, figures),
      };
    });
  const problems = bankReferenceProblems(
    banks,
    loadLessonFiles().map((lesson) => ({
      slug: lesson.slug,
      objectiveIds: lesson.data.objectives.map((objective) => objective.id),
      headingIds: lesson.headingIds,
    })),
    new Set(figures.keys()),
    new Set(siteClaims().keys()),
  );
  if (problems.length > 0)
    throw new QuizBankError('the question banks in content/quizzes', problems);
  return banks;
}
