/** What each part of a run found, before the run turns it into files and a report. */
import type { Considered } from './candidate';

export type Step =
  /** A file (or a group of downloads for one file) and what became of it. */
  | { readonly title: string; readonly result: Considered }
  /** Files left alone, listed under a sentence that says why. */
  | { readonly title: string; readonly note: readonly string[] };
