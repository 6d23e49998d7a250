/**
 * The questions file a quiz fetches: a good file reads back exactly as written, and each way a
 * response can go wrong (an error status, an HTML page, broken JSON, another layout version,
 * another quiz's file, a damaged question) gets one sentence naming it, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizItem } from '../../../src/lib/quiz-items';
import { isArray, isRecord } from '../../../src/logic/guards';
import {
  parseQuizFile,
  QUIZ_FILE_VERSION,
  readQuizFile,
  type QuizFile,
  type QuizFileResult,
} from '../../../src/logic/quiz/quiz-file';
import type { Question } from '../../../src/schemas/quiz';
import { questionArb } from './question-arbitraries';
import {
  allQuestions,
  classifyGoodsOrServices,
  numericDeficit2024,
  singleDeficitMeaning,
} from './questions.testdata';

const QUIZ = 'a-quiz';

function fileOf(questions: readonly Question[], quizId = QUIZ): QuizFile {
  return {
    version: QUIZ_FILE_VERSION,
    quizId,
    topic: { title: 'A lesson', href: '/lessons/a-lesson/' },
    items: questions.map((question) =>
      quizItem(question, quizId, {
        lessonHref: '',
        topic: { title: 'A lesson', href: '/lessons/a-lesson/' },
      }),
    ),
  };
}

const good = fileOf([singleDeficitMeaning, { ...numericDeficit2024, section: 'the-numbers' }]);

/** Every path to a field or list entry inside a JSON value. */
function pathsIn(value: unknown, path: readonly string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    [...path, key],
    ...pathsIn(inner, [...path, key]),
  ]);
}

/** A copy of a JSON value with the field or entry at `path` replaced. */
function replaceAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  if (isArray(value))
    return value.map((inner, index) =>
      String(index) === key ? replaceAt(inner, rest, replacement) : inner,
    );
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => [
      name,
      name === key ? replaceAt(inner, rest, replacement) : inner,
    ]),
  );
}

/** The message of a refused file; fails the test if the file was accepted. */
function messageOf(result: QuizFileResult): string {
  expect(result.ok, 'the file should be refused').toBe(false);
  return result.ok ? '' : result.message;
}

/** The good file with one field of its first question changed (undefined removes it). */
function withQuestion(change: Record<string, unknown>, index = 0): unknown {
  return {
    ...good,
    items: good.items.map((item, at) =>
      at === index ? { ...item, question: { ...item.question, ...change } } : item,
    ),
  };
}

/** The good file with one field of its first item changed. */
function withItem(change: Record<string, unknown>): unknown {
  return {
    ...good,
    items: good.items.map((item, at) => (at === 0 ? { ...item, ...change } : item)),
  };
}

describe('a good file', () => {
  it('reads back exactly as the build wrote it', () => {
    const file = fileOf(allQuestions);
    const result = readQuizFile(200, JSON.stringify(file), QUIZ);
    expect(result).toStrictEqual({ ok: true, file });
  });

  it('reads back any valid question of any type', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(questionArb, { minLength: 1, maxLength: 4, selector: (q) => q.id }),
        (questions) => {
          const file = fileOf(questions);
          expect(readQuizFile(200, JSON.stringify(file), QUIZ)).toStrictEqual({ ok: true, file });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps only the fields it knows, and a file without a topic has none', () => {
    const noTopic: QuizFile = { version: good.version, quizId: good.quizId, items: good.items };
    const extra = { ...noTopic, extra: 1, items: good.items.map((item) => ({ ...item, more: 2 })) };
    const result = parseQuizFile(extra, QUIZ);
    expect(result).toStrictEqual({ ok: true, file: noTopic });
  });

  it('does not read fields from a polluted prototype', () => {
    const text = JSON.stringify(good).replace('"version":1', '"__proto__":{"version":1}');
    expect(messageOf(readQuizFile(200, text, QUIZ))).toMatch(/no layout version/);
  });
});

