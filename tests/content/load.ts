/**
 * Reads the content folder the way the build does, for tests that check it without building:
 * lessons (frontmatter and body), quiz banks, glossary and figures, each through its schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { loadQuizBanks as loadSiteQuizBanks } from '../../src/lib/content/quiz-banks';
import { loadFigures as loadSiteFigures } from '../../src/lib/data/figures-file';
import type { Figure } from '../../src/schemas/figure';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schemas/glossary';
import { lessonSchema, type Lesson } from '../../src/schemas/lesson';
import type { QuizBank } from '../../src/schemas/quiz';

export const contentDir = join(process.cwd(), 'content');

export interface LoadedLesson {
  slug: string;
  data: Lesson;
  body: string;
  /** Heading ids as the build makes them (GitHub-style slugs of ## and ### headings). */
  headingIds: string[];
}

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`)
    .join('; ');
  throw new Error(`${file}: ${issues}`);
}

export function loadLessons(): LoadedLesson[] {
  const dir = join(contentDir, 'lessons');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/lessons/${name}: no frontmatter`);
      const data = parseOrThrow(lessonSchema, parse(match[1] ?? ''), `content/lessons/${name}`);
      const body = match[2] ?? '';
      const slugger = new GithubSlugger();
      const headingIds = [...body.matchAll(/^#{2,3}\s+(.+)$/gm)].map((heading) =>
        slugger.slug((heading[1] ?? '').replace(/<[^>]+>/g, '').replace(/[*_`]/g, '')),
      );
      return { slug: name.replace(/\.mdx$/, ''), data, body, headingIds };
    })
    .sort((a, b) => a.data.order - b.data.order);
}

/** The banks as the build reads them: figure placeholders filled, schema checked. */
export function loadQuizBanks(): { slug: string; bank: QuizBank }[] {
  return loadSiteQuizBanks().map(({ slug, bank }) => ({ slug, bank }));
}

function loadList<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
  const raw: unknown = parse(readFileSync(join(contentDir, file), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`content/${file}: expected a list`);
  return raw.map((entry: unknown, index) =>
    parseOrThrow(schema, entry, `content/${file} entry ${index + 1}`),
  );
}

/** The figures as the build resolves them (computed ones worked out from the series). */
export function loadFigures(): Map<string, Figure> {
  return new Map(loadSiteFigures().map((figure) => [figure.id, figure]));
}

export function loadGlossary(): Map<string, GlossaryEntry> {
  return new Map(loadList('glossary.yaml', glossaryEntrySchema).map((entry) => [entry.id, entry]));
}
