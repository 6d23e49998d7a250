import { describe, expect, it } from 'vitest';
import {
  figureRelease,
  formatFigure,
  formatFigureChange,
  formatFigurePeriod,
  formatReleaseDate,
  sourceLine,
} from '../../src/logic/figure-format';
import type { Figure } from '../../src/schemas/figure';

const MINUS = '\u2212';

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

  it('keeps money under ten trillion in billions, and a larger stock in trillions', () => {
    expect(formatFigure({ value: 9_248_400, unit: 'usd-millions' })).toBe('$9,248.4 billion');
    expect(formatFigure({ value: 39_065_421, unit: 'usd-millions' })).toBe('$39.1 trillion');
    expect(formatFigure({ value: 500, unit: 'usd-millions' })).toBe('$500 million');
  });

  it('writes money in the unit a page asks for', () => {
    expect(formatFigure({ value: 9_248_400, unit: 'usd-millions' }, { in: 'trillion' })).toBe(
      '$9.2 trillion',
    );
    expect(formatFigure({ value: -39_065_421, unit: 'usd-millions' }, { in: 'billion' })).toBe(
      `${MINUS}$39,065.4 billion`,
    );
  });

  it('writes a percent to one decimal by default, or to the decimals asked for', () => {
    expect(formatFigure({ value: -4.046, unit: 'percent' })).toBe(`${MINUS}4%`);
    expect(formatFigure({ value: -3.627, unit: 'percent' })).toBe(`${MINUS}3.6%`);
    expect(formatFigure({ value: -4.046, unit: 'percent' }, { decimals: 2 })).toBe(`${MINUS}4.05%`);
    expect(formatFigure({ value: -4.046, unit: 'percent' }, { abs: true })).toBe('4%');
  });

  it('writes a percent to no decimals without losing the zeros of a whole number', () => {
    expect(formatFigure({ value: 145.2, unit: 'percent' }, { decimals: 0 })).toBe('145%');
    expect(formatFigure({ value: 100, unit: 'percent' }, { decimals: 0 })).toBe('100%');
    expect(formatFigure({ value: 150, unit: 'percent' }, { decimals: 0 })).toBe('150%');
    expect(formatFigure({ value: 20.04, unit: 'percent' }, { decimals: 0 })).toBe('20%');
  });

  it('writes a count as a whole number', () => {
    expect(formatFigure({ value: 35, unit: 'count' })).toBe('35');
    expect(formatFigure({ value: 34.6, unit: 'count' })).toBe('35');
  });

  it('writes a ratio as "times", with a real minus sign for a negative one', () => {
    expect(formatFigure({ value: 1.58, unit: 'times' })).toBe('1.6 times');
    expect(formatFigure({ value: -3.47, unit: 'times' })).toBe(`${MINUS}3.5 times`);
    expect(formatFigure({ value: -3.47, unit: 'times' }, { abs: true })).toBe('3.5 times');
    expect(formatFigure({ value: 1.234, unit: 'times' }, { decimals: 2 })).toBe('1.23 times');
    expect(formatFigure({ value: 3, unit: 'times' })).toBe('3 times');
  });

  it('writes no minus sign before a ratio that rounds to zero', () => {
    expect(formatFigure({ value: -0.01, unit: 'times' })).toBe('0 times');
  });

  it('writes a rank in words, and a number past the fourth', () => {
    expect(formatFigure({ value: 1, unit: 'rank' })).toBe('largest');
    expect(formatFigure({ value: 2, unit: 'rank' })).toBe('second-largest');
    expect(formatFigure({ value: 3, unit: 'rank' })).toBe('third-largest');
    expect(formatFigure({ value: 4, unit: 'rank' })).toBe('fourth-largest');
    expect(formatFigure({ value: 5, unit: 'rank' })).toBe('number 5');
  });
});

describe('formatReleaseDate', () => {
  it('reads full and partial dates', () => {
    expect(formatReleaseDate('2025-04-03')).toBe('April 3, 2025');
    expect(formatReleaseDate('2025-06')).toBe('June 2025');
    expect(formatReleaseDate('2026')).toBe('2026');
  });

  it('writes the day without a leading zero, U.S. style', () => {
    expect(formatReleaseDate('2025-02-05')).toBe('February 5, 2025');
    expect(formatReleaseDate('2024-12-31')).toBe('December 31, 2024');
  });
});

