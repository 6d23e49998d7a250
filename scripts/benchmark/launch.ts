/** The two long-running helpers a run needs: the site's own server and a headless Chromium. */
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchWithTimeout, freePort, HOST, onCleanup, spawnTracked, waitFor } from './processes';

/** Starts scripts/serve.mjs (the headers and gzip the site is deployed with) over `dir`. */
export async function startServer(
  dir: string,
  base = '/',
): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const server = spawnTracked(
    process.execPath,
    [join('scripts', 'serve.mjs'), '--port', String(port), '--host', HOST, '--dir', dir],
    { env: { ...process.env, BASE: base } },
  );
  const origin = `http://${HOST}:${port}`;
  try {
    await waitFor(
      `the server for ${dir}`,
      async () => (await fetchWithTimeout(`${origin}${base}`, 2000)).status < 500,
      15_000,
      server.child,
    );
  } catch (error) {
    server.stop();
    throw new Error(`${String(error)}\n${server.output()}`, { cause: error });
  }
  return { origin, stop: server.stop };
}

/**
 * Launches headless Chromium with a fresh profile and remote debugging on a port Chromium picks
 * itself (read back from DevToolsActivePort, so no race for the port).
 */
export async function launchChromium(
  executable: string,
  extraArgs: readonly string[],
): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const browser = spawnTracked(executable, [
    '--headless=new',
    `--remote-debugging-address=${HOST}`,
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    ...extraArgs,
    'about:blank',
  ]);
  const removeProfile = onCleanup(() => {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  });
  const stop = () => {
    browser.stop();
    removeProfile();
  };
  try {
    const port = await waitFor(
      'Chromium',
      () => {
        const line = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
        const found = Number(line);
        return Number.isInteger(found) && found > 0 ? found : 0;
      },
      30_000,
      browser.child,
    );
    await waitFor(
      'Chromium DevTools',
      async () =>
        (await fetchWithTimeout(`http://${HOST}:${port}/json/version`, 2000)).status === 200,
      15_000,
      browser.child,
    );
    return { port, stop };
  } catch (error) {
    stop();
    throw new Error(`${String(error)}\n${browser.output()}`, { cause: error });
  }
}
