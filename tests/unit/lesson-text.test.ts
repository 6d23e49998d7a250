import { describe, expect, it } from 'vitest';
import {
  chartIdsIn,
  figureIdsIn,
  readableWords,
  readingMinutes,
  termIdsIn,
} from '../../src/logic/lesson-text';

const body = `---
title: x
---
In 2024 the deficit was <Figure id="us-2024" abs /> and in 2023 <Figure id='us-2023'/>.
A <Term id="trade-deficit">trade deficit</Term> is not a loss; again <Figure id="us-2024" />.
<Chart id="annual" />
`;

describe('lesson text', () => {
  it('lists figures and terms once each, in order of first use', () => {
    expect(figureIdsIn(body)).toEqual(['us-2024', 'us-2023']);
    expect(termIdsIn(body)).toEqual(['trade-deficit']);
    expect(chartIdsIn(body)).toEqual(['annual']);
  });

  it('counts the words a reader reads, not the markup', () => {
    const words = readableWords('## Heading\n\nA <Term id="x">trade deficit</Term> here.');
    expect(words).toEqual(['Heading', 'A', 'trade', 'deficit', 'here.']);
  });

  it('gives at least a minute and grows with the text', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('word '.repeat(238 * 5))).toBe(5);
  });
});
