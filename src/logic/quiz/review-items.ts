/**
 * What the review page needs from the question banks: which banks to fetch for the questions
 * that are due, each bank's items in the form the page shows them, and the queue of questions
 * as banks arrive or fail.
 */
import type { QuizFile, QuizFileResult, QuizItem } from './quiz-file';

/** A bank as the review page knows it before fetching anything. */
export interface ReviewBank {
  id: string;
  /** The lesson's title, to say whose questions could not be loaded. */
  title: string;
  /** The address of the bank's questions file. */
  questionsUrl: string;
  questionIds: readonly string[];
}

/** A bank that could not be loaded, and why. */
export interface BankFailure {
  readonly bank: ReviewBank;
  /** How many of the session's due questions it holds. */
  readonly dueCount: number;
  readonly message: string;
}

export interface ReviewQueue {
  /** The questions this session reviews, due first; fixed when the session starts. */
  readonly due: readonly string[];
  /**
   * Those ready to show, in the order they are shown: the first round's in due order, then any
   * that arrived on a later try (added at the end, so the question on screen never moves).
   */
  readonly ready: readonly string[];
  readonly items: ReadonlyMap<string, QuizItem>;
  /** The banks the latest round could not load. */
  readonly failures: readonly BankFailure[];
  /** Whether a round of fetching is under way. */
  readonly loading: boolean;
}

/** One bank's answer in a round of fetching. */
export interface BankResult {
  readonly bank: ReviewBank;
  readonly result: QuizFileResult;
}

/**
 * Starts a session over the due questions: the queue, and the banks to fetch for it. A due id
 * that no bank holds (a question since removed from the site) is left out, and only the banks
 * holding due questions are fetched.
 */
export function startReview(
  banks: readonly ReviewBank[],
  dueIds: readonly string[],
): { queue: ReviewQueue; fetch: ReviewBank[] } {
  const known = new Set(banks.flatMap((bank) => bank.questionIds));
  const due = dueIds.filter((id) => known.has(id));
  const wanted = new Set(due);
  const fetch = banks.filter((bank) => bank.questionIds.some((id) => wanted.has(id)));
  return {
    queue: { due, ready: [], items: new Map(), failures: [], loading: fetch.length > 0 },
    fetch,
  };
}

/** Another round for the banks that failed: the queue while it runs, and the banks to fetch. */
export function retryReview(queue: ReviewQueue): { queue: ReviewQueue; fetch: ReviewBank[] } {
  const fetch = queue.failures.map((failure) => failure.bank);
  return { queue: { ...queue, loading: fetch.length > 0 }, fetch };
}

/** The queue once a round has ended, with every bank's result. */
export function reviewLoaded(queue: ReviewQueue, results: readonly BankResult[]): ReviewQueue {
  const items = new Map(queue.items);
  const failures: BankFailure[] = [];
  const due = new Set(queue.due);
  for (const { bank, result } of results) {
    if (result.ok) {
      for (const item of itemsForReview(result.file))
        if (due.has(item.question.id)) items.set(item.question.id, item);
    } else {
      const dueCount = bank.questionIds.filter((id) => due.has(id)).length;
      failures.push({ bank, dueCount, message: result.message });
    }
  }
  const shown = new Set(queue.ready);
  const arrived = queue.due.filter((id) => items.has(id) && !shown.has(id));
  return { ...queue, ready: [...queue.ready, ...arrived], items, failures, loading: false };
}

/**
 * A bank's items as the review page shows them. In the file, section links are fragments of the
 * bank's lesson page, as the lesson's own quiz uses them; away from that page they must name it,
 * and each item carries its lesson as its topic.
 */
export function itemsForReview(file: QuizFile): QuizItem[] {
  const { topic } = file;
  if (!topic) return file.items;
  return file.items.map((item) => ({
    ...item,
    ...(item.sectionHref?.startsWith('#')
      ? { sectionHref: `${topic.href}${item.sectionHref}` }
      : {}),
    topic,
  }));
}
