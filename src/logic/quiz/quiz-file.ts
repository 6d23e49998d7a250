/**
 * A quiz's questions file, `/quizzes/<id>.json`: what the quiz island fetches when the reader
 * starts it, instead of carrying every question, answer and explanation in the page's HTML.
 *
 * The file comes over the network, so anything may arrive in its place: an error page, half a
 * file, a file from an older deploy, another quiz's file. `readQuizFile` turns whatever came into
 * either the quiz's items or one sentence saying what went wrong, and never throws. The checks are
 * written by hand, like the progress checks in src/logic/progress/schema.ts, because a schema
 * library in the browser would cost more than a lesson page's whole script budget. They apply the
 * rules of src/schemas/quiz.ts to the form the build writes (defaults already filled in), and
 * return fresh objects holding only the fields described here.
 */
import { firstRepeatedId } from './first-repeated-id';
import type { Question } from '../../schemas/quiz';
import { isArray, isRecord, isSlug, ownField } from '../guards';

/**
 * The version of the file's layout. Raise it whenever the layout changes: a page from one deploy
 * that fetches a file from another then says so, instead of misreading it.
 */
export const QUIZ_FILE_VERSION = 1;

/** One question as a quiz shows it. */
export interface QuizItem {
  question: Question;
  /** Where the lesson teaches this, for "Review this in the lesson". */
  sectionHref?: string;
  /** The order the reader sees choices or items in, by id (seeded, so a printout matches). */
  displayOrder: readonly string[];
  /** The lesson a question comes from, in a quiz drawn from several, for the summary by topic. */
  topic?: { title: string; href: string };
}

/** The whole file. */
export interface QuizFile {
  version: typeof QUIZ_FILE_VERSION;
  /** The quiz's id: a bank's id, or the id of a quiz drawn from several banks. */
  quizId: string;
  /**
   * For a bank, the lesson it belongs to. Its items' section links are fragments of that lesson
   * page (`#section`), exactly as the lesson's own quiz uses them; a page elsewhere resolves them
   * against `href` (see ./review-items).
   */
  topic?: { title: string; href: string };
  items: QuizItem[];
}

export type QuizFileResult =
  { readonly ok: true; readonly file: QuizFile } | { readonly ok: false; readonly message: string };

/** What to say when the request itself failed: offline, a dropped connection, a blocked URL. */
export const QUIZ_FILE_UNREACHABLE =
  'The questions could not be downloaded. You may be offline: check your connection.';

/**
 * Reads a response to the request for a quiz's file: its HTTP status and its body as text.
 * `quizId` is the quiz the page asked for; a file for any other quiz is refused.
 */
export function readQuizFile(status: number, body: string, quizId: string): QuizFileResult {
  if (status === 404 || status === 410)
    return failed(`The server does not have these questions (error ${status}).`);
  if (status < 200 || status > 299)
    return failed(`The server could not send the questions (error ${status}).`);
  // A host that answers every unknown address with a page (a single-page-app fallback, a
  // captive portal) sends HTML with status 200: name that, rather than "not JSON".
  if (/^\s*</.test(body)) return failed('The server sent a web page instead of the questions.');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return failed('The questions arrived damaged: the file is cut short or is not JSON.');
  }
  return parseQuizFile(value, quizId);
}

/** Checks an already parsed value as the file of quiz `quizId`. */
export function parseQuizFile(value: unknown, quizId: string): QuizFileResult {
  if (!isRecord(value)) return damagedFile('the file is not a quiz file');
  const version = ownField(value, 'version');
  if (version !== QUIZ_FILE_VERSION) {
    return failed(
      typeof version === 'number'
        ? `The questions are in a newer or older layout (version ${version}) than this page reads (version ${QUIZ_FILE_VERSION}). Reloading the page should fix this.`
        : 'The questions file has no layout version, so this page cannot read it.',
    );
  }
  const id = ownField(value, 'quizId');
  if (id !== quizId) {
    return failed(
      isSlug(id)
        ? `The server sent the questions of another quiz (“${id}”) instead of this one.`
        : 'The questions file does not say which quiz it belongs to.',
    );
  }
  try {
    const topic = ownField(value, 'topic');
    const items = listOf(value, 'items', 'the file', 1).map((item, index) =>
      readItem(item, `question ${index + 1}`),
    );
    const repeated = firstRepeatedId(items.map((item) => item.question.id));
    if (repeated !== null) damaged(`the question “${repeated}” is in the file twice`);
    return {
      ok: true,
      file: {
        version: QUIZ_FILE_VERSION,
        quizId,
        ...(topic === undefined ? {} : { topic: readTopic(topic, 'the file’s topic') }),
        items,
      },
    };
  } catch (error) {
    if (error instanceof Damaged) return damagedFile(error.message);
    throw error;
  }
}

