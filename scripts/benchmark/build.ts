/** A timed `astro build`: wall clock, and CPU time where /proc allows. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTracked, withTimeout } from './processes';

/**
 * Runs in a small Node wrapper around `astro build`: once the build exits, the wrapper reads its own
 * /proc/self/stat, whose cutime + cstime are the CPU seconds of the build and every process it
 * waited for. CPU time says more than wall time on a machine shared with other work.
 */
const BUILD_WRAPPER = `
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const build = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
let cpu = null;
try {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  cpu = (Number(fields[13]) + Number(fields[14])) / 100;
} catch {}
console.log('BENCH_BUILD_CPU ' + cpu);
process.exit(build.status ?? 1);
`;

export interface BuildTime {
  readonly seconds: number;
  readonly cpuSeconds: number | null;
}

/** Builds `cwd`; throws (with the end of the build's output) when it fails or exceeds `ms`. */
export async function timedBuild(cwd: string, ms = 15 * 60_000): Promise<BuildTime> {
  const started = performance.now();
  const build = spawnTracked(
    process.execPath,
    ['-e', BUILD_WRAPPER, join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const exit = new Promise<number | string | null>((resolve) => {
    build.child.on('exit', (code, signal) => {
      resolve(code ?? signal);
    });
  });
  try {
    const code = await withTimeout(exit, ms, `astro build in ${cwd}`, build.stop);
    if (code !== 0) throw new Error(`astro build in ${cwd} failed (${String(code)})`);
  } catch (error) {
    throw new Error(`${String(error)}\n--- end of the build output ---\n${build.output()}`, {
      cause: error,
    });
  } finally {
    build.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = Number(/BENCH_BUILD_CPU (\S+)/.exec(build.output())?.[1]);
  return { seconds, cpuSeconds: Number.isFinite(cpu) && cpu > 0 ? cpu : null };
}

/** The HTML pages a build wrote. */
export function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}
