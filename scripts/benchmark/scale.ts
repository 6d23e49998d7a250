/**
 * Build scaling: how the build time grows when the content is multiplied. Both builds run in
 * copies of the project, every build cold, so neither the real dist/ nor its caches are touched.
 */
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { readLessonFile } from '../../src/lib/content/lesson-files';
import { countPages, timedBuild, type BuildTime } from './build';
import { tempDir } from './processes';
import { median } from './stats';

/** Top-level entries not copied: dependencies (linked instead), build output, caches, reports. */
const SKIP_TOP = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'bench',
  'test-results',
  'playwright-report',
  'coverage',
]);
/** Caches inside node_modules that a build writes to: kept private to the copy. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Links node_modules into the copy entry by entry (rather than as one symlink), so the copy's
 * build caches (node_modules/.astro, .vite) are its own and never touch the real project's.
 */
function linkNodeModules(projectRoot: string, copyRoot: string): void {
  const source = join(projectRoot, 'node_modules');
  const target = join(copyRoot, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(source)) {
    if (PRIVATE_CACHES.has(entry)) continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

/** A quiz bank renamed for copy `n`: its lesson, and every question id suffixed (ids stay unique). */
function copiedBank(text: string, slug: string, n: number): string {
  const data: unknown = parse(text);
  if (!isRecord(data)) throw new Error(`scale: the quiz bank for ${slug} is not a mapping`);
  const questions = Array.isArray(data.questions) ? data.questions : [];
  for (const question of questions) {
    if (isRecord(question)) question.id = `${String(question.id)}-copy-${n}`;
  }
  return stringify({ ...data, lesson: slug }, { lineWidth: 0 });
}

/**
 * Writes `factor - 1` copies of every lesson and quiz bank in the copy, so the content is `factor`
 * times what it was: `<slug>-copy-N.mdx` with `order` moved past every original (orders stay
 * unique), the title marked, and `<slug>-copy-N.yaml` naming that lesson.
 */
export function multiplyContent(
  root: string,
  factor: number,
): { lessons: number; lessonFiles: number; bankFiles: number } {
  const lessonsDir = join(root, 'content', 'lessons');
  const quizzesDir = join(root, 'content', 'quizzes');
  const lessons = readdirSync(lessonsDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(lessonsDir, name), 'utf8');
      const slug = name.replace(/\.mdx$/, '');
      // The site's own reader: a lesson it would refuse fails here, not later in the build.
      const { data } = readLessonFile(text, `content/lessons/${name}`, slug);
      const frontmatter = FRONTMATTER.exec(text)?.[0] ?? '';
      return { slug, text, frontmatter, order: data.order, title: data.title };
    });
  const maxOrder = Math.max(...lessons.map((lesson) => lesson.order));
  let lessonFiles = 0;
  let bankFiles = 0;
  for (const lesson of lessons) {
    let bank: string | undefined;
    try {
      bank = readFileSync(join(quizzesDir, `${lesson.slug}.yaml`), 'utf8');
    } catch {
      bank = undefined;
    }
    for (let n = 1; n < factor; n += 1) {
      const slug = `${lesson.slug}-copy-${n}`;
      const frontmatter = lesson.frontmatter
        .replace(/^order:.*$/m, `order: ${lesson.order + n * maxOrder}`)
        .replace(/^title:.*$/m, `title: ${JSON.stringify(`${lesson.title} (copy ${n})`)}`);
      writeFileSync(
        join(lessonsDir, `${slug}.mdx`),
        frontmatter + lesson.text.slice(lesson.frontmatter.length),
      );
      lessonFiles += 1;
      if (bank !== undefined) {
        writeFileSync(join(quizzesDir, `${slug}.yaml`), copiedBank(bank, slug, n));
        bankFiles += 1;
      }
    }
  }
  return { lessons: lessons.length, lessonFiles, bankFiles };
}

/** A copy of the project (no node_modules, dist, .git or caches) with node_modules linked in. */
function copyProject(projectRoot: string, prefix: string): { dir: string; remove: () => void } {
  const copy = tempDir(prefix);
  cpSync(projectRoot, copy.dir, {
    recursive: true,
    filter: (source) => {
      const rel = source.slice(projectRoot.length + 1);
      return rel === '' || !SKIP_TOP.has(rel.split(/[\\/]/)[0] ?? '');
    },
  });
  linkNodeModules(projectRoot, copy.dir);
  return copy;
}

interface BuildSample extends BuildTime {
  readonly pages: number;
}

