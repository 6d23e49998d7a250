/**
 * scripts/serve.mjs as a newcomer meets it (`npm start`, `npm run preview`): it is spawned as
 * they would run it, against scratch folders, and must answer a missing build, a build that did
 * not finish and a port already in use with a sentence saying what to run, not a stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER } from '../../src/integrations/build-marker';

const serve = join(process.cwd(), 'scripts', 'serve.mjs');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs serve.mjs until it exits (each case here makes it stop by itself). */
function runServe(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serve, ...args], {
      env: { ...process.env, PORT: undefined, HOST: undefined, BASE: undefined },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`serve.mjs did not answer in time.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** A server holding a free port of the loopback address, as another program would. */
async function holdPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const { port }: AddressInfo = address;
  return { server, port };
}

async function freePort(): Promise<number> {
  const { server, port } = await holdPort();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

let scratch = '';
let finished = '';
let unfinished = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tde-serve-test-'));
  finished = join(scratch, 'finished');
  unfinished = join(scratch, 'unfinished');
  for (const dir of [finished, unfinished]) {
    await mkdir(dir);
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title><p>home</p>');
  }
  await writeFile(join(finished, BUILD_MARKER), 'done\n');
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('says to build first when there is no build folder', async () => {
    const run = await runServe(['--dir', join(scratch, 'dist'), '--port', '0']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('There is no built site in');
    expect(run.stderr).toContain('npm run build');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a build folder whose build did not finish', async () => {
    const run = await runServe(['--dir', unfinished, '--port', '0']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not a finished build');
    expect(run.stderr).toContain('npm run build');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says the port is taken and how to choose another, without a stack trace', async () => {
    const { server, port } = await holdPort();
    try {
      const run = await runServe(['--dir', finished, '--port', String(port)]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(run.stderr).toContain('PORT=4400 npm start');
      expect(run.stderr).not.toContain('EADDRINUSE');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    }
  });

  it('serves a finished build, on the port PORT names', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [serve, '--dir', finished], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BASE: undefined },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes(`http://127.0.0.1:${port}/`)) resolve();
        });
        child.on('close', () => {
          reject(new Error('serve.mjs stopped'));
        });
      });
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<p>home</p>');
    } finally {
      child.kill();
    }
  });
});
