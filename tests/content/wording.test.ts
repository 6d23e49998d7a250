/**
 * Wording the data and the quiz engine can make wrong:
 * - a hint or explanation that names an option by its position, in a question whose options
 *   the quiz shuffles;
 * - a sentence that sets figures of two releases side by side without saying so;
 * - a sentence that says "latest" about a figure from an older file than the newest one held.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/data/series-files';
import type { Figure } from '../../src/schemas/figure';
import type { Question } from '../../src/schemas/quiz';
import { loadFigures, loadLessons, loadQuizBanks } from './load';

const lessons = loadLessons();
const banks = loadQuizBanks();
const figures = loadFigures();
const catalog = loadCatalog();

/**
 * Ways of pointing at an option by where it sits, which a shuffled question cannot keep true:
 * "the first three", "the last one", "option B", "the items above".
 */
const POSITION_WORDS = [
  /\b(first|second|third|fourth|fifth|last)\s+(one|two|three|four|five|item|items|choice|choices|option|options|answer|answers|statement|statements)\b/i,
  /\b(option|choice|answer)\s+[A-E]\b/,
  /\b(listed|shown|given)\s+(above|below)\b/i,
  /\bthe\s+(ones?|items?|choices?|options?|statements?)\s+(above|below)\b/i,
  /\b(top|bottom)\s+(one|item|choice|option)\b/i,
];

export function positionWords(text: string): string | undefined {
  for (const pattern of POSITION_WORDS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** The texts a reader gets as help or explanation. */
const helpTexts = (question: Question): string[] => [
  question.explanation,
  ...question.hints,
  ...(question.type === 'single' || question.type === 'multi'
    ? question.choices.flatMap((choice) => (choice.feedback ? [choice.feedback] : []))
    : []),
  ...(question.type === 'classify'
    ? question.items.flatMap((item) => (item.feedback ? [item.feedback] : []))
    : []),
];

describe('shuffled questions', () => {
  it('the check catches the two hints the review found', () => {
    expect(positionWords("The first three items are the administration's")).toBe('first three');
    expect(positionWords('The first three are possible effects; retaliation does not…')).toBe(
      'first three',
    );
    expect(positionWords('Pick option B.')).toBe('option B');
    expect(positionWords('The goods balance is below zero every year.')).toBeUndefined();
    expect(positionWords('As first published, the deficit was larger.')).toBeUndefined();
  });

  for (const { slug, bank } of banks) {
    for (const question of bank.questions) {
      if (question.type === 'numeric') continue;
      it(`${slug}/${question.id}: no hint or explanation points at an option by its position`, () => {
        const found = helpTexts(question).flatMap((text) => {
          const words = positionWords(text);
          return words === undefined ? [] : [`"${words}" in "${text}"`];
        });
        expect(found).toEqual([]);
      });
    }
  }
});

/** A lesson's prose split into sentences, worked examples and code left out. */
function sentencesOf(body: string): string[] {
  return body
    .replace(/<Callout\s+kind="example"[\s\S]*?<\/Callout>/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .split(/\n{2,}|(?<=[.?!])\s+(?=[A-Z<])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.includes('<Figure'));
}

/** The figures a sentence prints as numbers (not those printed only for a date). */
function numbersIn(sentence: string): Figure[] {
  return [...sentence.matchAll(/<Figure\s+id="([^"]+)"([^>]*)\/>/g)].flatMap((match) => {
    const figure = figures.get(match[1] ?? '');
    const show = /show="([^"]+)"/.exec(match[2] ?? '')?.[1];
    return figure && (show === undefined || show === 'change') ? [figure] : [];
  });
}

/** One release of one kind of number: a computed figure's files, or a typed figure's release. */
const releaseOf = (figure: Figure): string =>
  figure.computed
    ? figure.computed.seriesIds.join('+')
    : `${figure.vintage} (${figure.source.released ?? ''})`;

/** Words that tell the reader a sentence sets releases side by side on purpose. */
const NAMES_ITS_RELEASES =
  /first published|first report|revis|vintage|release|as published|as it stood|the article|partner figures|in the same/i;

/** Figures of different kinds (a tariff rate, a debt, a trade balance) are not one series. */
const kindOf = (figure: Figure): string =>
  figure.unit === 'usd-millions'
    ? figure.label.replace(/,.*$/, '').replace(/ \(.*$/, '')
    : figure.unit;

describe('sentences in the lessons', () => {
  for (const lesson of lessons) {
    it(`${lesson.slug}: no sentence mixes two releases of one kind of number without saying so`, () => {
      const mixed = sentencesOf(lesson.body).filter((sentence) => {
        const byKind = new Map<string, Set<string>>();
        for (const figure of numbersIn(sentence)) {
          const kind = kindOf(figure);
          byKind.set(kind, new Set([...(byKind.get(kind) ?? []), releaseOf(figure)]));
        }
        const mixes = [...byKind.values()].some((releases) => releases.size > 1);
        return mixes && !NAMES_ITS_RELEASES.test(sentence);
      });
      expect(mixed).toEqual([]);
    });

    it(`${lesson.slug}: a sentence that says "latest" or "newest" shows the newest data held`, () => {
      const stale = sentencesOf(lesson.body)
        .filter((sentence) => /\b(latest|newest|most recent|currently)\b/i.test(sentence))
        .flatMap((sentence) =>
          numbersIn(sentence)
            .filter((figure) => !isNewest(figure))
            .map((figure) => `${figure.id} in "${sentence}"`),
        );
      expect(stale).toEqual([]);
    });
  }
});

/**
 * Whether a figure comes from the newest file held for every FRED series it reads (a column
 * with no FRED id has no newer vintage to compare). A typed figure is never "the latest": it is
 * a moment a release or the article recorded.
 */
function isNewest(figure: Figure): boolean {
  if (!figure.computed) return false;
  return figure.computed.columns.every((read) => {
    const [id = '', name] = read.split('#');
    const column = catalog.find(id)?.columns.find((candidate) => candidate.name === name);
    return column?.fred === undefined || catalog.newest(column.fred)?.entry.id === id;
  });
}

describe('quiz questions', () => {
  for (const { slug, bank } of banks) {
    for (const question of bank.questions) {
      const text = [question.prompt, question.explanation].join(' ');
      if (!/\b(latest|newest|most recent)\b/i.test(text)) continue;
      it(`${slug}/${question.id}: says "latest" and quotes only the newest data`, () => {
        const stale = question.figures.filter((id) => {
          const figure = figures.get(id);
          return !figure || !isNewest(figure);
        });
        expect(stale).toEqual([]);
      });
    }
  }
});

describe('figures', () => {
  it('a figure whose id or label says "latest" reads the newest file of its series', () => {
    const stale = [...figures.values()].filter(
      (figure) => /latest/i.test(`${figure.id} ${figure.label}`) && !isNewest(figure),
    );
    expect(stale.map((figure) => figure.id)).toEqual([]);
  });
});
