import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError, isUnionType, parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { AccessRules } from './access';
import { accessRuleProblems, applyAccessRules } from './access';
import type { AuthContext, TokenVerifier } from './auth';
import { badInput, formatError, isCodedError } from './errors';
import { serveApollo } from './http-server';
import type { Logger } from './logger';
import { DateTimeScalar } from './scalars';
import { trimRootArguments } from './validation';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver type
type ResolverClass = Function;

export interface SubgraphDefinition {
  resolvers: NonEmptyArray<ResolverClass>;
  orphanedTypes?: ResolverClass[];
  /** `__resolveReference` per entity type this subgraph owns. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
  /** Who may call what: the one place this subgraph's authorization is declared. */
  access: AccessRules;
}

export interface BuiltSubgraph {
  schema: GraphQLSchema;
  sdl: string;
}

/** type-graphql classes → a Federation 2 subgraph schema and its printed SDL (what composition reads). */
export async function buildSubgraph(definition: SubgraphDefinition): Promise<BuiltSubgraph> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    // Every argument's shape, by class-validator on the @ArgsType / @InputType classes (see validation.ts); the first
    // problem of each property only, and no values or objects kept in the errors (they may hold personal data).
    validate: { forbidUnknownValues: false, stopAtFirstError: true, validationError: { target: false, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  const problems = accessRuleProblems(typeGraphQLSchema, definition.access, Object.keys(definition.referenceResolvers ?? {}));
  if (problems.length) throw new Error(problems.join(' '));
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`;
  const resolvers = createResolversMap(typeGraphQLSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, ref] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(ref as object) } as GraphQLResolverMap<unknown>[string];
  }
  applyAccessRules(resolvers, definition.access);
  trimRootArguments(resolvers);
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  guardEntityRepresentations(schema);
  return { schema, sdl };
}

/**
 * Federation's `_entities` takes any JSON; @apollo/subgraph answers a representation of no known entity type with
 * an internal error. Each must be an object naming an entity type of this subgraph, or the call is BAD_USER_INPUT.
 */
function guardEntityRepresentations(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(union)) return;
  const entities = new Set(union.getTypes().map((t) => t.name));
  const resolve = field.resolve;
  field.resolve = (source, args: { representations?: unknown }, context, info) => {
    const list = args.representations;
    const known = (r: unknown): boolean =>
      typeof r === 'object' && r !== null && !Array.isArray(r) && entities.has((r as { __typename?: unknown }).__typename as string);
    if (!Array.isArray(list) || !list.every(known)) {
      throw badInput(`representations must be objects whose __typename is one of: ${[...entities].join(', ')}.`, 'representations');
    }
    return resolve(source, args, context, info);
  };
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  schema: GraphQLSchema;
  port: number;
  production: boolean;
  logger: Logger;
  verifyToken: TokenVerifier;
  context: (auth: AuthContext, req: IncomingMessage) => TContext;
  readiness?: () => Promise<void>;
}

/** Verifies the bearer token (a subgraph reached directly refuses just as the gateway does). */
export async function authenticate(verifyToken: TokenVerifier, req: IncomingMessage): Promise<AuthContext> {
  try {
    return await verifyToken(req.headers.authorization);
  } catch (err) {
    if (isCodedError(err)) throw new GraphQLError(err.message, { extensions: { code: err.code, http: { status: 401 } } });
    throw err;
  }
}

/**
 * A failed query's message (and so its stack's first line) quotes the SQL with its values inlined, and those values
 * can be personal data (an email searched for): string literals are blanked before anything is logged.
 */
const withoutSqlValues = (text: string): string => text.replace(/'(?:[^']|'')*'/g, "'…'");

/** Logs what clients are not told: errors that carry no code of ours (never variables, payloads or query values). */
export function unexpectedErrorLogger(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const e of errors) {
            const original = e.originalError;
            // Ours are coded; a driver's error also carries a `code` (PostgreSQL's SQLSTATE) and is exactly what to log.
            if (e.extensions?.code || isCodedError(original)) continue;
            const err =
              original instanceof Error
                ? { message: withoutSqlValues(original.message), stack: original.stack && withoutSqlValues(original.stack) }
                : withoutSqlValues(e.message);
            logger.error({ operation: operationName, err }, 'unexpected error');
          }
        },
      };
    },
  };
}

export async function startSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>) {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    // Shutdown is ours (lifecycle.ts): Apollo's own signal handlers would end the process before pools close.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No field has a cache hint (every answer is no-store: http-server.ts); the plugin would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      unexpectedErrorLogger(options.logger),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  const server = await serveApollo({
    apollo,
    port: options.port,
    logger: options.logger,
    readiness: options.readiness,
    context: async (req) => options.context(await authenticate(options.verifyToken, req), req),
  });
  return { apollo, server };
}
