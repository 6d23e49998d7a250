import { describe, expect, it } from 'vitest';
import { formatFigure, formatReleaseDate } from '../../src/logic/figure-format';

describe('formatFigure', () => {
  it('formats money and percents, with or without the sign', () => {
    expect(formatFigure({ value: -1_215_402.9, unit: 'usd-millions' })).toBe(
      '\u2212$1,215.4 billion',
    );
    expect(formatFigure({ value: -918_416, unit: 'usd-millions' })).toBe('\u2212$918.4 billion');
    expect(formatFigure({ value: -918_416, unit: 'usd-millions' }, { abs: true })).toBe(
      '$918.4 billion',
    );
    expect(formatFigure({ value: 145, unit: 'percent' })).toBe('145%');
  });
});

describe('formatReleaseDate', () => {
  it('reads full and partial dates', () => {
    expect(formatReleaseDate('2025-04-03')).toBe('April 3, 2025');
    expect(formatReleaseDate('2025-06')).toBe('June 2025');
    expect(formatReleaseDate('2026')).toBe('2026');
  });
});
