import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Logger } from './logger';

export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  port: number;
  host?: string;
  logger: Logger;
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Checks run by /ready; any throw makes the service not ready. */
  readiness?: () => Promise<void>;
  maxBodyBytes?: number;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping it, but read the rest so the client gets the 413 rather than a reset connection.
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * Serves an Apollo server over node:http with /health (process up) and /ready (dependencies answer),
 * and a request-size limit. GraphQL at /graphql (and /).
 */
export async function serveApollo<TContext extends BaseContext>(options: ServeOptions<TContext>): Promise<Server> {
  const { apollo, logger } = options;
  const limit = options.maxBodyBytes ?? 1_000_000;
  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      logger.error({ err: err.message }, 'request failed');
      if (!res.headersSent)
        json(res, 500, { errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });

  async function ready(res: ServerResponse): Promise<void> {
    try {
      await options.readiness?.();
      return json(res, 200, { status: 'ready' });
    } catch (err) {
      return json(res, 503, { status: 'not ready', reason: (err as Error).message });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return json(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') return ready(res);
    if (url.pathname !== '/graphql' && url.pathname !== '/') return json(res, 404, { error: 'Not found: GraphQL is served at /graphql' });
    const request = await graphqlRequest(req, url, limit);
    if ('refused' in request) {
      if (request.refused.status === 413) res.setHeader('connection', 'close');
      return json(res, request.refused.status, request.refused.body);
    }
    const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => options.context(req) });
    await send(res, result);
  }

  // Callers (the gateway) keep connections alive; outlive their idle timeout so a reused socket is never
  // closed under a request in flight (which surfaces as a reset and an internal error).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  return server;
}

interface Refused {
  refused: { status: number; body: unknown };
}
const refuse = (status: number, message: string, code: string): Refused => ({
  refused: { status, body: { errors: [{ message, extensions: { code } }] } },
});

/** The HTTP request as Apollo takes it, or why it cannot be one (too large, not JSON). */
async function graphqlRequest(req: IncomingMessage, url: URL, limit: number): Promise<HTTPGraphQLRequest | Refused> {
  let raw = '';
  try {
    raw = req.method === 'POST' ? await readBody(req, limit) : '';
  } catch (err) {
    if (err instanceof BodyTooLarge) return refuse(413, `The request is larger than ${limit} bytes.`, 'BAD_USER_INPUT');
    throw err;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = raw;
  if (raw && (headers.get('content-type') ?? '').includes('application/json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      return refuse(400, 'The request body is not valid JSON.', 'BAD_REQUEST');
    }
  }
  return { method: req.method ?? 'GET', headers, search: url.search, body };
}

async function send(
  res: ServerResponse,
  result: Awaited<ReturnType<ApolloServer<BaseContext>['executeHTTPGraphQLRequest']>>,
): Promise<void> {
  const outHeaders: Record<string, string> = {};
  for (const [k, v] of result.headers) outHeaders[k] = v;
  res.writeHead(result.status ?? 200, outHeaders);
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