/** A cold build: no dist, no Astro or Vite cache from the previous one. */
async function coldBuild(dir: string): Promise<BuildSample> {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  for (const cache of PRIVATE_CACHES) {
    rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  }
  const result = await timedBuild(dir);
  return { ...result, pages: countPages(join(dir, 'dist')) };
}

export interface BuildsSummary {
  readonly seconds: number | null;
  readonly cpuSeconds: number | null;
  readonly pages: number;
  readonly samples: readonly BuildSample[];
}

export interface ScaleResult {
  readonly factor: number;
  readonly buildsEach: number;
  readonly lessons: { readonly before: number; readonly after: number };
  readonly quizBanksAdded: number;
  readonly base: BuildsSummary;
  readonly scaled: BuildsSummary;
  readonly ratio: number | null;
  readonly cpuRatio: number | null;
}

const summarizeBuilds = (list: readonly BuildSample[]): BuildsSummary => ({
  seconds: median(list.map((b) => b.seconds)),
  cpuSeconds: median(list.map((b) => b.cpuSeconds)),
  pages: list[0]?.pages ?? 0,
  samples: list,
});

const ratioOf = (after: number | null, before: number | null): number | null =>
  before && after ? after / before : null;

/**
 * Builds a copy of the project as it is and a copy with the content multiplied, `builds` times
 * each, alternating (so a burst of load from other work hits both alike), every build cold.
 */
export async function measureScale(
  factor: number,
  builds: number,
  log: (line: string) => void,
): Promise<ScaleResult> {
  const projectRoot = resolve('.');
  const base = copyProject(projectRoot, 'bench-scale-x1-');
  const scaled = copyProject(projectRoot, `bench-scale-x${factor}-`);
  try {
    const added = multiplyContent(scaled.dir, factor);
    log(
      `scale: copies in ${base.dir} (content ×1) and ${scaled.dir} (content ×${factor}: ` +
        `${added.lessons} → ${added.lessons + added.lessonFiles} lessons, ${added.bankFiles} quiz banks added)`,
    );
    const samples: { base: BuildSample[]; scaled: BuildSample[] } = { base: [], scaled: [] };
    for (let i = 1; i <= builds; i += 1) {
      for (const [key, copy] of [
        ['base', base],
        ['scaled', scaled],
      ] as const) {
        const result = await coldBuild(copy.dir);
        samples[key].push(result);
        log(
          `scale: build ${i}/${builds}, content ×${key === 'base' ? 1 : factor}: ` +
            `${result.seconds.toFixed(1)} s wall, ${result.cpuSeconds?.toFixed(1) ?? '–'} s CPU, ${result.pages} pages`,
        );
      }
    }
    const before = summarizeBuilds(samples.base);
    const after = summarizeBuilds(samples.scaled);
    return {
      factor,
      buildsEach: builds,
      lessons: { before: added.lessons, after: added.lessons + added.lessonFiles },
      quizBanksAdded: added.bankFiles,
      base: before,
      scaled: after,
      ratio: ratioOf(after.seconds, before.seconds),
      cpuRatio: ratioOf(after.cpuSeconds, before.cpuSeconds),
    };
  } finally {
    base.remove();
    scaled.remove();
  }
}

/** The scaling paragraph of the report. */
export function scaleLines(scale: ScaleResult, siteBuild: BuildTime | null): string[] {
  const s = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)} s`);
  const x = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);
  const samples = (summary: BuildsSummary) =>
    summary.samples.map((b) => b.seconds.toFixed(1)).join(', ');
  return [
    '',
    `Build scaling: content ×${scale.factor} (${scale.lessons.before} → ${scale.lessons.after} lessons, ` +
      `${scale.base.pages} → ${scale.scaled.pages} pages), copies of the project, every build cold, ` +
      `medians of ${scale.buildsEach} alternating builds each:`,
    `  wall: ${s(scale.base.seconds)} → ${s(scale.scaled.seconds)}, ratio ${x(scale.ratio)}` +
      `   (samples ${samples(scale.base)} → ${samples(scale.scaled)})`,
    `  CPU (the build and every process it waited for):  ${s(scale.base.cpuSeconds)} → ${s(scale.scaled.cpuSeconds)}, ratio ${x(scale.cpuRatio)}` +
      `   (less sensitive than wall time to other work on this machine)`,
    ...(siteBuild
      ? [
          `  the site's own build above (its own caches, other work on the machine): ` +
            `${s(siteBuild.seconds)} wall, ${s(siteBuild.cpuSeconds)} CPU`,
        ]
      : []),
  ];
}
