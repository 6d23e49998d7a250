/**
 * A local stand-in for FRED and ALFRED: a node:http server on a free port that answers
 * `/graph/fredgraph.csv?id=…` and `/graph/alfredgraph.csv?id=…&vintage_date=…` with recorded
 * responses, and can misbehave on request (never answer, an HTML page, a body cut short).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** What the server does for one request. */
export type Behaviour =
  | { readonly kind: 'csv'; readonly body: string }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'html'; readonly body: string }
  /** Announces the whole body, sends only part of it, then closes the connection. */
  | { readonly kind: 'cut'; readonly body: string; readonly sent: number }
  /** Accepts the request and never answers. */
  | { readonly kind: 'hang' };

export interface FakeFred {
  /** The base address to give as --fred-base and --alfred-base. */
  readonly base: string;
  /** Every path requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** `routes` maps "BOPGSTB" (FRED) or "BOPGSTB@2025-06-15" (ALFRED) to a behaviour. */
export async function startFakeFred(routes: ReadonlyMap<string, Behaviour>): Promise<FakeFred> {
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    const id = url.searchParams.get('id') ?? '';
    const key =
      url.pathname === '/graph/alfredgraph.csv'
        ? `${id}@${url.searchParams.get('vintage_date') ?? ''}`
        : url.pathname === '/graph/fredgraph.csv'
          ? id
          : '';
    const behaviour = routes.get(key) ?? { kind: 'status', status: 404 };
    switch (behaviour.kind) {
      case 'csv':
        response.writeHead(200, { 'content-type': 'text/csv' }).end(behaviour.body);
        return;
      case 'status':
        response.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end('Not found');
        return;
      case 'html':
        response.writeHead(200, { 'content-type': 'text/html' }).end(behaviour.body);
        return;
      case 'cut':
        response.writeHead(200, {
          'content-type': 'text/csv',
          'content-length': Buffer.byteLength(behaviour.body),
        });
        response.write(behaviour.body.slice(0, behaviour.sent), () => {
          response.destroy();
        });
        return;
      case 'hang':
        return;
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  return {
    base: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