function failed(message: string): QuizFileResult {
  return { ok: false, message };
}

function damagedFile(problem: string): QuizFileResult {
  return failed(`The questions arrived damaged: ${problem}.`);
}

/** Thrown inside the checks and caught by `parseQuizFile`: the file is the wrong shape. */
class Damaged extends Error {}

function damaged(problem: string): never {
  throw new Damaged(problem);
}

function recordAt(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) damaged(`${where} is not an object`);
  return value;
}

/** Text a reader sees: never empty or only spaces (`proseSchema`). */
function textOr(value: unknown, problem: string): string {
  if (typeof value !== 'string' || value.trim() === '') damaged(problem);
  return value;
}

function slugOr(value: unknown, problem: string): string {
  if (!isSlug(value)) damaged(problem);
  return value;
}

function prose(record: Record<string, unknown>, key: string, where: string): string {
  return textOr(ownField(record, key), `${where} has no “${key}” text`);
}

function slug(record: Record<string, unknown>, key: string, where: string): string {
  return slugOr(ownField(record, key), `${where} has no valid “${key}”`);
}

type Reader<T> = (record: Record<string, unknown>, key: string, where: string) => T;

/** A field that may be left out: absent (or undefined) gives undefined, else `read` checks it. */
function optional<T>(
  read: Reader<T>,
  record: Record<string, unknown>,
  key: string,
  where: string,
): T | undefined {
  return ownField(record, key) === undefined ? undefined : read(record, key, where);
}

function finite(record: Record<string, unknown>, key: string, where: string): number {
  const value = ownField(record, key);
  if (typeof value !== 'number' || !Number.isFinite(value))
    damaged(`${where} has no number for “${key}”`);
  return value;
}

function oneOf<T extends string>(
  record: Record<string, unknown>,
  key: string,
  options: readonly T[],
  where: string,
): T {
  const value = ownField(record, key);
  const found = options.find((option) => option === value);
  if (found === undefined) damaged(`${where} has no valid “${key}”`);
  return found;
}

function listOf(
  record: Record<string, unknown>,
  key: string,
  where: string,
  min: number,
  max = Number.POSITIVE_INFINITY,
): readonly unknown[] {
  const value = ownField(record, key);
  if (!isArray(value) || value.length < min || value.length > max)
    damaged(
      `${where} has no list of ${Number.isFinite(max) ? `${min} to ${max}` : `${min} or more`} “${key}”`,
    );
  return value;
}

/**
 * A link the page may render: a path on this site or a fragment. Anything else (`javascript:`,
 * another site) is refused, so a tampered file cannot put a harmful link in front of a reader.
 */
