/** Medians over a page's Lighthouse runs. Pure. */
import type { Scores } from './categories';

/** The median of the numbers given (nulls and non-finite values ignored); null when none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? null;
  if (sorted.length % 2 === 1 || upper === null) return upper;
  return ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** The figures a run contributes to its page's medians. */
export interface RunFigures {
  readonly scores: Scores;
  readonly fcp: number | null;
  readonly lcp: number | null;
  readonly tbt: number | null;
  readonly cls: number | null;
  readonly transferBytes: number;
  readonly jsBytes: number;
  readonly jsBodyBytes: number;
}

export interface Medians {
  readonly scores: Scores;
  readonly fcp: number | null;
  readonly lcp: number | null;
  readonly tbt: number | null;
  readonly cls: number | null;
  readonly transferBytes: number | null;
  readonly jsBytes: number | null;
  readonly jsBodyBytes: number | null;
}

/** Per-metric medians over a page's successful runs. */
export function medians(runs: readonly RunFigures[]): Medians {
  const pick = (get: (run: RunFigures) => number | null): number | null => median(runs.map(get));
  return {
    scores: {
      performance: pick((run) => run.scores.performance),
      accessibility: pick((run) => run.scores.accessibility),
      'best-practices': pick((run) => run.scores['best-practices']),
      seo: pick((run) => run.scores.seo),
    },
    fcp: pick((run) => run.fcp),
    lcp: pick((run) => run.lcp),
    tbt: pick((run) => run.tbt),
    cls: pick((run) => run.cls),
    transferBytes: pick((run) => run.transferBytes),
    jsBytes: pick((run) => run.jsBytes),
    jsBodyBytes: pick((run) => run.jsBodyBytes),
  };
}