describe('a response that is not the file', () => {
  it('names an error status, with its number', () => {
    expect(messageOf(readQuizFile(404, 'Not found', QUIZ))).toBe(
      'The server does not have these questions (error 404).',
    );
    expect(messageOf(readQuizFile(500, '', QUIZ))).toBe(
      'The server could not send the questions (error 500).',
    );
    expect(messageOf(readQuizFile(304, JSON.stringify(good), QUIZ))).toMatch(/error 304/);
  });

  it('names an HTML page sent in its place', () => {
    for (const page of ['<!DOCTYPE html><html><p>Welcome', '\n  <html>', '<?xml version="1.0"?>'])
      expect(messageOf(readQuizFile(200, page, QUIZ))).toBe(
        'The server sent a web page instead of the questions.',
      );
  });

  it('names a file that is not JSON or is cut short', () => {
    const whole = JSON.stringify(good);
    for (const text of ['', 'questions', whole.slice(0, whole.length / 2), `${whole}}`])
      expect(messageOf(readQuizFile(200, text, QUIZ))).toMatch(/cut short or is not JSON/);
  });

  it('names JSON that is not a quiz file at all', () => {
    for (const text of ['null', '[]', '"quiz"', '42', 'true'])
      expect(messageOf(readQuizFile(200, text, QUIZ))).toBe(
        'The questions arrived damaged: the file is not a quiz file.',
      );
  });

  it('names a file of another layout version, and says what fixes it', () => {
    expect(messageOf(parseQuizFile({ ...good, version: 2 }, QUIZ))).toBe(
      'The questions are in a newer or older layout (version 2) than this page reads (version 1). Reloading the page should fix this.',
    );
    expect(messageOf(parseQuizFile({ ...good, version: '1' }, QUIZ))).toMatch(/no layout version/);
    expect(messageOf(parseQuizFile({ ...good, version: undefined }, QUIZ))).toMatch(
      /no layout version/,
    );
  });

  it('names another quiz’s file', () => {
    expect(messageOf(parseQuizFile(good, 'another-quiz'))).toBe(
      'The server sent the questions of another quiz (“a-quiz”) instead of this one.',
    );
    expect(messageOf(parseQuizFile({ ...good, quizId: '<b>x</b>' }, QUIZ))).toBe(
      'The questions file does not say which quiz it belongs to.',
    );
  });
});

