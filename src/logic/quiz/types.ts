/**
 * The contract between the quiz island and the scorer. The island collects a `QuizResponse`
 * and shows whatever `Score` says; it never decides itself whether an answer is right.
 */
import type { Question } from '../../schemas/quiz';

export type { Question };

/** What a reader has entered for one question, by question type. */
export type QuizResponse =
  | { readonly type: 'single'; readonly choiceId: string | null }
  | { readonly type: 'multi'; readonly choiceIds: readonly string[] }
  | { readonly type: 'numeric'; readonly text: string }
  /** Item id → bucket id, or null for an item not yet placed. */
  | { readonly type: 'classify'; readonly placements: Readonly<Record<string, string | null>> }
  /** Item ids in the order the reader put them, first first. */
  | { readonly type: 'order'; readonly itemIds: readonly string[] };

/** Whether a response can be scored at all. */
export type Validation =
  { readonly type: 'valid' } | { readonly type: 'invalid'; readonly message: string };

/** One piece of feedback: a sentence, and how it should be shown. */
export interface FeedbackLine {
  readonly tone: 'correct' | 'incorrect' | 'partial' | 'info';
  readonly text: string;
}

/** The result of scoring: either the response cannot be scored yet, or it earned points. */
export type Score =
  | { readonly type: 'invalid'; readonly message: string }
  | {
      readonly type: 'points';
      readonly earned: number;
      readonly total: number;
      /** True only for full marks. */
      readonly correct: boolean;
      /** Feedback aimed at the specific mistake, most important first. */
      readonly feedback: readonly FeedbackLine[];
    };

/** Context that changes the score without changing the response. */
export interface ScoreContext {
  /** How many hints the reader opened before answering. */
  readonly hintsUsed?: number;
}
