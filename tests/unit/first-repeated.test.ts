import { describe, expect, it } from 'vitest';
import { firstRepeated } from '../../src/logic/first-repeated';

describe('firstRepeated', () => {
  it('names the first id seen a second time', () => {
    expect(firstRepeated(['a', 'b', 'c', 'b', 'a'])).toBe('b');
  });
  it('is null when every id is unique, or there are none', () => {
    expect(firstRepeated(['a', 'b', 'c'])).toBeNull();
    expect(firstRepeated([])).toBeNull();
  });
});
