/** What the bench learns about one page: its runs, the JavaScript counted from dist/, medians. */
import type { JudgedPage } from './budgets';
import type { Category } from './categories';
import type { RunFigures } from './stats';

/** One Lighthouse run, as the bench reports it. */
export interface RunSummary extends Omit<RunFigures, 'jsBodyBytes'> {
  readonly speedIndex: number | null;
  readonly scripts: readonly { readonly url: string; readonly transferSize: number }[];
  readonly bytesByType: Readonly<Record<string, number>>;
  readonly requests: number;
  readonly lcpElement: string | null;
  /** Audits that did not pass, per category, so a score below 100 says why. */
  readonly failing: Partial<Record<Category, readonly string[]>>;
  readonly errored: readonly { readonly id: string; readonly message: string }[];
  readonly warnings: readonly string[];
  readonly benchmarkIndex: number | null;
  readonly finalUrl: string | null;
}

/** A run with the gzip bodies of its scripts, read from dist/. */
export interface MeasuredRun extends RunSummary {
  readonly jsBodyBytes: number;
}

export interface PageResult extends JudgedPage {
  readonly label: string;
  readonly url: string;
  readonly runs: readonly MeasuredRun[];
  readonly errors: readonly string[];
  readonly allJsFiles: number;
  readonly startedJsBytes: number | null;
  readonly misses: readonly string[];
}
