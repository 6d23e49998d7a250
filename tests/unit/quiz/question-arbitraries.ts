/**
 * fast-check generators for valid questions of every type (parsed through the real schemas,
 * so defaults apply) and for the right response to each, used by the invariant tests.
 */
import fc from 'fast-check';
import type { QuizResponse } from '../../../src/logic/quiz/types';
import {
  classifyQuestionSchema,
  multiQuestionSchema,
  numericQuestionSchema,
  orderQuestionSchema,
  type Question,
  singleQuestionSchema,
} from '../../../src/schemas/quiz';
import { parseQuestion } from './questions.testdata';

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/);
const ids = (minLength: number, maxLength: number) =>
  fc.uniqueArray(slug, { minLength, maxLength });
const hints = fc.array(fc.constantFrom('Look again.', 'Think about signs.', 'Nearly there.'), {
  maxLength: 3,
});
const base = (id: string) => ({
  id,
  objective: 'an-objective',
  prompt: 'A question?',
  explanation: 'Because.',
});

export const singleArb = fc
  .record({ id: slug, choiceIds: ids(2, 6), rightIndex: fc.nat(), hints })
  .map(({ id, choiceIds, rightIndex, hints: h }) =>
    parseQuestion(singleQuestionSchema, {
      ...base(id),
      type: 'single',
      hints: h,
      choices: choiceIds.map((choiceId, index) => ({
        id: choiceId,
        text: `Choice ${choiceId}`,
        correct: index === rightIndex % choiceIds.length,
        ...(index % 2 === 0 ? { feedback: `About ${choiceId}.` } : {}),
      })),
    }),
  );

export const multiArb = fc
  .record({
    id: slug,
    choiceIds: ids(2, 7),
    flags: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    hints,
  })
  .map(({ id, choiceIds, flags, hints: h }) =>
    parseQuestion(multiQuestionSchema, {
      ...base(id),
      type: 'multi',
      hints: h,
      choices: choiceIds.map((choiceId, index) => ({
        id: choiceId,
        text: `Choice ${choiceId}`,
        // The first option is always right, so every question has at least one.
        correct: index === 0 || flags[index] === true,
        ...(index % 2 === 1 ? { feedback: `About ${choiceId}.` } : {}),
      })),
    }),
  );

const tolerance = fc.oneof(
  fc.record({ absolute: fc.integer({ min: 0, max: 5000 }) }),
  fc.record({ relative: fc.constantFrom(0, 0.001, 0.01, 0.05) }),
);

export const numericArb = fc
  .record({
    id: slug,
    kind: fc.constantFrom('money' as const, 'percent' as const),
    tenths: fc.integer({ min: -5_000_000, max: 5_000_000 }),
    mistakes: fc.array(fc.integer({ min: -5_000_000, max: 5_000_000 }), { maxLength: 4 }),
    tolerance,
    defaultUnit: fc.constantFrom('million' as const, 'billion' as const, 'trillion' as const),
    hints,
  })
  .map(({ id, kind, tenths, mistakes, tolerance: t, defaultUnit, hints: h }) => {
    // Percents stay within what the percent parser accepts (at most 10,000%).
    const scale = kind === 'percent' ? 1000 : 1;
    return parseQuestion(numericQuestionSchema, {
      ...base(id),
      type: 'numeric',
      hints: h,
      answerKind: kind,
      answer: tenths / 10 / scale,
      tolerance: t,
      defaultUnit,
      knownMistakes: mistakes.map((m) => ({ value: m / 10 / scale, feedback: `Mistake ${m}.` })),
    });
  });

export const classifyArb = fc
  .record({
    id: slug,
    bucketIds: ids(2, 4),
    itemIds: ids(2, 7),
    picks: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
    hints,
  })
  .map(({ id, bucketIds, itemIds, picks, hints: h }) =>
    parseQuestion(classifyQuestionSchema, {
      ...base(id),
      type: 'classify',
      hints: h,
      buckets: bucketIds.map((bucketId) => ({ id: bucketId, label: `Bucket ${bucketId}` })),
      items: itemIds.map((itemId, index) => ({
        id: itemId,
        text: `Item ${itemId}`,
        bucket: bucketIds[(picks[index] ?? 0) % bucketIds.length] ?? '',
        ...(index % 3 === 0 ? { feedback: `About ${itemId}.` } : {}),
      })),
    }),
  );

export const orderArb = fc
  .record({ id: slug, itemIds: ids(2, 7), hints })
  .map(({ id, itemIds, hints: h }) =>
    parseQuestion(orderQuestionSchema, {
      ...base(id),
      type: 'order',
      hints: h,
      items: itemIds.map((itemId) => ({ id: itemId, text: `Item ${itemId}` })),
    }),
  );

