import { firstRepeatedId } from '../logic/quiz/first-repeated-id';
import { z } from 'astro/zod';
import { proseSchema, slugSchema } from './shared';

/** One option of a `single` or `multi` question. */
export const choiceSchema = z.object({
  /** Stable id within the question (a, b, c… or a word); responses refer to it. */
  id: slugSchema,
  /** The option as the reader sees it. */
  text: proseSchema,
  /** Whether ticking this option is right. */
  correct: z.boolean().default(false),
  /** What the reader is told when they pick this option: why it is right or wrong. */
  feedback: proseSchema.optional(),
});

/** A number the question expects, or a wrong one a reader is likely to give. */
const toleranceSchema = z.union([
  /** Accept answers within this many units (millions of dollars, or percentage points). */
  z.object({ absolute: z.number().nonnegative() }).strict(),
  /** Accept answers within this fraction of the right answer (0.01 is 1%). */
  z.object({ relative: z.number().nonnegative().max(1) }).strict(),
]);

/** A wrong number with its own feedback, e.g. the 2023 figure when 2024 was asked. */
const knownMistakeSchema = z.object({
  /** The wrong value, in the question's unit (millions of dollars, or percent). */
  value: z.number().refine(Number.isFinite, 'must be a finite number'),
  /** What to tell a reader who gives it. */
  feedback: proseSchema,
});

/** What every question has, whatever its type. */
const questionBase = {
  /** Stable id, unique across every bank: progress and review refer to it. */
  id: slugSchema,
  /** The learning objective it tests: an objective id from the lesson's frontmatter. */
  objective: slugSchema.optional(),
  /** Or the misconception it tests, in a few words ("a deficit is money lost"). */
  misconception: proseSchema.optional(),
  /** The question as the reader sees it. Markdown-free plain text. */
  prompt: proseSchema,
  /** Why the answer is what it is; shown after checking and under "Show answer". */
  explanation: proseSchema,
  /** Up to three hints, each a step closer; the last leads to the answer. */
  hints: z.array(proseSchema).max(3, 'give at most three hints').default([]),
  /** Figure ids from content/data the question relies on ({{id}} placeholders add theirs). */
  figures: z.array(slugSchema).default([]),
  /** Claims (content/data/claims.yaml) its explanation or feedback rests on, checked by the tests. */
  claims: z.array(slugSchema).default([]),
  /** The id of the lesson section that teaches this, linked from the feedback. */
  section: slugSchema.optional(),
};

export const singleQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('single'),
  /** The options; exactly one is `correct`. */
  choices: z.array(choiceSchema).min(2, 'give at least two choices'),
});

export const multiQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('multi'),
  /** The options; one or more are `correct`. */
  choices: z.array(choiceSchema).min(2, 'give at least two choices'),
});

export const numericQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('numeric'),
  /** `money` answers are millions of dollars read by the money parser; `percent` answers are percents. */
  answerKind: z.enum(['money', 'percent']).default('money'),
  /** The right answer: millions of dollars (negative for a deficit) or a percent. */
  answer: z.number().refine(Number.isFinite, 'must be a finite number'),
  /** How close counts as right. */
  tolerance: toleranceSchema.default({ relative: 0.001 }),
  /** The unit a bare number is read in ("122.7" means billions by default). */
  defaultUnit: z.enum(['million', 'billion', 'trillion']).default('billion'),
  /** Words shown after the input, such as "billion dollars". */
  suffix: proseSchema.optional(),
  /** Likely wrong numbers and what to say about each. */
  knownMistakes: z.array(knownMistakeSchema).default([]),
});

/** A bucket items are sorted into, such as "goods" or "services". */
const bucketSchema = z.object({
  /** Stable id within the question. */
  id: slugSchema,
  /** The bucket's name as the reader sees it. */
  label: proseSchema,
});

