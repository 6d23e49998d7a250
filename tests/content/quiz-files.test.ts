/**
 * The questions files the build writes (src/pages/quizzes/[id].json.ts) carry exactly the items
 * the quiz islands used to receive as props, and every one reads back through the browser's
 * checks: the lesson quizzes', the review page's (section links resolved against the lesson) and
 * the cumulative check's.
 */
import { describe, expect, it } from 'vitest';
import {
  bankQuizFile,
  CUMULATIVE_QUIZ_ID,
  cumulativeQuizFile,
  quizItem,
} from '../../src/lib/quiz-items';
import { url } from '../../src/lib/url';
import { readQuizFile } from '../../src/logic/quiz/quiz-file';
import { itemsForReview } from '../../src/logic/quiz/review-items';
import { loadLessons, loadQuizBanks } from './load';

const lessons = loadLessons();
const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.data.title]));
const banks = loadQuizBanks();

describe.each(banks)('the questions file of $slug', ({ slug, bank }) => {
  const file = bankQuizFile(slug, bank, titles);

  it('reads back through the browser’s checks unchanged', () => {
    expect(readQuizFile(200, JSON.stringify(file), slug)).toStrictEqual({ ok: true, file });
  });

  it('holds the lesson quiz’s items: seeded order, section links on the lesson page', () => {
    expect(file.items).toStrictEqual(
      bank.questions.map((question) => quizItem(question, slug, { lessonHref: '' })),
    );
  });

  it('gives the review page the items it had before', () => {
    const lessonHref = bank.lesson ? url(`/lessons/${bank.lesson}/`) : url('/');
    const topic = {
      title: (bank.lesson && titles.get(bank.lesson)) ?? 'General',
      href: lessonHref,
    };
    expect(itemsForReview(file)).toStrictEqual(
      bank.questions.map((question) => quizItem(question, slug, { lessonHref, topic })),
    );
  });
});

describe('the cumulative check’s file', () => {
  const file = cumulativeQuizFile(
    banks.map(({ bank }) => bank),
    titles,
  );

  it('draws sixteen questions, each with its lesson, and reads back unchanged', () => {
    expect(file.items).toHaveLength(16);
    for (const item of file.items) expect(item.topic?.href).toMatch(/^\/lessons\/[a-z-]+\/$/);
    expect(readQuizFile(200, JSON.stringify(file), CUMULATIVE_QUIZ_ID)).toStrictEqual({
      ok: true,
      file,
    });
  });

  it('takes a name no bank uses', () => {
    expect(banks.map(({ slug }) => slug)).not.toContain(CUMULATIVE_QUIZ_ID);
  });
});
