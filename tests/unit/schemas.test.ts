import { describe, expect, it } from 'vitest';
import { figureInputSchema as figureSchema } from '../../src/schemas/figure';
import { glossaryEntrySchema } from '../../src/schemas/glossary';
import { lessonSchema } from '../../src/schemas/lesson';
import { quizBankSchema } from '../../src/schemas/quiz';

/** The messages zod gives, each prefixed by the path of the field it is about. */
function problems(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return (result.error?.issues ?? []).map(
    (issue) => `${issue.path.map(String).join('.')}: ${issue.message}`,
  );
}

const goodFigure = {
  id: 'us-trade-balance-2024-first',
  label: 'U.S. goods and services trade balance, 2024',
  value: -918_416,
  unit: 'usd-millions',
  period: '2024',
  vintage: 'first published',
  source: {
    publisher: 'U.S. Census Bureau and BEA',
    title: 'U.S. International Trade in Goods and Services, December 2024',
    released: '2025-02-05',
    url: 'https://www.bea.gov/data/intl-trade-investment/international-trade-goods-and-services',
  },
};

describe('figure schema', () => {
  it('accepts a complete figure', () => {
    expect(figureSchema.safeParse(goodFigure).success).toBe(true);
  });

  it('names the field and says what is wrong', () => {
    const result = figureSchema.safeParse({
      ...goodFigure,
      id: 'Bad Id',
      period: 'last year',
      source: { ...goodFigure.source, url: 'http://example.com', released: '5 Feb 2025' },
    });
    expect(problems(result)).toEqual([
      'id: use lower-case letters, digits and single hyphens, like "trade-deficit"',
      'period: write the period as YYYY, YYYY-MM or YYYY-MM-DD',
      'source.released: write the release date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)',
      'source.url: must be an https:// address',
    ]);
  });

  it('refuses a value that is not a finite number', () => {
    const [problem] = problems(
      figureSchema.safeParse({ ...goodFigure, value: Number.POSITIVE_INFINITY }),
    );
    expect(problem).toMatch(/^value: .*Infinity/);
  });
});

describe('lesson schema', () => {
  const lesson = {
    title: 'Trade balance basics',
    description: 'What a trade deficit is.',
    order: 1,
    objectives: [{ id: 'compute-balance', text: 'Work out a balance.' }],
    reviewed: '2026-11-25',
  };

  it('accepts dates written as text or read by YAML as dates', () => {
    expect(lessonSchema.parse(lesson).reviewed).toBe('2026-11-25');
    expect(lessonSchema.parse({ ...lesson, reviewed: new Date('2026-11-25') }).reviewed).toBe(
      '2026-11-25',
    );
  });

  it('requires objectives and a short description', () => {
    expect(
      problems(lessonSchema.safeParse({ ...lesson, objectives: [], description: 'x'.repeat(201) })),
    ).toEqual([
      'description: keep the description under 200 characters',
      'objectives: list at least one learning objective',
    ]);
  });
});

describe('glossary schema', () => {
  it('requires a definition', () => {
    expect(
      problems(glossaryEntrySchema.safeParse({ id: 'tariff', term: 'tariff', definition: '  ' })),
    ).toEqual(['definition: must not be empty']);
  });
});

describe('quiz bank schema', () => {
  const question = {
    id: 'q1',
    type: 'single',
    objective: 'deficit-vs-surplus',
    prompt: 'Which is it?',
    explanation: 'Because.',
    choices: [
      { id: 'a', text: 'A deficit', correct: true, feedback: 'Yes.' },
      { id: 'b', text: 'A surplus', feedback: 'No.' },
    ],
  };

  it('accepts a well-formed bank and fills in defaults', () => {
    const bank = quizBankSchema.parse({ lesson: 'trade-balance-basics', questions: [question] });
    expect(bank.mode).toBe('one-at-a-time');
    expect(bank.questions[0]?.hints).toEqual([]);
  });

  it('names the question and field of a malformed question', () => {
    const result = quizBankSchema.safeParse({
      questions: [
        question,
        {
          ...question,
          id: 'q2',
          choices: [
            { id: 'a', text: 'A', correct: true },
            { id: 'a', text: 'B', correct: true },
          ],
        },
      ],
    });
    expect(problems(result)).toEqual([
      'questions.1.choices: a single-choice question needs exactly one correct choice, not 2',
      'questions.1.choices: the id "a" is used twice',
    ]);
  });

  it('refuses a classify item in a bucket that does not exist, and untagged questions', () => {
    const result = quizBankSchema.safeParse({
      questions: [
        {
          id: 'c1',
          type: 'classify',
          prompt: 'Sort these.',
          explanation: 'Because.',
          buckets: [
            { id: 'goods', label: 'Goods' },
            { id: 'services', label: 'Services' },
          ],
          items: [
            { id: 'car', text: 'A car', bucket: 'goods' },
            { id: 'loan', text: 'A loan', bucket: 'finance' },
          ],
        },
      ],
    });
    expect(problems(result)).toEqual([
      'questions.0.objective: say which objective or misconception the question tests',
      'questions.0.items.1.bucket: "finance" is not one of this question\'s buckets',
    ]);
  });

  it('refuses a bank with the same question id twice, or more than three hints', () => {
    expect(problems(quizBankSchema.safeParse({ questions: [question, question] }))).toEqual([
      'questions: the question id "q1" is used twice',
    ]);
    expect(
      problems(
        quizBankSchema.safeParse({ questions: [{ ...question, hints: ['1', '2', '3', '4'] }] }),
      ),
    ).toEqual(['questions.0.hints: give at most three hints']);
  });
});