/** An item to sort into a bucket. */
const classifyItemSchema = z.object({
  /** Stable id within the question. */
  id: slugSchema,
  /** The item as the reader sees it. */
  text: proseSchema,
  /** The id of the bucket it belongs in. */
  bucket: slugSchema,
  /** Why it belongs there; shown when the reader puts it elsewhere. */
  feedback: proseSchema.optional(),
});

export const classifyQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('classify'),
  /** Two or more buckets. */
  buckets: z.array(bucketSchema).min(2, 'give at least two buckets'),
  /** The items to sort; each names its right bucket. */
  items: z.array(classifyItemSchema).min(2, 'give at least two items'),
});

/** An item to put in order. */
const orderItemSchema = z.object({
  /** Stable id within the question. */
  id: slugSchema,
  /** The item as the reader sees it. */
  text: proseSchema,
});

export const orderQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('order'),
  /** The items, written in the right order (the reader sees them shuffled). */
  items: z.array(orderItemSchema).min(2, 'give at least two items'),
  /** What "first" means, e.g. "largest deficit first". */
  firstLabel: proseSchema.default('first'),
  /** What "last" means, e.g. "smallest deficit last". */
  lastLabel: proseSchema.default('last'),
});

/** Any question, told apart by `type`, with the checks that span several fields. */
export const questionSchema = z
  .discriminatedUnion('type', [
    singleQuestionSchema,
    multiQuestionSchema,
    numericQuestionSchema,
    classifyQuestionSchema,
    orderQuestionSchema,
  ])
  .superRefine((question, ctx) => {
    if (!question.objective && !question.misconception) {
      ctx.addIssue({
        code: 'custom',
        path: ['objective'],
        message: 'say which objective or misconception the question tests',
      });
    }
    const idLists: Record<string, readonly string[]> = {};
    if (question.type === 'single' || question.type === 'multi') {
      idLists['choices'] = question.choices.map((c) => c.id);
      const correct = question.choices.filter((c) => c.correct).length;
      if (question.type === 'single' && correct !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices'],
          message: `a single-choice question needs exactly one correct choice, not ${correct}`,
        });
      }
      if (question.type === 'multi' && correct === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices'],
          message: 'mark at least one choice correct',
        });
      }
    }
    if (question.type === 'classify') {
      idLists['buckets'] = question.buckets.map((b) => b.id);
      idLists['items'] = question.items.map((i) => i.id);
      const buckets = new Set(question.buckets.map((b) => b.id));
      question.items.forEach((item, index) => {
        if (!buckets.has(item.bucket)) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, 'bucket'],
            message: `"${item.bucket}" is not one of this question's buckets`,
          });
        }
      });
    }
    if (question.type === 'order') idLists['items'] = question.items.map((i) => i.id);
    for (const [field, ids] of Object.entries(idLists)) {
      const repeated = firstRepeatedId(ids);
      if (repeated)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `the id "${repeated}" is used twice`,
        });
    }
  });

/** A question bank: content/quizzes/<lesson>.yaml. */
export const quizBankSchema = z
  .object({
    /** The lesson this bank belongs to (its slug); omit for a shared pool. */
    lesson: slugSchema.optional(),
    /** The heading over the quiz. */
    title: proseSchema.default('Check your understanding'),
    /** Show one question at a time, or all at once. */
    mode: z.enum(['one-at-a-time', 'all-at-once']).default('one-at-a-time'),
    /** The questions, in the order the author wants them (readers may see them shuffled). */
    questions: z.array(questionSchema).min(1, 'a bank needs at least one question'),
  })
  .superRefine((bank, ctx) => {
    const repeated = firstRepeatedId(bank.questions.map((q) => q.id));
    if (repeated)
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `the question id "${repeated}" is used twice`,
      });
  });

export type Choice = z.infer<typeof choiceSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
export type MultiQuestion = z.infer<typeof multiQuestionSchema>;
export type NumericQuestion = z.infer<typeof numericQuestionSchema>;
export type ClassifyQuestion = z.infer<typeof classifyQuestionSchema>;
export type OrderQuestion = z.infer<typeof orderQuestionSchema>;
export type QuizBank = z.infer<typeof quizBankSchema>;
