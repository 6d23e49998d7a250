#!/usr/bin/env node
/**
 * Serves the built site from dist/ the way a static host does: clean URLs, the 404 page, brotli
 * or gzip when the browser accepts it, the headers from public/_headers (when present), and the site
 * under its base path. Used by `npm start`, the end-to-end tests and the benchmark.
 *
 *   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
 *
 * PORT and HOST in the environment set the defaults of --port and --host (`PORT=4400 npm start`).
 * It refuses, with a sentence saying what to run, a folder that holds no build, a build that did
 * not finish (no marker from src/integrations/build-marker.ts) and a port already taken, because
 * a newcomer meets those first and a stack trace tells them nothing.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});

const root = resolve(values.dir);
/** Written by src/integrations/build-marker.ts when `astro build` finishes; keep the names equal. */
const BUILD_MARKER = '.build-complete';

/** Says what went wrong and what to run instead, then stops with a failure status. */
function refuse(message) {
  console.error(message);
  process.exit(1);
}

const shown = values.dir;
if (!existsSync(root)) {
  refuse(
    `There is no built site in ${shown}/ to serve. Build it first:\n\n    npm run build\n\nthen run this again, or run \`npm start\`, which builds and serves.`,
  );
}
if (!existsSync(join(root, BUILD_MARKER))) {
  refuse(
    `${shown}/ is not a finished build: the last \`astro build\` stopped before the end (see its errors), or ${shown}/ was not made by it. Fix what it reported, then:\n\n    npm run build\n\nand run this again.`,
  );
}
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // GIFT quiz exports for Moodle are plain text.
  '.gift': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Reads `_headers` rules (path pattern, then indented "Name: value" lines). */
async function loadHeaderRules() {
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (match && rules.length > 0) rules[rules.length - 1].headers.push([match[1], match[2]]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  const regex = new RegExp(
    `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
  );
  return regex.test(path);
}

const headerRules = await loadHeaderRules();

async function resolveFile(pathname) {
  if (!pathname.startsWith(base)) return null;
  let relative = decodeURIComponent(pathname.slice(base.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const full = normalize(join(root, relative));
  if (full !== root && !full.startsWith(root + sep)) return null;
  if (await isFile(full)) return full;
  if (await isFile(`${full}.html`)) return `${full}.html`;
  if (await isFile(join(full, 'index.html'))) return { redirect: `${pathname}/` };
  return null;
}

const server = createServer(async (request, response) => {
  try {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let status = 200;
    let file = await resolveFile(pathname);
    if (file && typeof file === 'object') {
      response.writeHead(301, { Location: file.redirect });
      response.end();
      return;
    }
    if (!file) {
      status = 404;
      file = join(root, '404.html');
      if (!(await isFile(file))) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
    }
    let body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    for (const rule of headerRules) {
      const sitePath = `/${pathname.slice(base.length)}`;
      if (matches(rule.pattern, sitePath))
        for (const [name, value] of rule.headers) headers[name] = value;
    }
    // Brotli where the browser takes it (as CDNs serve it), gzip otherwise.
    const accepts = request.headers['accept-encoding'] ?? '';
    if (compressible.test(type) && /\bbr\b/.test(accepts)) {
      body = brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } });
      headers['Content-Encoding'] = 'br';
      headers['Vary'] = 'Accept-Encoding';
    } else if (compressible.test(type) && /\bgzip\b/.test(accepts)) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Server error');
    console.error(error);
  }
});

server.on('error', (error) => {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') {
    refuse(
      `Port ${values.port} on ${values.host} is already in use, perhaps by another \`npm start\`, \`npm run preview\` or \`npm run dev\`. Stop that one, or choose another port:\n\n    PORT=4400 npm start        (or: PORT=4400 npm run preview)`,
    );
  }
  if (code === 'EACCES') {
    refuse(
      `Not allowed to listen on port ${values.port}: ports below 1024 need root. Choose another:\n\n    PORT=4400 npm start`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    refuse(
      `Cannot listen on host ${values.host}: this machine has no such address. Use HOST=127.0.0.1 (this machine only) or HOST=0.0.0.0 (every network).`,
    );
  }
  throw error;
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