export const questionArb: fc.Arbitrary<Question> = fc.oneof(
  singleArb,
  multiArb,
  numericArb,
  classifyArb,
  orderArb,
);

/** The response that should earn full marks. */
export function rightResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
      return {
        type: 'single',
        choiceId: question.choices.find((choice) => choice.correct)?.id ?? null,
      };
    case 'multi':
      return {
        type: 'multi',
        choiceIds: question.choices.filter((choice) => choice.correct).map((choice) => choice.id),
      };
    case 'numeric':
      return {
        type: 'numeric',
        text:
          question.answerKind === 'percent'
            ? String(question.answer)
            : `${String(question.answer)} million`,
      };
    case 'classify':
      return {
        type: 'classify',
        placements: Object.fromEntries(question.items.map((item) => [item.id, item.bucket])),
      };
    case 'order':
      return { type: 'order', itemIds: question.items.map((item) => item.id) };
  }
}

/** Every id a question mentions, so random responses hit real ids as well as made-up ones. */
export function idsIn(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multi':
      return question.choices.map((choice) => choice.id);
    case 'numeric':
      return [];
    case 'classify':
      return [...question.items.map((item) => item.id), ...question.buckets.map((b) => b.id)];
    case 'order':
      return question.items.map((item) => item.id);
  }
}

/** Responses of every shape and none, mostly malformed, some using the question's own ids. */
export function anyResponseFor(question: Question): fc.Arbitrary<unknown> {
  const known = idsIn(question);
  const id = known.length > 0 ? fc.oneof(fc.constantFrom(...known), fc.string()) : fc.string();
  const ids = fc.array(id, { maxLength: 12 });
  const type = fc.constantFrom('single', 'multi', 'numeric', 'classify', 'order', 'essay');
  return fc.oneof(
    fc.anything(),
    fc.record({ type, choiceId: fc.oneof(id, fc.constant(null), fc.anything()) }),
    fc.record({ type, choiceIds: fc.oneof(ids, fc.anything()) }),
    fc.record({
      type,
      text: fc.oneof(
        fc.string(),
        fc.constantFrom('-918.4', '918.4 billion', '($1.2 trillion)', '25%', '0', '1e400'),
        fc.double().map(String),
        fc.anything(),
      ),
    }),
    fc.record({
      type,
      placements: fc.oneof(fc.dictionary(id, fc.oneof(id, fc.constant(null))), fc.anything()),
    }),
    fc.record({ type, itemIds: fc.oneof(ids, fc.shuffledSubarray(known), fc.anything()) }),
  );
}

/**
 * Complete, well-formed responses, right or wrong: the ones that reach the scoring rules
 * (random responses are mostly invalid, which tests validation but not scoring).
 */
export function validResponseFor(question: Question): fc.Arbitrary<QuizResponse> {
  switch (question.type) {
    case 'single':
      return fc
        .constantFrom(...question.choices.map((choice) => choice.id))
        .map((choiceId) => ({ type: 'single', choiceId }));
    case 'multi':
      return fc
        .shuffledSubarray(
          question.choices.map((choice) => choice.id),
          { minLength: 1 },
        )
        .map((choiceIds) => ({ type: 'multi', choiceIds }));
    case 'numeric': {
      const near = [
        question.answer,
        -question.answer,
        question.answer * 1000,
        question.answer / 1000,
        question.answer / 1e6,
        question.answer / 100,
        ...question.knownMistakes.map((mistake) => mistake.value),
      ];
      const unit = question.answerKind === 'percent' ? '' : ' million';
      return fc
        .oneof(
          fc.constantFrom(...near),
          fc.integer({ min: -9_000_000, max: 9_000_000 }).map((n) => n / 10),
        )
        .map((value) => ({ type: 'numeric', text: `${String(value)}${unit}` }));
    }
    case 'classify': {
      const bucketIds = question.buckets.map((bucket) => bucket.id);
      return fc
        .tuple(
          fc.array(fc.constantFrom(...bucketIds), {
            minLength: question.items.length,
            maxLength: question.items.length,
          }),
          fc.shuffledSubarray(
            question.items.map((item) => item.id),
            { minLength: question.items.length, maxLength: question.items.length },
          ),
        )
        .map(([buckets, itemIds]) => ({
          type: 'classify',
          placements: Object.fromEntries(
            itemIds.map((itemId, index) => [itemId, buckets[index] ?? null]),
          ),
        }));
    }
    case 'order':
      return fc
        .shuffledSubarray(
          question.items.map((item) => item.id),
          { minLength: question.items.length, maxLength: question.items.length },
        )
        .map((itemIds) => ({ type: 'order', itemIds }));
  }
}

/** Any response at all, half of them complete and well-formed. */
export function someResponseFor(question: Question): fc.Arbitrary<unknown> {
  return fc.oneof(anyResponseFor(question), validResponseFor(question));
}
