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

/** Runs `astro sync` with the project's own Node (Astro needs a newer one than some machines have). */
function sync(): { status: number | null; output: string } {
  const node = join(root, 'node_modules', '.bin', 'node');
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(node, [astro, 'sync'], {
    cwd: work,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

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
    expect(output).toContain('trade-balance-basics');
    expect(output).toMatch(/questions\.1\.tolerance/);
  }, 120_000);

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
    expect(output).toMatch(/source\.released/);
  }, 120_000);
});
