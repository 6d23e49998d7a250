/**
 * The command itself, through npm, in both spellings a maintainer may type: npm takes
 * `--from DIR` for itself unless it comes after `--`, and the script must understand either.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite, ROOT, SHARED, type Site } from './site';

let site: Site | undefined;

afterEach(() => {
  site?.remove();
  site = undefined;
});

function npmRun(args: readonly string[]) {
  site = makeSite({ real: true });
  const before = site.snapshot();
  const result = spawnSync('npm', ['run', '--silent', 'data:update', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATA_UPDATE_DIR: site.dir },
    timeout: 60_000,
  });
  expect(site.snapshot()).toEqual(before);
  return result;
}

// Each run starts npm and tsx: seconds, not milliseconds, on a busy machine.
describe('npm run data:update', { timeout: 60_000 }, () => {
  it.each([
    ['--from DIR', ['--from', SHARED]],
    ['-- --from DIR', ['--', '--from', SHARED]],
  ])('%s imports the shared data and changes nothing', (_spelling, args) => {
    const result = npmRun(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`importing the files in ${SHARED}`);
    expect(result.stdout).toContain('Unchanged: byte for byte the files the site holds:');
    expect(result.stdout).toContain('Nothing was written');
  });

  it('says how to use it when an option is wrong', () => {
    const result = npmRun(['--', '--form', SHARED]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown option --form.');
    expect(result.stderr).toContain('npm run data:update -- --from DIR');
  });
});
