/**
 * Sentences that rest on the data, held to it. Each `<Claim id>` in a lesson, each `claims:`
 * of a quiz question or glossary entry, is checked against the series in content/data; when a
 * newer file makes one false, the failure names the lesson (or bank) and quotes the sentence.
 */
import { describe, expect, it } from 'vitest';
import { siteClaims } from '../../src/lib/data/claims-file';
import { loadGlossary, loadLessons, loadQuizBanks } from './load';

const claims = siteClaims();
const lessons = loadLessons();
const banks = loadQuizBanks();
const glossary = [...loadGlossary().values()];

/** The words a reader sees of some MDX: tags and markdown marks removed, figures as "…". */
const words = (mdx: string) =>
  mdx
    .replace(/<Figure\b[^>]*\/>/g, '…')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Each `<Claim id="…">…</Claim>` of a lesson with the sentence it wraps (claims may nest). */
function claimsIn(body: string): { id: string; sentence: string }[] {
  const found: { id: string; sentence: string }[] = [];
  const open: { id: string; start: number }[] = [];
  const tokens = /<Claim\s+id="([^"]+)"\s*>|<\/Claim>/g;
  for (const match of body.matchAll(tokens)) {
    if (match[1] !== undefined) {
      open.push({ id: match[1], start: match.index + match[0].length });
    } else {
      const last = open.pop();
      if (!last) throw new Error('a </Claim> closes nothing');
      found.push({ id: last.id, sentence: words(body.slice(last.start, match.index)) });
    }
  }
  if (open.length > 0) throw new Error(`<Claim id="${open[0]?.id ?? ''}"> is never closed`);
  return found;
}

describe('sentences in the lessons', () => {
  for (const lesson of lessons) {
    const found = claimsIn(lesson.body);
    it.each(found.map((entry) => [entry.id, entry.sentence] as const))(
      `${lesson.slug}: <Claim id="%s"> still holds for "%s"`,
      (id, sentence) => {
        const checked = claims.get(id);
        expect(checked, `content/lessons/${lesson.slug}.mdx names no claim "${id}"`).toBeDefined();
        const result = checked?.result;
        expect(
          result?.ok,
          `content/lessons/${lesson.slug}.mdx, the sentence "${sentence}": the data no longer support "${checked?.claim.says ?? id}"${result && !result.ok ? ` (${result.reason})` : ''}`,
        ).toBe(true);
      },
    );
  }

  it('wrap the sentences the issue names: every year since 1991, services, surplus years, partners', () => {
    const used = new Set(lessons.flatMap((lesson) => claimsIn(lesson.body).map((c) => c.id)));
    for (const id of [
      'deficit-every-year',
      'services-surplus-every-year',
      'debt-held-by-public-fell-in-surplus-years',
      'netherlands-largest-surplus-2024',
      'china-largest-deficit-2024',
    ]) {
      expect(used.has(id), id).toBe(true);
    }
  });
});

describe('quiz questions and glossary entries that rest on the data', () => {
  const uses = [
    ...banks.flatMap(({ slug, bank }) =>
      bank.questions.flatMap((question) =>
        question.claims.map(
          (id) => [`content/quizzes/${slug}.yaml, question ${question.id}`, id] as const,
        ),
      ),
    ),
    ...glossary.flatMap((entry) =>
      entry.claims.map((id) => [`content/glossary.yaml, entry ${entry.id}`, id] as const),
    ),
  ];

  it.each(uses)('%s: the claim "%s" still holds', (where, id) => {
    const checked = claims.get(id);
    expect(checked, `${where} names no claim "${id}"`).toBeDefined();
    const result = checked?.result;
    expect(result?.ok, `${where}: ${result && !result.ok ? result.reason : ''}`).toBe(true);
  });
});

describe('content/data/claims.yaml', () => {
  it('has no claim that nothing uses', () => {
    const used = new Set([
      ...lessons.flatMap((lesson) => claimsIn(lesson.body).map((entry) => entry.id)),
      ...banks.flatMap(({ bank }) => bank.questions.flatMap((question) => question.claims)),
      ...glossary.flatMap((entry) => entry.claims),
    ]);
    expect([...claims.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});