describe('a file of the wrong shape', () => {
  const damaged: Array<[string, unknown, RegExp]> = [
    ['no items', { ...good, items: [] }, /the file has no list of 1 or more “items”/],
    ['items not a list', { ...good, items: {} }, /“items”/],
    ['an item that is not an object', { ...good, items: [7] }, /question 1 is not an object/],
    ['no question', withItem({ question: undefined }), /question 1 is not an object/],
    [
      'no prompt',
      withQuestion({ prompt: undefined }),
      /question 1 \(“what-a-trade-deficit-is”\) has no “prompt” text/,
    ],
    ['a blank explanation', withQuestion({ explanation: '  ' }), /has no “explanation” text/],
    [
      'an id that is not a slug',
      withQuestion({ id: 'Not A Slug' }),
      /question 1 has no valid “id”/,
    ],
    ['an unknown type', withQuestion({ type: 'essay' }), /has no valid “type”/],
    [
      'neither objective nor misconception',
      withQuestion({ objective: undefined }),
      /neither which objective nor which misconception/,
    ],
    ['four hints', withQuestion({ hints: ['a', 'b', 'c', 'd'] }), /no list of 0 to 3 “hints”/],
    ['an empty hint', withQuestion({ hints: [''] }), /hint 1 is empty/],
    ['a bad figure id', withQuestion({ figures: [3] }), /lists a figure without a valid id/],
    [
      'one choice',
      withQuestion({ choices: [{ id: 'a', text: 'A', correct: true }] }),
      /no list of 2 or more “choices”/,
    ],
    [
      'a choice without text',
      withQuestion({
        choices: [
          { id: 'a', correct: true },
          { id: 'b', text: 'B', correct: false },
        ],
      }),
      /choice 1 has no “text” text/,
    ],
    [
      'a choice with no verdict',
      withQuestion({
        choices: [
          { id: 'a', text: 'A', correct: 'yes' },
          { id: 'b', text: 'B', correct: false },
        ],
      }),
      /choice 1 does not say whether it is correct/,
    ],
    [
      'two right answers to a single question',
      withQuestion({
        choices: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: true },
        ],
      }),
      /has 2 correct choices/,
    ],
    [
      'a repeated choice id',
      withQuestion({
        choices: [
          { id: 'a', text: 'A', correct: true },
          { id: 'a', text: 'B', correct: false },
        ],
      }),
      /uses the id “a” twice in “choices”/,
    ],
    [
      'a display order that lost a choice',
      withItem({ displayOrder: good.items[0]?.displayOrder.slice(1) }),
      /display order that does not match its choices/,
    ],
    [
      'a display order with a stranger',
      withItem({ displayOrder: [...(good.items[0]?.displayOrder.slice(1) ?? []), 'zzz'] }),
      /display order/,
    ],
    [
      'a link off the site',
      withItem({ sectionHref: 'javascript:alert(1)' }),
      /link that does not stay on this site/,
    ],
    [
      'a protocol-relative link',
      withItem({ sectionHref: '//elsewhere.example/' }),
      /does not stay on this site/,
    ],
    [
      'a topic linking elsewhere',
      withItem({ topic: { title: 'T', href: 'https://elsewhere.example/' } }),
      /topic has a link that does not stay/,
    ],
    [
      'a file topic without a title',
      { ...good, topic: { href: '/' } },
      /the file’s topic has no “title” text/,
    ],
    ['an answer that is text', withQuestion({ answer: '918.4' }, 1), /no number for “answer”/],
    ['an unknown answer kind', withQuestion({ answerKind: 'euros' }, 1), /no valid “answerKind”/],
    ['an unknown unit', withQuestion({ defaultUnit: 'lakh' }, 1), /no valid “defaultUnit”/],
    [
      'two tolerances',
      withQuestion({ tolerance: { absolute: 1, relative: 0.1 } }, 1),
      /no valid tolerance/,
    ],
    [
      'a relative tolerance above 1',
      withQuestion({ tolerance: { relative: 2 } }, 1),
      /no valid tolerance/,
    ],
    [
      'a negative tolerance',
      withQuestion({ tolerance: { absolute: -1 } }, 1),
      /no valid tolerance/,
    ],
    [
      'a known mistake without feedback',
      withQuestion({ knownMistakes: [{ value: 1 }] }, 1),
      /known mistake 1 has no “feedback” text/,
    ],
    [
      'the same question twice',
      { ...good, items: [good.items[0], good.items[0]] },
      /the question “what-a-trade-deficit-is” is in the file twice/,
    ],
  ];

  it.each(damaged)('names %s', (_name, value, expected) => {
    const message = messageOf(parseQuizFile(value, QUIZ));
    expect(message).toMatch(/^The questions arrived damaged: /);
    expect(message).toMatch(expected);
  });

  it('names a classify item that belongs in no bucket', () => {
    const file = fileOf([classifyGoodsOrServices]);
    const question = file.items[0]?.question;
    expect(question?.type).toBe('classify');
    if (question?.type !== 'classify') return;
    const broken = {
      ...file,
      items: [
        {
          ...file.items[0],
          question: {
            ...question,
            items: question.items.map((item, at) =>
              at === 0 ? { ...item, bucket: 'nowhere' } : item,
            ),
          },
        },
      ],
    };
    expect(messageOf(parseQuizFile(broken, QUIZ))).toMatch(
      /item 1 belongs in a bucket the question does not have/,
    );
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parseQuizFile(value, QUIZ).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 100, max: 599 }), (text, status) => {
        expect(typeof readQuizFile(status, text, QUIZ).ok).toBe('boolean');
      }),
    );
  });

  it('never throws when any one field of a good file is replaced by anything', () => {
    const plain: unknown = JSON.parse(JSON.stringify(fileOf(allQuestions)));
    const paths = pathsIn(plain);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) => {
        const result = parseQuizFile(replaceAt(plain, path, replacement), QUIZ);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
      }),
      { numRuns: 3000 },
    );
  });
});