function href(value: unknown, where: string): string {
  if (typeof value !== 'string' || !/^(?:#|\/(?!\/))/.test(value))
    damaged(`${where} has a link that does not stay on this site`);
  return value;
}

/**
 * A question's choices, buckets or items: a list of at least two objects, each read by `read`,
 * whose ids are all different (responses and the display order find them by id).
 */
function entries<T extends { id: string }>(
  record: Record<string, unknown>,
  key: string,
  noun: string,
  at: string,
  read: (entry: Record<string, unknown>, where: string) => T,
): T[] {
  const list = listOf(record, key, at, 2).map((value, index) => {
    const where = `${at}’s ${noun} ${index + 1}`;
    return read(recordAt(value, where), where);
  });
  const repeated = firstRepeatedId(list.map((entry) => entry.id));
  if (repeated !== null) damaged(`${at} uses the id “${repeated}” twice in “${key}”`);
  return list;
}

function readTopic(value: unknown, where: string): { title: string; href: string } {
  const record = recordAt(value, where);
  return { title: prose(record, 'title', where), href: href(ownField(record, 'href'), where) };
}

function readItem(value: unknown, where: string): QuizItem {
  const record = recordAt(value, where);
  const question = readQuestion(ownField(record, 'question'), where);
  const named = `${where} (“${question.id}”)`;
  const order = ownField(record, 'displayOrder');
  const ids = idsOf(question);
  // The controls and the scorer find choices by these ids: a missing or extra one would show a
  // question that cannot be answered.
  if (!isArray(order) || order.length !== ids.length || !ids.every((id) => order.includes(id)))
    damaged(`${named} has a display order that does not match its choices`);
  const sectionHref = ownField(record, 'sectionHref');
  const topic = ownField(record, 'topic');
  return {
    question,
    ...(sectionHref === undefined ? {} : { sectionHref: href(sectionHref, named) }),
    displayOrder: [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    ...(topic === undefined ? {} : { topic: readTopic(topic, `${named}’s topic`) }),
  };
}

/** The ids of a question's choices or items, which its display order arranges (none for numeric). */
export function idsOf(question: Question): string[] {
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

const QUESTION_TYPES = ['single', 'multi', 'numeric', 'classify', 'order'] as const;

function readQuestion(value: unknown, where: string): Question {
  const record = recordAt(value, where);
  const id = slug(record, 'id', where);
  const at = `${where} (“${id}”)`;
  const objective = optional(slug, record, 'objective', at);
  const misconception = optional(prose, record, 'misconception', at);
  const section = optional(slug, record, 'section', at);
  if (objective === undefined && misconception === undefined)
    damaged(`${at} says neither which objective nor which misconception it tests`);
  const base = {
    id,
    ...(objective === undefined ? {} : { objective }),
    ...(misconception === undefined ? {} : { misconception }),
    prompt: prose(record, 'prompt', at),
    explanation: prose(record, 'explanation', at),
    hints: listOf(record, 'hints', at, 0, 3).map((hint, index) =>
      textOr(hint, `${at}’s hint ${index + 1} is empty`),
    ),
    figures: listOf(record, 'figures', at, 0).map((figure) =>
      slugOr(figure, `${at} lists a figure without a valid id`),
    ),
    // Files written before questions named their claims have none: that is not damage.
    claims:
      ownField(record, 'claims') === undefined
        ? []
        : listOf(record, 'claims', at, 0).map((claim) =>
            slugOr(claim, `${at} lists a claim without a valid id`),
          ),
    ...(section === undefined ? {} : { section }),
  };
  const type = oneOf(record, 'type', QUESTION_TYPES, at);
  switch (type) {
    case 'single':
    case 'multi': {
      const choices = entries(record, 'choices', 'choice', at, (choice, where) => {
        const correct = ownField(choice, 'correct');
        if (typeof correct !== 'boolean') damaged(`${where} does not say whether it is correct`);
        const feedback = optional(prose, choice, 'feedback', where);
        return {
          id: slug(choice, 'id', where),
          text: prose(choice, 'text', where),
          correct,
          ...(feedback === undefined ? {} : { feedback }),
        };
      });
      const correct = choices.filter((choice) => choice.correct).length;
      if (type === 'single' ? correct !== 1 : correct === 0)
        damaged(`${at} has ${correct} correct choices`);
      return { ...base, type, choices };
    }
    case 'numeric': {
      const tolerance = recordAt(ownField(record, 'tolerance'), `${at}’s tolerance`);
      const keys = Object.keys(tolerance);
      const kind = keys.length === 1 ? keys[0] : undefined;
      const amount = kind === undefined ? Number.NaN : ownField(tolerance, kind);
      if (
        (kind !== 'absolute' && kind !== 'relative') ||
        typeof amount !== 'number' ||
        !(amount >= 0) ||
        (kind === 'relative' && amount > 1)
      )
        damaged(`${at} has no valid tolerance`);
      const suffix = optional(prose, record, 'suffix', at);
      return {
        ...base,
        type,
        answerKind: oneOf(record, 'answerKind', ['money', 'percent'], at),
        answer: finite(record, 'answer', at),
        tolerance: kind === 'absolute' ? { absolute: amount } : { relative: amount },
        defaultUnit: oneOf(record, 'defaultUnit', ['million', 'billion', 'trillion'], at),
        ...(suffix === undefined ? {} : { suffix }),
        knownMistakes: listOf(record, 'knownMistakes', at, 0).map((entry, index) => {
          const where = `${at}’s known mistake ${index + 1}`;
          const mistake = recordAt(entry, where);
          return {
            value: finite(mistake, 'value', where),
            feedback: prose(mistake, 'feedback', where),
          };
        }),
      };
    }
    case 'classify': {
      const buckets = entries(record, 'buckets', 'bucket', at, (bucket, where) => ({
        id: slug(bucket, 'id', where),
        label: prose(bucket, 'label', where),
      }));
      const items = entries(record, 'items', 'item', at, (item, where) => {
        const bucket = slug(item, 'bucket', where);
        if (!buckets.some((candidate) => candidate.id === bucket))
          damaged(`${where} belongs in a bucket the question does not have`);
        const feedback = optional(prose, item, 'feedback', where);
        return {
          id: slug(item, 'id', where),
          text: prose(item, 'text', where),
          bucket,
          ...(feedback === undefined ? {} : { feedback }),
        };
      });
      return { ...base, type, buckets, items };
    }
    case 'order': {
      const items = entries(record, 'items', 'item', at, (item, where) => ({
        id: slug(item, 'id', where),
        text: prose(item, 'text', where),
      }));
      return {
        ...base,
        type,
        items,
        firstLabel: prose(record, 'firstLabel', at),
        lastLabel: prose(record, 'lastLabel', at),
      };
    }
  }
}
