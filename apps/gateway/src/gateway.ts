import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  authenticate,
  clientAddress,
  createRateLimiter,
  createRedis,
  createTokenVerifier,
  currentTrace,
  formatError,
  labelMetrics,
  outgoingTraceHeaders,
  queryCostPlugin,
  queryLimitsRule,
  serveApollo,
  subgraphsReady,
  trustedProxies,
  unexpectedErrorLogger,
} from '@redress/platform';
import type { Logger, PlatformConfig, TraceContext } from '@redress/platform';
import { subgraphFetcher } from './subgraph-fetcher';

interface GatewayContext {
  authorization?: string;
  /** The request's trace (W3C traceparent) and request id, passed on to every subgraph it calls. */
  trace?: TraceContext;
}

/** Why a subgraph could not be reached at all: refused, reset, timed out, not found (a process down or restarting). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The fetch failed before any answer came: the subgraph is down (as opposed to an answer that is an error). */
export function isUnreachable(err: unknown): boolean {
  if (!(err instanceof Error) || err instanceof GraphQLError) return false;
  const codes = [(err as { code?: unknown }).code, (err as { cause?: { code?: unknown } }).cause?.code];
  return codes.some((c) => typeof c === 'string' && UNREACHABLE.has(c)) || err.name === 'AbortError' || /socket hang up/i.test(err.message);
}

/** What the caller is told for the part of the answer a subgraph that is down holds (the rest is answered). */
export const serviceUnavailable = (service: string): GraphQLError =>
  new GraphQLError(
    `Part of Redress (${service}) is not available just now, so what it holds is missing from this answer. ` +
      'Please try again in a few minutes.',
    { extensions: { code: 'SERVICE_UNAVAILABLE', service } },
  );

/** A proxy in front of a subgraph says it is down (or restarting) with these. */
const DOWN_STATUSES = new Set([502, 503, 504]);

/**
 * A subgraph answers bad variables with HTTP 400 and a coded GraphQL error (BAD_USER_INPUT with a message
 * naming the field). The stock data source turns any non-2xx into a bare "400: Bad Request"; keep the
 * subgraph's own error instead. A subgraph that cannot be reached (or a proxy saying it is down) is
 * SERVICE_UNAVAILABLE, not an internal error: the gateway still answers what the other subgraphs hold, and the
 * fields the contract lets be null (`Case.messages`, say) are null.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly service: string,
  ) {
    super(config);
  }

  override async process(...args: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>) {
    try {
      return await super.process(...args);
    } catch (err) {
      if (isUnreachable(err)) throw serviceUnavailable(this.service);
      throw err;
    }
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => null);
    const first =
      typeof body === 'object' && body !== null
        ? (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] }).errors?.[0]
        : undefined;
    if (first && typeof first.message === 'string') return new GraphQLError(first.message, { extensions: first.extensions });
    if (DOWN_STATUSES.has(response.status)) return serviceUnavailable(this.service);
    return new GraphQLError(`A service behind the gateway answered HTTP ${response.status}. Please try again later.`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
}

export const SUPERGRAPH_FILE = join(__dirname, '..', 'supergraph.graphql');

/** Subgraph routing URL: `${NAME}_URL` from the environment wins over the URL composed into the supergraph. */
export function routingUrl(name: string, composedUrl: string | undefined, env: NodeJS.ProcessEnv): string {
  return env[`${name.toUpperCase()}_URL`] ?? composedUrl ?? '';
}

/** The gateway: serves the checked-in supergraph, verifies the bearer token, forwards it to the subgraphs. */
export async function startGateway(config: PlatformConfig, logger: Logger, env: NodeJS.ProcessEnv = process.env) {
  labelMetrics('gateway');
  /** Each subgraph's routing URL (known once the gateway has loaded the supergraph): /ready asks each of them. */
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) => {
      subgraphUrls.set(name, routingUrl(name, url, env));
      return new SubgraphDataSource(
        {
          url: routingUrl(name, url, env),
          fetcher: subgraphFetcher,
          willSendRequest({ request, context }) {
            if (context.authorization) request.http?.headers.set('authorization', context.authorization);
            if (context.trace) for (const [k, v] of Object.entries(outgoingTraceHeaders(context.trace))) request.http?.headers.set(k, v);
          },
        },
        name,
      );
    },
  });
  // Anonymous callers are counted by their own address: a trusted proxy's (the portal's) X-Forwarded-For says whose.
  const proxies = trustedProxies(env.TRUSTED_PROXIES);
  const redis = createRedis(config.redisUrl);
  const rateLimiter = createRateLimiter(redis, { perMinute: config.rateLimitAnonymousPerMinute, prefix: config.queuePrefix });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: [queryLimitsRule({ maxDepth: config.maxQueryDepth, maxFields: config.maxQueryFields })],
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.env !== 'production',
    stopOnTerminationSignals: false,
    plugins: [
      // Nothing is cached: every answer is no-store (http-server.ts), and the plugin would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin(config.maxQueryCost),
      unexpectedErrorLogger(logger),
      ...(config.env === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  const verifyToken = createTokenVerifier(config);
  const server = await serveApollo<GatewayContext>({
    apollo,
    port: config.port,
    logger,
    // Ready when Redis (the rate limit) and every subgraph answer ready.
    readiness: async () => {
      await redis.ping();
      await subgraphsReady(subgraphUrls);
    },
    context: async (req) => {
      // Refuse a bad token here rather than letting every subgraph refuse it.
      const auth = await authenticate(verifyToken, req);
      if (!auth.staff) {
        const wait = await rateLimiter.consume(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies));
        if (wait > 0) {
          throw new GraphQLError(`Too many requests from your connection. Please wait ${wait} seconds and try again.`, {
            extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new HeaderMap([['retry-after', String(wait)]]) } },
          });
        }
      }
      return { authorization: req.headers.authorization, trace: currentTrace() };
    },
  });
  return { apollo, server, redis };
}
