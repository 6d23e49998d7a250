/**
 * The child processes the bench starts (the server, Chromium, builds) and its temp folders, all
 * removed on exit, Ctrl-C and crashes included: a bench left running would load a machine that
 * is shared with other work.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const HOST = '127.0.0.1';

const cleanups = new Set<() => void>();

/** Runs (once) every cleanup still registered. Synchronous, so it also works from 'exit'. */
export function cleanUpAll(): void {
  for (const cleanup of [...cleanups]) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort: the process may be gone already.
    }
  }
}

let handlersInstalled = false;
/** Kills what we started when Node exits for any reason, including Ctrl-C and a crash. */
export function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', cleanUpAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping the server and Chromium.`);
      cleanUpAll();
      process.exit(130);
    });
  }
}

/** Registers a cleanup; returns a function that runs it now (and unregisters it). */
export function onCleanup(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    if (!cleanups.delete(cleanup)) return;
    try {
      cleanup();
    } catch {
      // Already gone.
    }
  };
}

/** A temp directory that is removed on exit. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = onCleanup(() => {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
  return { dir, remove };
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * Kills a detached child and everything in its process group (by the group's id, which is the
 * child's pid), also when the child itself has exited and left helpers behind (Chromium's
 * renderers, esbuild's service).
 */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export interface Tracked {
  readonly child: ChildProcess;
  readonly stop: () => void;
  /** The last few KB of its output, for error messages. */
  readonly output: () => string;
}

/** Spawns a long-running child in its own process group, registered for cleanup. */
export function spawnTracked(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Tracked {
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: unknown) => {
    output = (output + String(chunk)).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = onCleanup(() => {
    killGroup(child);
  });
  return { child, stop, output: () => output };
}

/** Fetches a URL with a timeout, never following redirects. */
export async function fetchWithTimeout(
  url: string,
  ms = 10_000,
  init: RequestInit = {},
): Promise<{ status: number; type: string; body: Buffer }> {
  const response = await fetch(url, {
    ...init,
    signal: AbortSignal.timeout(ms),
    redirect: 'manual',
  });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type') ?? '', body };
}

/** Polls until `check` gives a truthy value, or throws after `ms` (or when `child` exits). */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  ms: number,
  child?: ChildProcess,
): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(
        `${what}: the process exited (${String(child.exitCode ?? child.signalCode)})`,
      );
    }
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  const why =
    lastError instanceof Error ? ` (${String(lastError)})` : lastError === undefined ? '' : ' (?)';
  throw new Error(`${what}: not ready after ${ms / 1000} s${why}`);
}

/** Rejects after `ms` with a clear message, calling `onTimeout` first. */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  onTimeout: () => void = () => undefined,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`${what}: timed out after ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