describe('formatFigurePeriod', () => {
  it('writes a date, a month, a span or a fiscal year in words', () => {
    expect(formatFigurePeriod({ period: '2025-03-31' })).toBe('March 31, 2025');
    expect(formatFigurePeriod({ period: '2026-06' })).toBe('June 2026');
    expect(formatFigurePeriod({ period: '2024' })).toBe('2024');
    expect(formatFigurePeriod({ period: '1991/2025' })).toBe('1991–2025');
    expect(formatFigurePeriod({ period: '2026-01/2026-06' })).toBe('January to June 2026');
    expect(formatFigurePeriod({ period: 'FY2000' })).toBe('fiscal year 2000');
    expect(formatFigurePeriod({ period: '2025Q3' })).toBe('the third quarter of 2025');
  });
});

const computed = (from: number, to: number): NonNullable<Figure['computed']> => ({
  description: 'the latest value minus the one before',
  seriesIds: ['trade-monthly'],
  columns: ['trade-monthly#BOPGSTB'],
  release: 'August 2026',
  changeOf: { from, to },
});

describe('formatFigureChange', () => {
  it('says which way a balance moved, and by how much', () => {
    expect(formatFigureChange({ unit: 'usd-millions', computed: computed(-77_647, -73_261) })).toBe(
      'the deficit narrowed by $4.4 billion',
    );
    expect(formatFigureChange({ unit: 'usd-millions', computed: computed(-73_261, -78_000) })).toBe(
      'the deficit widened by $4.7 billion',
    );
    expect(formatFigureChange({ unit: 'usd-millions', computed: computed(2_000, -1_000) })).toBe(
      'the surplus of $2.0 billion turned into a deficit of $1.0 billion',
    );
  });

  it('is undefined for a figure that is not a change of two balances', () => {
    expect(formatFigureChange({ unit: 'usd-millions' })).toBeUndefined();
    const notAChange = {
      description: 'a sum',
      seriesIds: ['trade-monthly'],
      columns: ['trade-monthly#BOPGSTB'],
      release: 'August 2026',
    };
    expect(formatFigureChange({ unit: 'usd-millions', computed: notAChange })).toBeUndefined();
    expect(formatFigureChange({ unit: 'percent', computed: computed(-4, -3) })).toBeUndefined();
  });
});

const typedSource = {
  kind: 'release',
  publisher: 'U.S. Census Bureau and U.S. Bureau of Economic Analysis',
  title: 'U.S. International Trade in Goods and Services',
  released: '2025-02-05',
  url: 'https://www.bea.gov/data/intl-trade-investment/international-trade-goods-and-services',
} satisfies Figure['source'];

describe('figureRelease', () => {
  it('is the release of the data a computed figure read, or a typed figure’s vintage', () => {
    expect(figureRelease({ vintage: 'As published.', computed: computed(1, 2) })).toBe(
      'the August 2026 data',
    );
    expect(figureRelease({ vintage: 'first published (February 2025)' })).toBe(
      'first published (February 2025)',
    );
  });
});

describe('sourceLine', () => {
  it('names the publisher, the title, the release date and the vintage', () => {
    expect(sourceLine({ source: typedSource, vintage: 'first published' })).toBe(
      'U.S. Census Bureau and U.S. Bureau of Economic Analysis, U.S. International Trade in Goods and Services (released February 5, 2025); first published.',
    );
  });

  it('ends with one full stop when the vintage already has one', () => {
    expect(sourceLine({ source: typedSource, vintage: 'Revised June 2025.' })).toMatch(
      /; Revised June 2025\.$/,
    );
  });

  it('names the data release of a computed figure instead of a date, and leaves its vintage to its series', () => {
    expect(
      sourceLine({ source: typedSource, vintage: 'As published.', computed: computed(1, 2) }),
    ).toBe(
      'U.S. Census Bureau and U.S. Bureau of Economic Analysis, U.S. International Trade in Goods and Services (August 2026 data).',
    );
  });

  it('leaves out the date when the source has none', () => {
    const undated = {
      kind: 'release',
      publisher: typedSource.publisher,
      title: typedSource.title,
      url: typedSource.url,
    } satisfies Figure['source'];
    expect(sourceLine({ source: undated, vintage: 'as reported' })).toBe(
      'U.S. Census Bureau and U.S. Bureau of Economic Analysis, U.S. International Trade in Goods and Services; as reported.',
    );
  });
});
