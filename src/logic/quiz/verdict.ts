import type { Score } from './types';

/** The first words of the feedback on a scored answer, and the tone its styling follows. */
export interface Verdict {
  readonly tone: 'correct' | 'partial' | 'incorrect';
  readonly text: 'Correct.' | 'Partly right.' | 'Not quite.';
}

/**
 * "Correct." for full marks, "Partly right." for some points, "Not quite." for none. A right
 * answer capped after the final hint is "Partly right.": its points are short of full marks,
 * and the scorer's feedback says why.
 */
export function verdictOf(
  score: Pick<Extract<Score, { type: 'points' }>, 'correct' | 'earned'>,
): Verdict {
  if (score.correct) return { tone: 'correct', text: 'Correct.' };
  return score.earned > 0
    ? { tone: 'partial', text: 'Partly right.' }
    : { tone: 'incorrect', text: 'Not quite.' };
}
