/**
 * The review page's queue: it fetches only the banks that hold due questions, shows questions in
 * due order as their banks arrive, says which banks failed, and on a retry adds the late
 * questions at the end so the one on screen never moves.
 */
import { describe, expect, it } from 'vitest';
import type { QuizFile } from '../../../src/logic/quiz/quiz-file';
import {
  itemsForReview,
  retryReview,
  reviewLoaded,
  startReview,
} from '../../../src/logic/quiz/review-items';
import type { Question } from '../../../src/schemas/quiz';
import {
  multiServicesExports,
  numericDeficit2024,
  singleDeficitMeaning,
} from './questions.testdata';
import { bankFile, reviewBank } from './quiz-file.testdata';

const one: Question = { ...singleDeficitMeaning, id: 'one-a', section: 'basics' };
const two: Question = { ...numericDeficit2024, id: 'one-b' };
const three: Question = { ...multiServicesExports, id: 'two-a' };

const bankOne = reviewBank('one', [one, two]);
const bankTwo = reviewBank('two', [three]);
const banks = [bankOne, bankTwo, reviewBank('three', [])];

describe('startReview', () => {
  it('fetches only the banks holding due questions, and drops ids no bank holds', () => {
    const { queue, fetch } = startReview(banks, ['two-a', 'gone', 'one-b']);
    expect(fetch.map((b) => b.id)).toEqual(['one', 'two']);
    expect(queue.due).toEqual(['two-a', 'one-b']);
    expect(queue).toMatchObject({ ready: [], failures: [], loading: true });
  });

  it('fetches nothing when nothing is due', () => {
    const { queue, fetch } = startReview(banks, []);
    expect(fetch).toEqual([]);
    expect(queue.loading).toBe(false);
  });

  it('does not mistake an inherited property name for a question', () => {
    expect(startReview(banks, ['constructor', 'toString']).queue.due).toEqual([]);
  });
});

describe('reviewLoaded and retryReview', () => {
  it('shows the due questions in due order, and names a bank that failed', () => {
    const started = startReview(banks, ['two-a', 'one-b']);
    const queue = reviewLoaded(started.queue, [
      {
        bank: bankOne,
        result: { ok: true, file: bankFile('one', [one, two]) },
      },
      { bank: bankTwo, result: { ok: false, message: 'Error 404.' } },
    ]);
    expect(queue.ready).toEqual(['one-b']);
    expect(queue.items.has('one-a')).toBe(false);
    expect(queue.failures).toEqual([{ bank: bankTwo, dueCount: 1, message: 'Error 404.' }]);
    expect(queue.loading).toBe(false);

    const again = retryReview(queue);
    expect(again.fetch.map((b) => b.id)).toEqual(['two']);
    expect(again.queue.loading).toBe(true);
    const done = reviewLoaded(again.queue, [
      {
        bank: bankTwo,
        result: { ok: true, file: bankFile('two', [three]) },
      },
    ]);
    // The late question goes at the end, though it is due first, so nothing on screen moves.
    expect(done.ready).toEqual(['one-b', 'two-a']);
    expect(done.failures).toEqual([]);
    expect(retryReview(done).fetch).toEqual([]);
  });

  it('leaves out a due question that the fetched file no longer has', () => {
    const started = startReview(banks, ['one-a', 'one-b']);
    const queue = reviewLoaded(started.queue, [
      { bank: bankOne, result: { ok: true, file: bankFile('one', [two]) } },
    ]);
    expect(queue.ready).toEqual(['one-b']);
  });
});

describe('itemsForReview', () => {
  it('points section links at the lesson and gives each item its lesson as topic', () => {
    const [first, second] = itemsForReview(bankFile('one', [one, two]));
    expect(first?.sectionHref).toBe('/lessons/one/#basics');
    expect(first?.topic).toEqual({ title: 'Lesson one', href: '/lessons/one/' });
    expect(second?.sectionHref).toBeUndefined();
  });

  it('leaves a file without a topic, or a link that is not a fragment, as it is', () => {
    const file = bankFile('one', [one]);
    const bare: QuizFile = { version: file.version, quizId: file.quizId, items: file.items };
    expect(itemsForReview(bare)).toEqual(file.items);
    const absolute = {
      ...file,
      items: file.items.map((item) => ({ ...item, sectionHref: '/x/#y' })),
    };
    expect(itemsForReview(absolute)[0]?.sectionHref).toBe('/x/#y');
  });
});
