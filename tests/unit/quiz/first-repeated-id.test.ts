import { describe, expect, it } from 'vitest';
import { firstRepeatedId } from '../../../src/logic/quiz/first-repeated-id';

describe('firstRepeatedId', () => {
  it('names the first id seen a second time', () => {
    expect(firstRepeatedId(['a', 'b', 'c', 'b', 'a'])).toBe('b');
  });
  it('is null when every id is unique, or there are none', () => {
    expect(firstRepeatedId(['a', 'b', 'c'])).toBeNull();
    expect(firstRepeatedId([])).toBeNull();
  });
});
