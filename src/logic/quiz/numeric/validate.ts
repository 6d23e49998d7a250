import type { NumericQuestion } from '../../../schemas/quiz';
import type { NumericResponse } from '../response';
import type { Validation } from '../types';
import { invalid, VALID } from '../validation';
import { readNumericAnswer } from './read-answer';

/**
 * A numeric answer is complete when the money or percent parser can read it; otherwise the
 * parser's own message says what to fix ("Commas go between groups of three digits…").
 */
export function validateNumeric(question: NumericQuestion, response: NumericResponse): Validation {
  const reading = readNumericAnswer(question, response.text);
  return reading.ok ? VALID : invalid(reading.message);
}
