import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLessonFile } from '../../../src/lib/content/lesson-files';
import { figuresById, readQuizBank } from '../../../src/lib/content/quiz-banks';
import { multiplyContent } from '../../../scripts/benchmark/scale';

// A copy of one real lesson and its bank, so the copies must pass the site's own schemas.
const root = mkdtempSync(join(tmpdir(), 'bench-scale-test-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
const slug = 'trade-balance-basics';
for (const [folder, file] of [
  ['lessons', `${slug}.mdx`],
  ['quizzes', `${slug}.yaml`],
] as const) {
  mkdirSync(join(root, 'content', folder), { recursive: true });
  cpSync(join('content', folder, file), join(root, 'content', folder, file));
}

describe('multiplyContent', () => {
  const added = multiplyContent(root, 3);
  const lesson = (name: string) =>
    readLessonFile(
      readFileSync(join(root, 'content', 'lessons', `${name}.mdx`), 'utf8'),
      name,
      name,
    );
  const figures = figuresById();
  const bank = (name: string) =>
    readQuizBank(
      readFileSync(join(root, 'content', 'quizzes', `${name}.yaml`), 'utf8'),
      name,
      figures,
    );

  it('writes factor − 1 copies of each lesson and its bank', () => {
    expect(added).toEqual({ lessons: 1, lessonFiles: 2, bankFiles: 2 });
    expect(readdirSync(join(root, 'content', 'lessons')).sort()).toEqual([
      `${slug}-copy-1.mdx`,
      `${slug}-copy-2.mdx`,
      `${slug}.mdx`,
    ]);
  });

  it('moves each copy past every original in course order and marks its title', () => {
    const original = lesson(slug);
    const second = lesson(`${slug}-copy-2`);
    expect(second.data.order).toBe(original.data.order * 3);
    expect(second.data.title).toBe(`${original.data.title} (copy 2)`);
    expect(second.body).toBe(original.body);
  });

  it('points each bank copy at its lesson, with question ids that stay unique', () => {
    const original = bank(slug);
    const copy = bank(`${slug}-copy-1`);
    expect(copy.lesson).toBe(`${slug}-copy-1`);
    expect(copy.questions.map((q) => q.id)).toEqual(
      original.questions.map((q) => `${q.id}-copy-1`),
    );
  });
});
