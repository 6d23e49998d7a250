import { describe, expect, it } from 'vitest';
import {
  applyHintRule,
  finalHintCap,
  hintsOpened,
  usedFinalHint,
} from '../../../src/logic/quiz/hints';
import { singleQuestionSchema } from '../../../src/schemas/quiz';
import { multiServicesExports, parseQuestion } from './questions.testdata';
import './matchers';

const noHints = parseQuestion(singleQuestionSchema, {
  id: 'no-hints',
  type: 'single',
  objective: 'no-hints',
  prompt: 'p',
  explanation: 'e',
  choices: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B' },
  ],
});

describe('the final-hint rule', () => {
  it('applies only once every hint has been opened', () => {
    expect(usedFinalHint(multiServicesExports, { hintsUsed: 1 })).toBe(false);
    expect(usedFinalHint(multiServicesExports, { hintsUsed: 2 })).toBe(true);
    expect(usedFinalHint(multiServicesExports, { hintsUsed: 5 })).toBe(true);
    expect(usedFinalHint(multiServicesExports, {})).toBe(false);
  });

  it('never applies to a question without hints', () => {
    expect(usedFinalHint(noHints, { hintsUsed: 3 })).toBe(false);
  });

  it('reads a nonsense hint count as none opened', () => {
    expect(hintsOpened({ hintsUsed: Number.NaN })).toBe(0);
    expect(hintsOpened({ hintsUsed: -2 })).toBe(0);
    expect(hintsOpened({})).toBe(0);
  });

  it('caps at one point below full marks, or half a point for a one-point question', () => {
    expect(finalHintCap(6)).toBe(5);
    expect(finalHintCap(2)).toBe(1);
    expect(finalHintCap(1)).toBe(0.5);
  });

  it('lowers only answers above the cap, and says why', () => {
    const full = applyHintRule(
      multiServicesExports,
      { earned: 3, total: 3, feedback: [] },
      { hintsUsed: 2 },
    );
    expect(full).toBeScoredAs({ earned: 2, total: 3, correct: false });
    expect(full.type === 'points' && full.feedback).toEqual([
      {
        tone: 'info',
        text: 'You opened the last hint, so this answer earns 2 points out of 3. Try it again later without the last hint for full marks.',
      },
    ]);
    const partial = applyHintRule(
      multiServicesExports,
      { earned: 1, total: 3, feedback: [] },
      { hintsUsed: 2 },
    );
    expect(partial).toBeScoredAs({ earned: 1, total: 3 });
    expect(partial.type === 'points' && partial.feedback).toEqual([]);
  });

  it('keeps earned between 0 and total', () => {
    expect(applyHintRule(noHints, { earned: -1, total: 1, feedback: [] }, {})).toBeScoredAs({
      earned: 0,
      total: 1,
    });
    expect(applyHintRule(noHints, { earned: 2, total: 1, feedback: [] }, {})).toBeScoredAs({
      earned: 1,
      total: 1,
      correct: true,
    });
  });
});
