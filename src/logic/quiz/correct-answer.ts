/**
 * The right answer to a question, written out for the "Show answer" panel and for printed answer
 * keys. Lines, not markup, so that the island, the no-JavaScript page and a worksheet agree.
 */
import type { Question } from '../../schemas/quiz';
import { formatMoneyDetailed } from '../money';
import { formatPercent } from '../percent';

export interface CorrectAnswer {
  /** A one-line heading, e.g. "Answer: A trade deficit" or "The right order". */
  readonly summary: string;
  /** Further lines: each right choice, each item with its bucket, or the items in order. */
  readonly lines: readonly string[];
  /** Whether `lines` is a ranking (shown as a numbered list). */
  readonly ordered: boolean;
}

export function correctAnswer(question: Question): CorrectAnswer {
  switch (question.type) {
    case 'single': {
      const right = question.choices.find((choice) => choice.correct);
      return { summary: `Answer: ${right?.text ?? ''}`, lines: [], ordered: false };
    }
    case 'multi': {
      const right = question.choices
        .filter((choice) => choice.correct)
        .map((choice) => choice.text);
      return {
        summary: right.length === 1 ? 'The right choice:' : 'The right choices:',
        lines: right,
        ordered: false,
      };
    }
    case 'numeric': {
      const value =
        question.answerKind === 'percent'
          ? formatPercent(question.answer)
          : formatMoneyDetailed(question.answer);
      return { summary: `Answer: ${value}`, lines: [], ordered: false };
    }
    case 'classify': {
      const labels = new Map(question.buckets.map((bucket) => [bucket.id, bucket.label]));
      const lines = question.items.map(
        (item) => `${item.text} → ${labels.get(item.bucket) ?? item.bucket}`,
      );
      return { summary: 'Where each one belongs:', lines, ordered: false };
    }
    case 'order': {
      const summary = `The right order, ${question.firstLabel} first:`;
      return { summary, lines: question.items.map((item) => item.text), ordered: true };
    }
  }
}
