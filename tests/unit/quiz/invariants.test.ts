/**
 * Properties every scorer must have, whatever the question type and whatever arrives as a
 * response. These are the promises the island relies on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finalHintCap } from '../../../src/logic/quiz/hints';
import { scoreResponse, validateResponse } from '../../../src/logic/quiz/score';
import type { Score } from '../../../src/logic/quiz/types';
import type { Question } from '../../../src/schemas/quiz';
import { questionArb, rightResponse, someResponseFor } from './question-arbitraries';
import { allQuestions } from './questions.testdata';
import './matchers';

const questionAndResponse = questionArb.chain((question) =>
  fc.tuple(fc.constant(question), someResponseFor(question)),
);

function expectWellFormed(score: Score): void {
  if (score.type === 'invalid') {
    expect(score.message.length).toBeGreaterThan(0);
    return;
  }
  expect(score.total).toBeGreaterThan(0);
  expect(score.earned).toBeGreaterThanOrEqual(0);
  expect(score.earned).toBeLessThanOrEqual(score.total);
  expect(score.correct).toBe(score.earned === score.total);
  for (const line of score.feedback) expect(line.text.trim().length).toBeGreaterThan(0);
}

describe('every scorer', () => {
  it('never throws, and keeps 0 ≤ earned ≤ total, whatever the response', () => {
    fc.assert(
      fc.property(questionAndResponse, fc.integer({ min: -2, max: 5 }), ([q, r], hintsUsed) => {
        expectWellFormed(scoreResponse(q, r, { hintsUsed }));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with validateResponse on what is invalid, with the same message', () => {
    fc.assert(
      fc.property(questionAndResponse, ([question, response]) => {
        const validation = validateResponse(question, response);
        const score = scoreResponse(question, response);
        if (validation.type === 'invalid') expect(score).toEqual(validation);
        else expect(score.type).toBe('points');
      }),
      { numRuns: 1000 },
    );
  });

  it('survives huge and hostile responses', () => {
    const huge = Array.from({ length: 100_000 }, (_, index) => `id-${index}`);
    const protoPlacements: unknown = JSON.parse('{"__proto__": "goods"}');
    const hostile: unknown[] = [
      { type: 'multi', choiceIds: huge },
      { type: 'order', itemIds: huge },
      { type: 'classify', placements: Object.fromEntries(huge.map((id) => [id, 'goods'])) },
      { type: 'numeric', text: '9'.repeat(1_000_000) },
      { type: 'classify', placements: protoPlacements },
      { type: 'single', choiceId: 'x'.repeat(1_000_000) },
      Object.create(null),
      [{ type: 'single', choiceId: 'a' }],
    ];
    for (const question of allQuestions) {
      for (const response of hostile) {
        expect(scoreResponse(question, response)).toBeInvalid();
      }
    }
  });

  it('gives full marks for the right answer without the final hint', () => {
    fc.assert(
      fc.property(questionArb, fc.nat(), (question, hintSeed) => {
        const hintsUsed =
          question.hints.length === 0 ? hintSeed % 4 : hintSeed % question.hints.length;
        const score = scoreResponse(question, rightResponse(question), { hintsUsed });
        expect(score.type).toBe('points');
        if (score.type !== 'points') return;
        expect(score.earned).toBe(score.total);
        expect(score.correct).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the right answer after the final hint one point less, or half of one point', () => {
    fc.assert(
      fc.property(
        questionArb.filter((question) => question.hints.length > 0),
        (question) => {
          const score = scoreResponse(question, rightResponse(question), {
            hintsUsed: question.hints.length,
          });
          if (score.type !== 'points') throw new Error('expected points');
          expect(score.earned).toBe(finalHintCap(score.total));
          expect(score.correct).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The same question with its options, items, buckets or known mistakes in another order. */
function permutationsOf(question: Question): fc.Arbitrary<Question> {
  const same = <T>(list: readonly T[]) =>
    fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
  switch (question.type) {
    case 'single':
    case 'multi':
      return same(question.choices).map((choices) => ({ ...question, choices }));
    case 'numeric':
      return same(question.knownMistakes).map((knownMistakes) => ({ ...question, knownMistakes }));
    case 'classify':
      return fc
        .tuple(same(question.items), same(question.buckets))
        .map(([items, buckets]) => ({ ...question, items, buckets }));
    case 'order':
      // An order question's item list is its answer, so only its hints could move.
      return fc.constant(question);
  }
}

describe('the order of options in a question', () => {
  it('never changes the score', () => {
    fc.assert(
      fc.property(
        questionArb.chain((question) =>
          fc.tuple(fc.constant(question), permutationsOf(question), someResponseFor(question)),
        ),
        fc.integer({ min: 0, max: 3 }),
        ([question, permuted, response], hintsUsed) => {
          expect(scoreResponse(permuted, response, { hintsUsed })).toEqual(
            scoreResponse(question, response, { hintsUsed }),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never changes the score of a right answer either', () => {
    fc.assert(
      fc.property(
        questionArb.chain((question) => fc.tuple(fc.constant(question), permutationsOf(question))),
        ([question, permuted]) => {
          const response = rightResponse(question);
          expect(scoreResponse(permuted, response)).toEqual(scoreResponse(question, response));
        },
      ),
      { numRuns: 500 },
    );
  });
});
