import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { bankReferenceProblems, type LessonTargets } from '../../../src/logic/quiz/references';
import { quizBankSchema, singleQuestionSchema } from '../../../src/schemas/quiz';

type QuestionInput = z.input<typeof singleQuestionSchema>;
/** What a question points at: the fields the check reads. */
type Pointers = Partial<
  Pick<QuestionInput, 'objective' | 'misconception' | 'section' | 'figures' | 'claims'>
>;

const lesson: LessonTargets = {
  slug: 'trade-balance-basics',
  objectiveIds: ['define-trade-deficit', 'read-the-latest-month'],
  headingIds: ['deficit-or-surplus', 'the-latest-month'],
};

const figureIds = new Set(['us-trade-balance-latest-month', 'us-trade-balance-2024']);
const claimIds = new Set(['deficit-every-year']);

/** A single-choice question pointing at what `extra` says, parsed with the bank's defaults. */
function question(id: string, extra: Pointers = {}): QuestionInput {
  return {
    id,
    type: 'single',
    objective: 'define-trade-deficit',
    prompt: 'Was the balance a deficit?',
    explanation: 'Imports were larger than exports.',
    choices: [
      { id: 'yes', text: 'Yes', correct: true },
      { id: 'no', text: 'No' },
    ],
    ...extra,
  };
}

/** A bank of these questions for the lesson `slug`, or a shared pool when it is null. */
function bank(questions: readonly QuestionInput[], slug: string | null = lesson.slug) {
  return quizBankSchema.parse({
    ...(slug === null ? {} : { lesson: slug }),
    questions,
  });
}

const problems = (...questions: readonly QuestionInput[]) =>
  bankReferenceProblems(
    [{ file: 'content/quizzes/trade-balance-basics.yaml', bank: bank(questions) }],
    [lesson],
    figureIds,
    claimIds,
  );

describe('bankReferenceProblems', () => {
  it('finds nothing wrong when every pointer names something that exists', () => {
    expect(
      problems(
        question('q1', {
          objective: 'read-the-latest-month',
          section: 'the-latest-month',
          figures: ['us-trade-balance-latest-month'],
          claims: ['deficit-every-year'],
        }),
        question('q2', { objective: undefined, misconception: 'a deficit is money lost' }),
      ),
    ).toEqual([]);
  });

  it('names the file, question and field of an objective the lesson does not have', () => {
    expect(problems(question('q1', { objective: 'define-surplus' }))).toEqual([
      'content/quizzes/trade-balance-basics.yaml, question q1, field objective: "define-surplus" is not an objective of the lesson trade-balance-basics (it has define-trade-deficit, read-the-latest-month)',
    ]);
  });

  it('names a section that is not one of the lesson’s headings', () => {
    expect(problems(question('q1', { section: 'the-latest-year' }))).toEqual([
      'content/quizzes/trade-balance-basics.yaml, question q1, field section: "the-latest-year" is not a heading of the lesson trade-balance-basics',
    ]);
  });

  it('names each figure and claim that the data files do not have', () => {
    expect(
      problems(
        question('q1', {
          figures: ['us-trade-balance-2024', 'us-trade-balance-1066'],
          claims: ['deficit-some-years'],
        }),
      ),
    ).toEqual([
      'content/quizzes/trade-balance-basics.yaml, question q1, field figures: "us-trade-balance-1066" is not in content/data/figures.yaml',
      'content/quizzes/trade-balance-basics.yaml, question q1, field claims: "deficit-some-years" is not in content/data/claims.yaml',
    ]);
  });

  it('reports every problem of every question, in order', () => {
    expect(
      problems(
        question('q1', { objective: 'nope', section: 'nowhere' }),
        question('q2'),
        question('q3', { figures: ['gone'] }),
      ).map((problem) => problem.split(':')[0]),
    ).toEqual([
      'content/quizzes/trade-balance-basics.yaml, question q1, field objective',
      'content/quizzes/trade-balance-basics.yaml, question q1, field section',
      'content/quizzes/trade-balance-basics.yaml, question q3, field figures',
    ]);
  });

  it('names a lesson that does not exist, and checks the figures of its questions still', () => {
    expect(
      bankReferenceProblems(
        [
          {
            file: 'content/quizzes/old.yaml',
            bank: bank(
              [question('q1', { objective: 'anything', figures: ['gone'] })],
              'old-lesson',
            ),
          },
        ],
        [lesson],
        figureIds,
        claimIds,
      ),
    ).toEqual([
      'content/quizzes/old.yaml, field lesson: there is no lesson "old-lesson" in content/lessons',
      'content/quizzes/old.yaml, question q1, field figures: "gone" is not in content/data/figures.yaml',
    ]);
  });

  it('checks a shared pool, which has no lesson, for figures and claims only', () => {
    expect(
      bankReferenceProblems(
        [
          {
            file: 'content/quizzes/pool.yaml',
            bank: bank(
              [question('q1', { objective: 'anything', section: 'anywhere', claims: ['gone'] })],
              null,
            ),
          },
        ],
        [lesson],
        figureIds,
        claimIds,
      ),
    ).toEqual([
      'content/quizzes/pool.yaml, question q1, field claims: "gone" is not in content/data/claims.yaml',
    ]);
  });

  it('checks each bank against its own lesson', () => {
    const other: LessonTargets = {
      slug: 'goods-and-services',
      objectiveIds: ['split-goods-services'],
      headingIds: ['the-goods-deficit'],
    };
    expect(
      bankReferenceProblems(
        [
          {
            file: 'content/quizzes/goods-and-services.yaml',
            bank: bank(
              [question('g1', { objective: 'define-trade-deficit' })],
              'goods-and-services',
            ),
          },
        ],
        [lesson, other],
        figureIds,
        claimIds,
      ),
    ).toEqual([
      'content/quizzes/goods-and-services.yaml, question g1, field objective: "define-trade-deficit" is not an objective of the lesson goods-and-services (it has split-goods-services)',
    ]);
  });
});
