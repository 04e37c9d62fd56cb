import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  authenticate,
  createRedis,
  createTokenVerifier,
  formatError,
  overRateLimit,
  queryLimitsRule,
  serveApollo,
  unexpectedErrorLogger,
} from '@redress/platform';
import type { Logger, PlatformConfig } from '@redress/platform';

interface GatewayContext {
  authorization?: string;
}

/**
 * A subgraph answers bad variables with HTTP 400 and a coded GraphQL error (BAD_USER_INPUT with a message
 * naming the field). The stock data source turns any non-2xx into a bare "400: Bad Request"; keep the
 * subgraph's own error instead.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = await this.parseBody(response);
    const first =
      typeof body === 'object' && body !== null
        ? (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] }).errors?.[0]
        : undefined;
    if (first && typeof first.message === 'string') return new GraphQLError(first.message, { extensions: first.extensions });
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
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: routingUrl(name, url, env),
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const redis = createRedis(config.redisUrl);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: [queryLimitsRule({ maxDepth: config.maxQueryDepth, maxFields: config.maxQueryFields })],
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.env !== 'production',
    stopOnTerminationSignals: false,
    plugins: [unexpectedErrorLogger(logger), ...(config.env === 'production' ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();
  const verifyToken = createTokenVerifier(config);
  const server = await serveApollo<GatewayContext>({
    apollo,
    port: config.port,
    logger,
    context: async (req) => {
      // Refuse a bad token here rather than letting every subgraph refuse it.
      const auth = await authenticate(verifyToken, req);
      if (!auth.staff) {
        const wait = await overRateLimit(
          redis,
          { perMinute: config.rateLimitAnonymousPerMinute, prefix: config.queuePrefix },
          req.socket.remoteAddress ?? 'unknown',
          new Date(),
        );
        if (wait > 0) {
          throw new GraphQLError(`Too many requests from your connection. Please wait ${wait} seconds and try again.`, {
            extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new HeaderMap([['retry-after', String(wait)]]) } },
          });
        }
      }
      return { authorization: req.headers.authorization };
    },
  });
  return { apollo, server, redis };
}
