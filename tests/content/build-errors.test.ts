/**
 * A teacher's typo must stop the build with a message that says which file and which field.
 * This copies the project into a temporary folder, breaks one content file, and runs the real
 * content sync that `astro build` starts with.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'tde-content-'));
for (const entry of [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'content',
  'public',
]) {
  cpSync(join(root, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs `astro <command>` with the project's own Node (Astro needs a newer one than some machines have). */
function astro(command: 'sync' | 'build'): { status: number | null; output: string } {
  const node = join(root, 'node_modules', '.bin', 'node');
  const cli = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(node, [cli, command], {
    cwd: work,
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const sync = () => astro('sync');

function breakFile(relative: string, from: string | RegExp, to: string): () => void {
  const path = join(work, relative);
  const original = readFileSync(path, 'utf8');
  const broken = original.replace(from, to);
  expect(broken).not.toBe(original);
  writeFileSync(path, broken);
  return () => {
    writeFileSync(path, original);
  };
}

describe('content errors stop the build', () => {
  it('names the lesson file and the field', () => {
    const restore = breakFile(
      'content/lessons/trade-balance-basics.mdx',
      /^order: 1$/m,
      'order: first',
    );
    const { status, output } = sync();
    restore();
    expect(status).not.toBe(0);
    expect(output).toContain('trade-balance-basics');
    expect(output).toMatch(/order/);
  }, 120_000);

  it('names the quiz bank, the question and the field', () => {
    const restore = breakFile(
      'content/quizzes/trade-balance-basics.yaml',
      'tolerance: { absolute: 1 }',
      'tolerance: { relative: 5 }',
    );
    const { status, output } = sync();
    restore();
    expect(status).not.toBe(0);
    expect(output).toContain('content/quizzes/trade-balance-basics.yaml');
    expect(output).toContain('question tbb-compute-balance, field tolerance');
  }, 120_000);

  it.each([
    [
      'an objective',
      'objective: compute-balance',
      'objective: compute-the-balance',
      'field objective: "compute-the-balance" is not an objective of the lesson trade-balance-basics',
    ],
    [
      'a section',
      'section: what-the-trade-balance-measures',
      'section: what-it-measures',
      'field section: "what-it-measures" is not a heading of the lesson trade-balance-basics',
    ],
    [
      'a figure',
      '    section: deficit-or-surplus\n',
      '    figures: [no-such-figure]\n    section: deficit-or-surplus\n',
      'field figures: "no-such-figure" is not in content/data/figures.yaml',
    ],
    [
      'a claim',
      'claims: [services-offset-part-not-all]',
      'claims: [no-such-claim]',
      'field claims: "no-such-claim" is not in content/data/claims.yaml',
    ],
  ])(
    'stops when a question points at %s that does not exist',
    (_what, from, to, message) => {
      const restore = breakFile('content/quizzes/trade-balance-basics.yaml', from, to);
      const { status, output } = sync();
      restore();
      expect(status).not.toBe(0);
      expect(output).toContain('content/quizzes/trade-balance-basics.yaml, question tbb-');
      expect(output).toContain(message);
    },
    120_000,
  );

  it('names the figure and the file when a computation needs a period the file does not have', () => {
    const restore = breakFile(
      'content/data/figures.yaml',
      'compute: { mean: { fred: BOPTIMP, year: 2024 } }',
      'compute: { mean: { fred: BOPTIMP, year: 2031 } }',
    );
    const { status, output } = sync();
    restore();
    expect(status).not.toBe(0);
    expect(output).toContain('figure "us-imports-monthly-average-2024"');
    expect(output).toContain(
      'BOPTIMP in content/data/series/trade-monthly-balance-exports-imports-1992-01-to-2026-06-vintage-2026-08.csv has no value for 2031-01',
    );
  }, 120_000);

  it('names the lesson file and line of a <Figure> whose id does not exist, with no stack from a bundled chunk', () => {
    const restore = breakFile(
      'content/lessons/goods-and-services.mdx',
      '<Figure id="us-goods-exports-latest-year" /> of goods and imported',
      '<Figure id="us-goods-exports-this-year" /> of goods and imported',
    );
    const { status, output } = astro('build');
    restore();
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/lessons\/goods-and-services\.mdx:\d+: <Figure id="us-goods-exports-this-year"> names nothing in content\/data\/figures\.yaml/,
    );
    expect(output).not.toMatch(/dist\/chunks|\.prerender\//);
  }, 180_000);

  it('names the figure whose source is malformed', () => {
    const restore = breakFile(
      'content/data/figures.yaml',
      "released: '2025-02-05'",
      "released: 'last February'",
    );
    const { status, output } = sync();
    restore();
    expect(status).not.toBe(0);
    expect(output).toContain('us-trade-balance-2024-first');
    expect(output).toContain('field source.released');
  }, 120_000);
});
