import type { NumericQuestion } from '../../../schemas/quiz';
import { fullMarks } from '../full-marks';
import { applyHintRule, hintsOpened } from '../hints';
import type { NumericResponse } from '../response';
import type { FeedbackLine, Score, ScoreContext } from '../types';
import { invalid } from '../validation';
import { diagnoseNumeric, type NumericDiagnosis } from './diagnose';
import { formatNumericValue, readNumericAnswer } from './read-answer';

/**
 * One point for a number within the question's tolerance. A wrong number gets feedback aimed
 * at the likely slip, and never the right answer itself, so the reader can try again. Every
 * answer also gets a line saying how it was read, because "918.4" read as billions and
 * "918,400" read as billions are very different claims.
 */
export function scoreNumeric(
  question: NumericQuestion,
  response: NumericResponse,
  context: ScoreContext = {},
): Score {
  const reading = readNumericAnswer(question, response.text);
  if (!reading.ok) return invalid(reading.message);
  const diagnosis = diagnoseNumeric(question, reading.value);
  const feedback: FeedbackLine[] = [
    verdictLine(question, diagnosis, hintsOpened(context) < question.hints.length),
    {
      tone: 'info',
      text: `We read your answer as ${formatNumericValue(question, reading.value)}.`,
    },
  ];
  return applyHintRule(
    question,
    { earned: diagnosis.kind === 'right' ? 1 : 0, total: fullMarks(question), feedback },
    context,
  );
}

function verdictLine(
  question: NumericQuestion,
  diagnosis: NumericDiagnosis,
  hintsLeft: boolean,
): FeedbackLine {
  switch (diagnosis.kind) {
    case 'right':
      return { tone: 'correct', text: 'That is right.' };
    case 'known-mistake':
      return { tone: 'incorrect', text: diagnosis.feedback };
    case 'flipped-sign':
      return { tone: 'incorrect', text: flippedSignText(question) };
    case 'scale-slip':
      return { tone: 'incorrect', text: scaleSlipText(question, diagnosis.factor) };
    case 'wrong':
      return {
        tone: 'incorrect',
        text: hintsLeft
          ? 'Check your working and try again, or open a hint.'
          : 'Check your working and try again.',
      };
  }
}

function flippedSignText(question: NumericQuestion): string {
  if (question.answerKind === 'percent') {
    return question.answer < 0
      ? 'Check the sign: this percent is negative, a fall rather than a rise.'
      : 'Check the sign: this percent is positive, a rise rather than a fall.';
  }
  return question.answer < 0
    ? 'Check the sign. A deficit is a negative balance: exports minus imports comes out below zero, so write it with a minus sign, as in −122.7.'
    : 'Check the sign. The question asks for a positive amount, such as the size of a deficit, a surplus, or a total of exports or imports.';
}

/** The name of the unit `formatMoney` would print an amount in. */
function moneyUnitName(millions: number): 'millions' | 'billions' | 'trillions' {
  const magnitude = Math.abs(millions);
  if (magnitude >= 1e6) return 'trillions';
  if (magnitude >= 1e3) return 'billions';
  return 'millions';
}

const UNIT_ORDER = ['millions', 'billions', 'trillions'] as const;

function scaleSlipText(question: NumericQuestion, factor: number): string {
  if (question.answerKind === 'percent') {
    return 'Check the scale: you may have written a share as a fraction (0.25) rather than a percent (25%).';
  }
  const tooLarge = factor > 1;
  const times = (tooLarge ? factor : 1 / factor).toLocaleString('en-US');
  const readerUnit = moneyUnitName(question.answer * factor);
  const rightUnit = moneyUnitName(question.answer);
  const size = `your answer is ${times} times too ${tooLarge ? 'large' : 'small'}`;
  if (readerUnit === rightUnit) return `Check the unit: ${size}.`;
  const [first, second] = [readerUnit, rightUnit].sort(
    (a, b) => UNIT_ORDER.indexOf(a) - UNIT_ORDER.indexOf(b),
  );
  return `You may have mixed up ${first ?? readerUnit} and ${second ?? rightUnit}: ${size}.`;
}
