import type { ClassifyQuestion } from '../../../schemas/quiz';
import { countOf } from '../points';
import type { ClassifyResponse } from '../response';
import type { Validation } from '../types';
import { invalid, ownEntry, UNKNOWN_OPTION_MESSAGE, VALID } from '../validation';

/**
 * A sorting answer is complete when every item sits in one of the question's buckets. Names
 * the question does not know (an item or a bucket) make the response malformed.
 */
export function validateClassify(
  question: ClassifyQuestion,
  response: ClassifyResponse,
): Validation {
  const itemIds = new Set(question.items.map((item) => item.id));
  const bucketIds = new Set(question.buckets.map((bucket) => bucket.id));
  for (const [itemId, bucketId] of Object.entries(response.placements)) {
    if (!itemIds.has(itemId)) return invalid(UNKNOWN_OPTION_MESSAGE);
    if (bucketId !== null && !bucketIds.has(bucketId)) return invalid(UNKNOWN_OPTION_MESSAGE);
  }
  const unplaced = question.items.filter((item) => {
    const bucketId = ownEntry(response.placements, item.id);
    return typeof bucketId !== 'string';
  }).length;
  if (unplaced === question.items.length) return invalid('Sort the items into groups first.');
  if (unplaced > 0) {
    return invalid(`Sort every item first: ${countOf(unplaced, 'item')} still to place.`);
  }
  return VALID;
}
