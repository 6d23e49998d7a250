import { describe, expect, it } from 'vitest';
import { chartIdsIn, figureIdsIn, termIdsIn } from '../../src/logic/lesson-text';
import { CHART_IDS } from '../../src/lib/charts/chart-spec';
import { calculators } from '../../src/lib/calculators';
import { loadFigures, loadGlossary, loadLessons, loadQuizBanks } from './load';

const lessons = loadLessons();
const banks = loadQuizBanks();
const figures = loadFigures();
const glossary = loadGlossary();
// The charts and calculators that exist, from the code that defines them.
const knownCharts: readonly string[] = CHART_IDS;
const knownCalculators: readonly string[] = calculators.map((calculator) => calculator.slug);

describe('lessons', () => {
  it('are numbered 1, 2, 3… without gaps or repeats', () => {
    expect(lessons.map((lesson) => lesson.data.order)).toEqual(
      lessons.map((_, index) => index + 1),
    );
  });

  for (const lesson of lessons) {
    describe(lesson.slug, () => {
      it('uses only figures that exist', () => {
        const missing = figureIdsIn(lesson.body).filter((id) => !figures.has(id));
        expect(missing).toEqual([]);
        expect(figureIdsIn(lesson.body).length).toBeGreaterThan(0);
      });

      it('links only glossary terms that exist', () => {
        expect(termIdsIn(lesson.body).filter((id) => !glossary.has(id))).toEqual([]);
      });

      it('uses only charts and calculators that exist', () => {
        expect(chartIdsIn(lesson.body).filter((id) => !knownCharts.includes(id))).toEqual([]);
        const slugs = [...lesson.body.matchAll(/<Calculator\s+slug="([^"]+)"/g)].map((m) => m[1]);
        expect(
          slugs.filter((slug) => slug === undefined || !knownCalculators.includes(slug)),
        ).toEqual([]);
      });

      it('has exactly one misconceptions box and at least one worked example', () => {
        expect(lesson.body.match(/<Callout\s+kind="misconceptions"/g)?.length ?? 0).toBe(1);
        expect(lesson.body.match(/<Callout\s+kind="example"/g)?.length ?? 0).toBeGreaterThanOrEqual(
          1,
        );
      });

      it('has objectives and a quiz bank', () => {
        expect(lesson.data.objectives.length).toBeGreaterThan(0);
        expect(banks.some((bank) => bank.slug === lesson.slug)).toBe(true);
      });

      it('types no data figure into its prose: every sourced number goes through <Figure>', () => {
        // Amounts in the tens of billions or more, written out in prose, are almost always data.
        // Worked examples use made-up numbers, and `code` shows input formats, not data.
        const prose = lesson.body
          .replace(/<Callout\s+kind="example"[\s\S]*?<\/Callout>/g, '')
          .replace(/`[^`]*`/g, '');
        const typed = prose.match(/\$\d{2,}(\.\d)?\s*(billion|trillion)/g) ?? [];
        expect(typed).toEqual([]);
      });
    });
  }
});

describe('quiz banks', () => {
  const lessonBySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  const allIds = banks.flatMap(({ bank }) => bank.questions.map((question) => question.id));

  it('use each question id once across every bank', () => {
    expect(allIds.filter((id, index) => allIds.indexOf(id) !== index)).toEqual([]);
  });

  for (const { slug, bank } of banks) {
    describe(slug, () => {
      const lesson = lessonBySlug.get(slug);

      it('belongs to a lesson of the same name', () => {
        expect(
          lesson,
          `content/quizzes/${slug}.yaml has no lesson content/lessons/${slug}.mdx`,
        ).toBeDefined();
        expect(bank.lesson).toBe(slug);
      });

      it('has at least eight questions of at least three types', () => {
        expect(bank.questions.length).toBeGreaterThanOrEqual(8);
        expect(
          new Set(bank.questions.map((question) => question.type)).size,
        ).toBeGreaterThanOrEqual(3);
      });

      it('points at objectives, sections and figures that exist', () => {
        const objectives = new Set(lesson?.data.objectives.map((objective) => objective.id));
        const sections = new Set(lesson?.headingIds);
        const problems = bank.questions.flatMap((question) => [
          ...(question.objective && !objectives.has(question.objective)
            ? [`${question.id}: objective "${question.objective}"`]
            : []),
          ...(question.section && !sections.has(question.section)
            ? [`${question.id}: section "${question.section}"`]
            : []),
          ...question.figures
            .filter((id) => !figures.has(id))
            .map((id) => `${question.id}: figure "${id}"`),
        ]);
        expect(problems).toEqual([]);
      });

      it('gives every choice feedback and every question an explanation', () => {
        const silent = bank.questions.flatMap((question) =>
          question.type === 'single' || question.type === 'multi'
            ? question.choices
                .filter((choice) => !choice.feedback)
                .map((choice) => `${question.id}/${choice.id}`)
            : [],
        );
        expect(silent).toEqual([]);
      });
    });
  }
});

describe('glossary', () => {
  const used = new Set(lessons.flatMap((lesson) => termIdsIn(lesson.body)));

  it('links related terms that exist', () => {
    const broken = [...glossary.values()].flatMap((entry) =>
      entry.related.filter((id) => !glossary.has(id)).map((id) => `${entry.id} → ${id}`),
    );
    expect(broken).toEqual([]);
  });

  it('has no entry that no lesson uses', () => {
    expect([...glossary.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});
