import { describe, expect, it } from 'vitest';
import { fillFigures, fillPlaceholders } from '../../../src/logic/data/fill-figures';
import type { Figure } from '../../../src/schemas/figure';

const source = {
  kind: 'release',
  publisher: 'U.S. Census Bureau and U.S. Bureau of Economic Analysis',
  title: 'U.S. International Trade in Goods and Services',
  url: 'https://www.bea.gov/data/intl-trade-investment/international-trade-goods-and-services',
} satisfies Figure['source'];

const latestMonth = {
  id: 'balance-latest',
  label: 'U.S. trade balance, June 2026',
  unit: 'usd-millions',
  value: -73_261,
  period: '2026-06',
  vintage: 'As published in August 2026.',
  source,
} satisfies Figure;

const monthChange = {
  ...latestMonth,
  id: 'balance-change',
  label: 'Change in the trade balance, May to June 2026',
  value: 4386,
  period: '2026-05/2026-06',
  computed: {
    description: 'the latest value minus the one before',
    seriesIds: ['toy-trade'],
    columns: ['toy-trade#BOPGSTB'],
    release: 'August 2026',
    changeOf: { from: -77_647, to: -73_261 },
  },
} satisfies Figure;

const yearTotal = {
  ...latestMonth,
  id: 'balance-2025',
  label: 'U.S. trade balance, 2025',
  value: -1_240_912.6,
  period: '2025',
} satisfies Figure;

const roundYear = { ...yearTotal, id: 'round-year', value: -1_241_000 } satisfies Figure;

const share = {
  ...latestMonth,
  id: 'share-of-gdp',
  label: 'Trade balance as a share of GDP, 2025',
  unit: 'percent',
  value: -4.03,
  period: '2025',
} satisfies Figure;

const figures: ReadonlyMap<string, Figure> = new Map(
  [latestMonth, monthChange, yearTotal, roundYear, share].map((figure) => [figure.id, figure]),
);

const fill = (structure: unknown) => fillPlaceholders(structure, figures, 'question q1');

describe('fillPlaceholders in text', () => {
  it('{{id}} prints the figure as a lesson does', () => {
    expect(fill('The balance was {{balance-latest}}.').value).toBe(
      'The balance was \u2212$73.3 billion.',
    );
    expect(fill('{{share-of-gdp}} of GDP').value).toBe('\u22124% of GDP');
    expect(fill('{{ balance-latest }}').value).toBe('\u2212$73.3 billion');
  });

  it('{{id|abs}} prints it without its sign', () => {
    expect(fill('a deficit of {{balance-latest|abs}}').value).toBe('a deficit of $73.3 billion');
    expect(fill('a deficit of {{ balance-latest | abs }}').value).toBe(
      'a deficit of $73.3 billion',
    );
  });

  it('{{id|billions}} prints its size in billions, grouped, to one decimal', () => {
    expect(fill('{{balance-2025|billions}}').value).toBe('1,240.9');
    expect(fill('{{balance-latest|billions}}').value).toBe('73.3');
  });

  it('{{id|billions}} keeps its one decimal as {{id}} does, so the two agree', () => {
    expect(fill('{{round-year}} is {{round-year|billions}} billion').value).toBe(
      '\u2212$1,241.0 billion is 1,241.0 billion',
    );
  });

  it('{{id|period}} prints its period in words', () => {
    expect(fill('in {{balance-latest|period}}').value).toBe('in June 2026');
    expect(fill('from {{balance-change|period}}').value).toBe('from May to June 2026');
  });

  it('{{id|change}} prints a change as the news words it', () => {
    expect(fill('In June {{balance-change|change}}.').value).toBe(
      'In June the deficit narrowed by $4.4 billion.',
    );
  });

  it('fills every placeholder of a text and notes each figure used', () => {
    const filled = fill('{{balance-latest}} in {{balance-latest|period}}, {{share-of-gdp}}');
    expect(filled.value).toBe('\u2212$73.3 billion in June 2026, \u22124%');
    expect([...filled.used]).toEqual(['balance-latest', 'share-of-gdp']);
    expect(filled.problems).toEqual([]);
  });

  it('leaves text without placeholders as it is', () => {
    const filled = fill('A deficit is not a debt; {braces} and {{}} stay.');
    expect(filled.value).toBe('A deficit is not a debt; {braces} and {{}} stay.');
    expect(filled.used.size).toBe(0);
  });
});

