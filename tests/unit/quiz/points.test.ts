import { describe, expect, it } from 'vitest';
import { countOf, formatPoints } from '../../../src/logic/quiz/points';

describe('formatPoints', () => {
  it.each([
    [0, '0 points'],
    [0.5, '0.5 points'],
    [1, '1 point'],
    [2, '2 points'],
    [2.5, '2.5 points'],
  ])('writes %d as "%s"', (points, text) => {
    expect(formatPoints(points)).toBe(text);
  });
});

describe('countOf', () => {
  it('uses the singular for one only', () => {
    expect(countOf(1, 'item')).toBe('1 item');
    expect(countOf(0, 'item')).toBe('0 items');
    expect(countOf(3, 'right answer')).toBe('3 right answers');
  });
});
