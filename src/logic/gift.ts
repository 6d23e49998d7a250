/**
 * Writes a question bank in GIFT, the plain-text format Moodle (and other LMSs) import, so a
 * teacher can take the site's questions into their own course. Pure: text in, text out.
 *
 * The rules followed here are Moodle's (docs.moodle.org, "GIFT format"):
 * - a question is `::name::text {answers}`; questions are separated by one blank line;
 * - `~ = # { } :` are special everywhere and are escaped with a backslash inside any text;
 * - single choice is `{=right ~wrong}`, each answer with its own `#feedback`;
 * - multiple answers carry `%weight%`: the right ones sum to 100, the wrong ones are negative;
 * - numeric is `{#value:tolerance}`, with extra `=%0%value:tolerance#feedback` answers for
 *   known mistakes;
 * - matching is `{=item -> answer}` and Moodle refuses one with fewer than three pairs;
 * - `####` starts the general feedback, shown to everyone after answering;
 * - lines starting with `//` are comments.
 */
import type {
  ClassifyQuestion,
  MultiQuestion,
  NumericQuestion,
  Question,
  SingleQuestion,
} from '../schemas/quiz';
import { roundTo } from './money';

/** The fewest pairs Moodle accepts in a matching question. */
export const GIFT_MIN_MATCHING_PAIRS = 3;

/** What happens to each question type in a GIFT export, for the teacher page and the tests. */
export interface GiftTypeSupport {
  readonly type: Question['type'];
  /** `always`, `sometimes` (depends on the question) or `never`. */
  readonly exported: 'always' | 'sometimes' | 'never';
  /** How the type is written in GIFT, or why it cannot be. */
  readonly note: string;
}

export const GIFT_SUPPORT: readonly GiftTypeSupport[] = [
  {
    type: 'single',
    exported: 'always',
    note: 'A multiple-choice question with one right answer; each choice keeps its feedback.',
  },
  {
    type: 'multi',
    exported: 'always',
    note:
      'A multiple-answer question: the right choices share 100% and each wrong choice takes ' +
      'away as much as one right choice gives, as on this site. The total never goes below zero.',
  },
  {
    type: 'numeric',
    exported: 'always',
    note:
      'A numerical question with a tolerance. Moodle reads a bare number only, so money ' +
      'answers are given in the unit the question asks for (usually billions of dollars) and ' +
      'the question says so. Known mistakes keep their feedback; the sign and ' +
      'million/billion checks do not.',
  },
  {
    type: 'classify',
    exported: 'sometimes',
    note:
      'A matching question (each item matched to its group). Moodle needs at least ' +
      `${GIFT_MIN_MATCHING_PAIRS} pairs, so a question with fewer items cannot be exported, and ` +
      'GIFT matching questions cannot carry feedback on each item.',
  },
  {
    type: 'order',
    exported: 'never',
    note:
      'GIFT has no question type for putting things in order (Moodle’s ordering question ' +
      'is a plug-in that GIFT cannot describe), so these questions are left out and a comment ' +
      'marks where each one was.',
  },
];

/** One question's export: GIFT text, or a `//` comment saying why it was left out. */
export type GiftQuestionResult =
  | {
      readonly kind: 'exported';
      readonly id: string;
      readonly type: Question['type'];
      readonly text: string;
    }
  | {
      readonly kind: 'skipped';
      readonly id: string;
      readonly type: Question['type'];
      readonly reason: string;
      readonly text: string;
    };

/** A bank's export: the whole file and what happened to each question. */
export interface GiftBankResult {
  readonly text: string;
  readonly questions: readonly GiftQuestionResult[];
}

/** What a bank needs to be exported. */
export interface GiftBankInput {
  /** The bank's heading. */
  readonly title: string;
  readonly questions: readonly Question[];
}

export interface GiftBankOptions {
  /** The lesson's title, named in the file's header comment. */
  readonly lessonTitle: string;
  /** A Moodle category path (segments without "/"), used when "Get category from file" is on. */
  readonly category?: string;
}

const SPECIAL = /[~=#{}:]/g;

/**
 * Makes text safe to stand anywhere in a GIFT question: backslashes first (so the escapes added
 * next are not doubled), then each of `~ = # { } :`. Line breaks become spaces, because a blank
 * line would end the question.
 */
export function escapeGiftText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(SPECIAL, (character) => `\\${character}`);
}

/** A number as GIFT reads it: plain digits, a "-" for negatives, no grouping, no exponent. */
export function giftNumber(value: number): string {
  const rounded = roundTo(value, 9);
  const plain = String(rounded);
  if (!/e/i.test(plain)) return plain;
  // toFixed itself falls back to an exponent from 1e21 up; such numbers are whole anyway.
  if (Math.abs(rounded) >= 1e21) return BigInt(rounded).toString();
  return rounded.toFixed(12).replace(/\.?0+$/, '');
}

/** A percentage weight with at most five decimals: 33.33333 (Moodle matches its grade list). */
export function giftWeight(percent: number): string {
  return giftNumber(roundTo(percent, 5));
}

/** A one-line `//` comment (comments cannot span lines). */
export function giftComment(text: string): string {
  return `// ${text.replace(/\s+/g, ' ').trim()}`;
}

function title(question: Question): string {
  return `::${escapeGiftText(question.id)}::`;
}

function feedback(text: string | undefined): string {
  return text ? `#${escapeGiftText(text)}` : '';
}

function generalFeedback(question: Question): string {
  return `####${escapeGiftText(question.explanation)}`;
}

