/**
 * The runtime shape of a `QuizResponse`. The island builds responses from form controls, but a
 * response can also come back from a URL or from storage, so the scorer checks its shape
 * instead of trusting the type: a wrong shape is an invalid answer, never an exception.
 */
import type { QuizResponse } from './types';

export type SingleResponse = Extract<QuizResponse, { type: 'single' }>;
export type MultiResponse = Extract<QuizResponse, { type: 'multi' }>;
export type NumericResponse = Extract<QuizResponse, { type: 'numeric' }>;
export type ClassifyResponse = Extract<QuizResponse, { type: 'classify' }>;
export type OrderResponse = Extract<QuizResponse, { type: 'order' }>;

/**
 * No question has anywhere near this many options or items; a longer list is a bug, not an
 * answer, and refusing it early keeps scoring fast whatever arrives.
 */
export const MAX_RESPONSE_ENTRIES = 200;

/** Ids are short slugs; this bound only stops absurd strings from being compared at length. */
const MAX_ID_LENGTH = 200;

// Checked by hand rather than with zod: this runs in the quiz island, and zod would add about
// 25 KB of JavaScript to every lesson page for four small shapes.
function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH;
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_RESPONSE_ENTRIES && value.every(isId);
}

function isPlacements(value: unknown): value is Record<string, string | null> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_RESPONSE_ENTRIES &&
    entries.every(([key, bucket]) => isId(key) && (bucket === null || isId(bucket)))
  );
}

/** Too many entries to be an answer, checked before zod walks every element. */
function isOversized(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const lists: unknown[] = Object.values(value);
  for (const list of lists) {
    if (Array.isArray(list) && list.length > MAX_RESPONSE_ENTRIES) return true;
    if (
      typeof list === 'object' &&
      list !== null &&
      Object.keys(list).length > MAX_RESPONSE_ENTRIES
    ) {
      return true;
    }
  }
  return false;
}

/** The response if it has a `QuizResponse` shape, or null for anything else. */
export function readResponse(value: unknown): QuizResponse | null {
  if (isOversized(value) || typeof value !== 'object' || value === null) return null;
  const record: Record<string, unknown> = { ...value };
  switch (record['type']) {
    case 'single': {
      const choiceId = record['choiceId'];
      return choiceId === null || isId(choiceId) ? { type: 'single', choiceId } : null;
    }
    case 'multi': {
      const choiceIds = record['choiceIds'];
      return isIdList(choiceIds) ? { type: 'multi', choiceIds } : null;
    }
    case 'numeric': {
      const text = record['text'];
      return typeof text === 'string' ? { type: 'numeric', text } : null;
    }
    case 'classify': {
      const placements = record['placements'];
      return isPlacements(placements) ? { type: 'classify', placements: { ...placements } } : null;
    }
    case 'order': {
      const itemIds = record['itemIds'];
      return isIdList(itemIds) ? { type: 'order', itemIds } : null;
    }
    default:
      return null;
  }
}
