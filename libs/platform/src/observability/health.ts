import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { metricsRegistry } from './metrics';

/**
 * The probes every process answers:
 * - `/health`: the process is alive (a liveness probe: restart it when this fails);
 * - `/ready`: what it needs answers (PostgreSQL, Redis; for the gateway, every subgraph): 503 with the reason when not
 *   (a readiness probe: send it no traffic meanwhile);
 * - `/metrics`: Prometheus text format.
 */
export type Readiness = () => Promise<void>;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Answers a probe path (true), or leaves the request to the caller (false). */
export async function answerProbe(pathname: string, res: ServerResponse, readiness?: Readiness): Promise<boolean> {
  if (pathname === '/health') {
    json(res, 200, { status: 'ok' });
    return true;
  }
  if (pathname === '/ready') {
    try {
      await readiness?.();
      json(res, 200, { status: 'ready' });
    } catch (err) {
      json(res, 503, { status: 'not ready', reason: (err as Error).message });
    }
    return true;
  }
  if (pathname === '/metrics') {
    const registry = metricsRegistry();
    const text = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    res.end(text);
    return true;
  }
  return false;
}

export const isProbePath = (pathname: string): boolean => pathname === '/health' || pathname === '/ready' || pathname === '/metrics';

/** A process with no HTTP server of its own (a worker): the probes alone, on `port`. */
export async function serveProbes(options: { port: number; host?: string; logger: Logger; readiness?: Readiness }): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    answerProbe(pathname, res, options.readiness)
      .then((answered) => (answered ? undefined : json(res, 404, { error: 'Not found: /health, /ready and /metrics are served here' })))
      .catch((err: Error) => {
        options.logger.error({ err: err.message }, 'probe failed');
        if (!res.headersSent) json(res, 500, { error: 'probe failed' });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  return server;
}

/** METRICS_PORT: where a worker serves its probes (unset: none). */
export function metricsPortFrom(env: NodeJS.ProcessEnv): number | null {
  const raw = env.METRICS_PORT?.trim();
  if (!raw) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`METRICS_PORT must be a port number, got "${raw}"`);
  return n;
}

/** Each subgraph's /ready (next to its /graphql), all at once; throws naming every one that did not answer ready. */
export async function subgraphsReady(urls: ReadonlyMap<string, string>, timeoutMs = 2000): Promise<void> {
  const down: string[] = [];
  await Promise.all(
    [...urls].map(async ([name, url]) => {
      try {
        const res = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
        if (!res.ok) down.push(`${name} (HTTP ${res.status})`);
      } catch (err) {
        down.push(`${name} (${(err as Error).message})`);
      }
    }),
  );
  if (!urls.size) throw new Error('no subgraph known yet');
  if (down.length) throw new Error(`subgraphs not ready: ${down.sort().join(', ')}`);
}
