import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { pinoHttp } from 'pino-http';
import type { Logger } from './logger';
import { answerProbe, isProbePath } from './observability/health';
import { graphqlRequestDuration, operationLabels } from './observability/metrics';
import { currentTrace, runWithTrace, traceFromHeaders } from './observability/trace-context';

export interface ServeOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  port: number;
  host?: string;
  logger: Logger;
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Checks run by /ready (what the service needs: database, Redis; the gateway: its subgraphs); any throw: not ready. */
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

const OPERATION = Symbol('graphql operation');
type Labelled = ServerResponse & { [OPERATION]?: string };
const pathOf = (req: IncomingMessage): string => (req.url ?? '/').split('?')[0];

/**
 * One log line per request (pino-http), with the request id and W3C trace ids (every line written while the request is
 * handled carries them too: see trace-context.ts); never headers, query strings or bodies. Probes are not logged.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req) => currentTrace()?.requestId ?? String(req.headers['x-request-id'] ?? ''),
    autoLogging: { ignore: (req) => isProbePath(pathOf(req)) },
    wrapSerializers: false,
    serializers: {
      // The request id is on the line already (reqId, with the trace ids).
      req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req) }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customSuccessObject: (_req, res, value: object) => ({ ...value, operation: (res as Labelled)[OPERATION] }),
    customErrorObject: (_req, res, _err, value: object) => ({ ...value, operation: (res as Labelled)[OPERATION] }),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
  });
}

/**
 * Serves an Apollo server over node:http with /health (process up), /ready (dependencies answer), /metrics
 * (Prometheus), and a request-size limit. GraphQL at /graphql (and /). Each request runs in its trace context (the
 * caller's traceparent continued, or a new trace), answers with its `x-request-id`, is logged once and timed by operation.
 */
export async function serveApollo<TContext extends BaseContext>(options: ServeOptions<TContext>): Promise<Server> {
  const { apollo, logger } = options;
  const limit = options.maxBodyBytes ?? 1_000_000;
  const log = requestLogger(logger);
  const server = createServer((req, res) => {
    const trace = traceFromHeaders(req.headers);
    runWithTrace(trace, () => {
      res.setHeader('x-request-id', trace.requestId);
      log(req, res);
      handle(req, res).catch((err: Error) => {
        logger.error({ err: err.message }, 'request failed');
        if (!res.headersSent)
          json(res, 500, { errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (await answerProbe(url.pathname, res, options.readiness)) return;
    if (url.pathname !== '/graphql' && url.pathname !== '/') return json(res, 404, { error: 'Not found: GraphQL is served at /graphql' });
    const started = process.hrtime.bigint();
    const request = await graphqlRequest(req, url, limit);
    if ('refused' in request) {
      if (request.refused.status === 413) res.setHeader('connection', 'close');
      return json(res, request.refused.status, request.refused.body);
    }
    const labels = operationLabels(request.method === 'GET' ? Object.fromEntries(url.searchParams) : request.body);
    (res as Labelled)[OPERATION] = labels.operation;
    const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => options.context(req) });
    const failed = (result.status ?? 200) >= 400 || (result.body.kind === 'complete' && result.body.string.includes('"errors":'));
    await send(res, result);
    graphqlRequestDuration().observe({ ...labels, outcome: failed ? 'error' : 'ok' }, Number(process.hrtime.bigint() - started) / 1e9);
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
  // An answer may hold personal data: no cache keeps it (Apollo's cache-control plugin, which said so, is off).
  const outHeaders: Record<string, string> = { 'cache-control': 'no-store' };
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