describe('fillPlaceholders reports what it cannot fill, and where', () => {
  it('an id that names no figure', () => {
    const filled = fill('It was {{balance-1066}}.');
    expect(filled.value).toBe('It was {{balance-1066}}.');
    expect(filled.problems).toEqual([
      'question q1: {{balance-1066}} names no figure in content/data/figures.yaml',
    ]);
    expect(filled.used.size).toBe(0);
  });

  it('a format that is not one of the five', () => {
    const filled = fill('{{balance-latest|trillions}}');
    expect(filled.value).toBe('{{balance-latest|trillions}}');
    expect(filled.problems).toEqual([
      'question q1: "trillions" in {{balance-latest|trillions}} is not one of value, abs, billions, period, change',
    ]);
  });

  it('a change asked of a figure that is not a change', () => {
    const filled = fill('{{balance-latest|change}}');
    expect(filled.value).toBe('{{balance-latest|change}}');
    expect(filled.problems).toEqual([
      'question q1: {{balance-latest|change}} is not a change of two balances',
    ]);
  });

  it('an unknown number placeholder', () => {
    const filled = fill({ answer: { figure: 'balance-1066' } });
    expect(filled.value).toEqual({ answer: { figure: 'balance-1066' } });
    expect(filled.problems).toEqual([
      'question q1: { figure: balance-1066 } names no figure in content/data/figures.yaml',
    ]);
  });

  it('every problem, not only the first', () => {
    expect(fill(['{{nope}}', { hints: ['{{balance-latest|bogus}}'] }]).problems).toHaveLength(2);
  });
});

describe('fillPlaceholders where a number goes', () => {
  it('{ figure: id } is the figure’s value', () => {
    expect(fill({ answer: { figure: 'balance-latest' } }).value).toEqual({ answer: -73_261 });
  });

  it('{ figure: id, abs: true } is its size and { figure: id, negate: true } its opposite', () => {
    expect(fill({ figure: 'balance-latest', abs: true }).value).toBe(73_261);
    expect(fill({ figure: 'balance-latest', negate: true }).value).toBe(73_261);
    expect(fill({ figure: 'share-of-gdp', negate: true }).value).toBe(4.03);
    expect(fill({ figure: 'balance-latest', abs: false, negate: false }).value).toBe(-73_261);
  });

  it('an object with other keys beside figure is not a number placeholder', () => {
    const filled = fill({ figure: 'balance-latest', caption: '{{balance-latest|period}}' });
    expect(filled.value).toEqual({ figure: 'balance-latest', caption: 'June 2026' });
  });

  it('walks lists and maps at any depth, leaving other values alone', () => {
    const filled = fill({
      prompt: 'How large was the deficit in {{balance-latest|period}}?',
      tolerance: { relative: 0.01 },
      knownMistakes: [
        { value: { figure: 'balance-latest', abs: true }, feedback: 'Mind the sign.' },
      ],
      hints: ['It was {{balance-latest|abs}}.', null, true, 3],
    });
    expect(filled.value).toEqual({
      prompt: 'How large was the deficit in June 2026?',
      tolerance: { relative: 0.01 },
      knownMistakes: [{ value: 73_261, feedback: 'Mind the sign.' }],
      hints: ['It was $73.3 billion.', null, true, 3],
    });
    expect([...filled.used]).toEqual(['balance-latest']);
  });
});

describe('fillFigures', () => {
  const bank = {
    lesson: 'the-latest-report',
    questions: [
      {
        id: 'latest-month',
        prompt: 'What was the balance in {{balance-latest|period}}?',
        answer: { figure: 'balance-latest' },
        figures: ['share-of-gdp'],
      },
      {
        id: 'no-figures',
        prompt: 'Is a deficit a debt?',
      },
      {
        id: 'change',
        prompt: 'What happened? {{balance-change|change}} ({{balance-latest}}).',
        figures: ['balance-latest'],
      },
    ],
  };

  it('fills every question and adds the figures it used to its figures list', () => {
    const filled = fillFigures(bank, figures);
    expect(filled.problems).toEqual([]);
    expect(filled.value).toEqual({
      lesson: 'the-latest-report',
      questions: [
        {
          id: 'latest-month',
          prompt: 'What was the balance in June 2026?',
          answer: -73_261,
          figures: ['share-of-gdp', 'balance-latest'],
        },
        { id: 'no-figures', prompt: 'Is a deficit a debt?' },
        {
          id: 'change',
          prompt: 'What happened? the deficit narrowed by $4.4 billion (\u2212$73.3 billion).',
          figures: ['balance-latest', 'balance-change'],
        },
      ],
    });
  });

  it('names the question of each problem, by id or else by place', () => {
    const filled = fillFigures(
      { questions: [{ id: 'broken', prompt: '{{nope}}' }, { prompt: '{{nope|abs}}' }] },
      figures,
    );
    expect(filled.problems).toEqual([
      'question broken: {{nope}} names no figure in content/data/figures.yaml',
      'question #2: {{nope}} names no figure in content/data/figures.yaml',
    ]);
  });

  it('leaves alone what is not a bank of questions', () => {
    expect(fillFigures(['{{balance-latest}}'], figures)).toEqual({
      value: ['{{balance-latest}}'],
      problems: [],
    });
    expect(fillFigures({ title: '{{balance-latest}}' }, figures).value).toEqual({
      title: '{{balance-latest}}',
    });
  });
});