function singleToGift(question: SingleQuestion): string {
  const answers = question.choices.map(
    (choice) =>
      `${choice.correct ? '=' : '~'}${escapeGiftText(choice.text)}${feedback(choice.feedback)}`,
  );
  return [
    `${title(question)}${escapeGiftText(question.prompt)} {`,
    ...answers,
    generalFeedback(question),
    '}',
  ].join('\n');
}

/** The weights of a multiple-answer question: right ones share 100, wrong ones cost as much. */
export function multiWeights(question: MultiQuestion): Map<string, number> {
  const right = question.choices.filter((choice) => choice.correct).length;
  const share = 100 / Math.max(1, right);
  return new Map(question.choices.map((choice) => [choice.id, choice.correct ? share : -share]));
}

function multiToGift(question: MultiQuestion): string {
  const weights = multiWeights(question);
  const answers = question.choices.map(
    (choice) =>
      `~%${giftWeight(weights.get(choice.id) ?? 0)}%${escapeGiftText(choice.text)}${feedback(choice.feedback)}`,
  );
  return [
    `${title(question)}${escapeGiftText(question.prompt)} {`,
    ...answers,
    generalFeedback(question),
    '}',
  ].join('\n');
}

const UNIT_FACTORS = { million: 1, billion: 1e3, trillion: 1e6 } as const;

/**
 * The unit a numeric answer is exported in and how many of the bank's units (millions of
 * dollars, or percent) make one of it.
 */
export function numericUnit(question: NumericQuestion): {
  readonly factor: number;
  readonly instruction: string;
} {
  if (question.answerKind === 'percent')
    return { factor: 1, instruction: 'Type a number only, in percent: 12.5 means 12.5%.' };
  const unit = question.defaultUnit;
  return {
    factor: UNIT_FACTORS[unit],
    instruction: `Type a number only, in ${unit}s of dollars: 12.5 means $12.5 ${unit}.`,
  };
}

/** The right answer and its tolerance in the exported unit. */
export function numericAnswer(question: NumericQuestion): {
  readonly value: number;
  readonly tolerance: number;
} {
  const { factor } = numericUnit(question);
  const allowed =
    'absolute' in question.tolerance
      ? question.tolerance.absolute
      : question.tolerance.relative * Math.abs(question.answer);
  return { value: question.answer / factor, tolerance: allowed / factor };
}

function numericToGift(question: NumericQuestion): string {
  const { factor, instruction } = numericUnit(question);
  const { value, tolerance } = numericAnswer(question);
  const prompt = `${title(question)}${escapeGiftText(`${question.prompt} (${instruction})`)} {#`;
  const right = `${giftNumber(value)}:${giftNumber(tolerance)}`;
  if (question.knownMistakes.length === 0)
    return [`${prompt}${right}`, generalFeedback(question), '}'].join('\n');
  const mistakes = question.knownMistakes.map(
    (mistake) =>
      `=%0%${giftNumber(mistake.value / factor)}:${giftNumber(tolerance)}${feedback(mistake.feedback)}`,
  );
  return [prompt, `=${right}`, ...mistakes, generalFeedback(question), '}'].join('\n');
}

/** "->" separates a matching pair, so an arrow inside the text is written as "→". */
function matchingText(text: string): string {
  return escapeGiftText(text.replace(/->/g, '→'));
}

function classifyToGift(question: ClassifyQuestion): string {
  const labels = new Map(question.buckets.map((bucket) => [bucket.id, bucket.label]));
  const pairs = question.items.map(
    (item) =>
      `=${matchingText(item.text)} -> ${matchingText(labels.get(item.bucket) ?? item.bucket)}`,
  );
  return [
    `${title(question)}${escapeGiftText(question.prompt)} {`,
    ...pairs,
    generalFeedback(question),
    '}',
  ].join('\n');
}

function skipped(question: Question, reason: string): GiftQuestionResult {
  return {
    kind: 'skipped',
    id: question.id,
    type: question.type,
    reason,
    text: giftComment(
      `Not exported: "${question.id}" (${question.type}). ${reason} Prompt: ${question.prompt}`,
    ),
  };
}

/** One question in GIFT, or a comment in its place when GIFT cannot express it. */
export function questionToGift(question: Question): GiftQuestionResult {
  const exported = (text: string): GiftQuestionResult => ({
    kind: 'exported',
    id: question.id,
    type: question.type,
    text,
  });
  switch (question.type) {
    case 'single':
      return exported(singleToGift(question));
    case 'multi':
      return exported(multiToGift(question));
    case 'numeric':
      return exported(numericToGift(question));
    case 'classify':
      if (question.items.length < GIFT_MIN_MATCHING_PAIRS)
        return skipped(
          question,
          `Moodle matching questions need at least ${GIFT_MIN_MATCHING_PAIRS} pairs and this one has ${question.items.length}.`,
        );
      return exported(classifyToGift(question));
    case 'order':
      return skipped(question, 'GIFT has no question type for putting items in order.');
  }
}

/** A whole bank as a GIFT file: a header comment, an optional category, then the questions. */
export function bankToGift(bank: GiftBankInput, options: GiftBankOptions): GiftBankResult {
  const questions = bank.questions.map(questionToGift);
  const count = questions.filter((result) => result.kind === 'exported').length;
  const header = [
    giftComment(
      `Trade Deficits, Explained. "${bank.title}" for the lesson "${options.lessonTitle}".`,
    ),
    giftComment(
      `GIFT format for Moodle (Question bank, Import, GIFT). ${count} of ${questions.length} questions exported; comments mark the others.`,
    ),
  ];
  const blocks = [header.join('\n')];
  if (options.category) blocks.push(`$CATEGORY: ${options.category.replace(/\s+/g, ' ').trim()}`);
  blocks.push(...questions.map((result) => result.text));
  return { text: `${blocks.join('\n\n')}\n`, questions };
}
