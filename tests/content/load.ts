/**
 * The content as the build reads it, for tests that check it without building. Every reader here
 * is the site's own (src/lib/content, src/lib/data), so a test can never pass on a parse the build
 * would not make: this file only reshapes their results into maps keyed by id.
 */
import { loadGlossary as loadSiteGlossary } from '../../src/lib/content/glossary-file';
import { loadLessonFiles, type LessonFile } from '../../src/lib/content/lesson-files';
import { loadQuizBanks as loadSiteQuizBanks } from '../../src/lib/content/quiz-banks';
import { loadFigures as loadSiteFigures } from '../../src/lib/data/figures-file';
import type { Figure } from '../../src/schemas/figure';
import type { GlossaryEntry } from '../../src/schemas/glossary';
import type { QuizBank } from '../../src/schemas/quiz';

export type LoadedLesson = LessonFile;

/** Every lesson in course order: frontmatter checked, body, heading ids as the build makes them. */
export function loadLessons(): LessonFile[] {
  return loadLessonFiles();
}

/** The banks as the build reads them: figure placeholders filled, schema checked. */
export function loadQuizBanks(): { slug: string; bank: QuizBank }[] {
  return loadSiteQuizBanks().map(({ slug, bank }) => ({ slug, bank }));
}

/** The figures as the build resolves them (computed ones worked out from the series). */
export function loadFigures(): Map<string, Figure> {
  return new Map(loadSiteFigures().map((figure) => [figure.id, figure]));
}

/** The glossary as the build reads it (examples' figure placeholders filled), by id. */
export function loadGlossary(): Map<string, GlossaryEntry> {
  return new Map(loadSiteGlossary().map((entry) => [entry.id, entry]));
}
