/**
 * Reads the lessons in `content/lessons/` as the build sees them, without compiling the MDX:
 * frontmatter (checked against its schema), the body, and the ids of its `##` and `###`
 * headings (GitHub-style slugs, as the MDX processor makes them). The quiz banks' reference
 * check and the content tests read lessons here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { lessonSchema, type Lesson } from '../../schemas/lesson';

export const LESSON_DIR = resolve(process.cwd(), 'content/lessons');

export interface LessonFile {
  readonly slug: string;
  readonly file: string;
  readonly data: Lesson;
  readonly body: string;
  readonly headingIds: readonly string[];
}

/** The heading ids a lesson body gets: "## Deficit or surplus?" → "deficit-or-surplus". */
export function headingIdsOf(body: string): string[] {
  // The processor slugs headings of every level with one slugger, so an h4 counts for repeats.
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^(#{1,6})\s+(.+)$/gm)].flatMap((heading) => {
    const text = (heading[2] ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '');
    const id = slugger.slug(text);
    return heading[1] === '##' || heading[1] === '###' ? [id] : [];
  });
}

/** One lesson from its text; `file` is its path for messages. */
export function readLessonFile(text: string, file: string, slug: string): LessonFile {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${file}: the lesson has no frontmatter between --- lines`);
  const result = lessonSchema.safeParse(parseYaml(match[1] ?? ''));
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `field ${issue.path.map(String).join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`${file}: ${issues}`);
  }
  const body = match[2] ?? '';
  return { slug, file, data: result.data, body, headingIds: headingIdsOf(body) };
}

/** Every lesson, in course order. */
export function loadLessonFiles(): LessonFile[] {
  return readdirSync(LESSON_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) =>
      readLessonFile(
        readFileSync(resolve(LESSON_DIR, name), 'utf8'),
        `content/lessons/${name}`,
        name.replace(/\.mdx$/, ''),
      ),
    )
    .sort((a, b) => a.data.order - b.data.order);
}
