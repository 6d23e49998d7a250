import type { OrderQuestion } from '../../../schemas/quiz';
import type { OrderResponse } from '../response';
import type { Validation } from '../types';
import { firstRepeatedId, invalid, UNKNOWN_OPTION_MESSAGE, VALID } from '../validation';

/** An ordering is complete when it lists each of the question's items exactly once. */
export function validateOrder(question: OrderQuestion, response: OrderResponse): Validation {
  if (response.itemIds.length === 0) return invalid('Put the items in order first.');
  const known = new Set(question.items.map((item) => item.id));
  if (!response.itemIds.every((id) => known.has(id))) return invalid(UNKNOWN_OPTION_MESSAGE);
  if (firstRepeatedId(response.itemIds) !== null) {
    return invalid('Each item can appear only once in the order. Reload the page and try again.');
  }
  if (response.itemIds.length !== question.items.length) {
    return invalid('Place every item in the order first.');
  }
  return VALID;
}
