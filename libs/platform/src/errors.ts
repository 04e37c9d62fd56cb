import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { isCodedError } from '@redress/policy';
import { argumentProblem } from './validation-problem';

// The one error type lives in the policy core (pure), so the policy and the services raise the same thing.
export { CodedError, badInput, conflict, forbidden, isCodedError, notFound, unauthenticated } from '@redress/policy';
export type { ErrorCode } from '@redress/policy';

// PostgreSQL shutting down or starting (SQLSTATE class 57P), a connection lost or refused (class 08), or the socket.
const DATABASE_DOWN_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);
// As pg, knex and MikroORM word it (MikroORM puts the driver's words after the SQL, without its code): knex's
// "Transaction query already complete" is a transaction whose connection was lost; pg's "is not queryable" a client
// already broken by such a loss.
const DATABASE_DOWN_MESSAGES =
  /Connection terminated|terminating connection|Timeout acquiring a connection|the database system is (starting up|shutting down)|(connect|read|write) (ECONNREFUSED|ECONNRESET|EPIPE)|Transaction query already complete|is not queryable/i;

/** The database could not be reached (down, restarting, or every connection lost): a fault to retry, not a bug. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if ((typeof code === 'string' && DATABASE_DOWN_CODES.has(code)) || DATABASE_DOWN_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * The one place errors become client-facing: known codes keep their message; GraphQL's own validation
 * errors pass through; anything else is an internal error with no detail and no stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // type-graphql's argument validation (class-validator): the first problem, named by its argument path.
  const invalid = argumentProblem(original);
  if (invalid)
    return {
      message: invalid.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', ...(invalid.field ? { field: invalid.field } : {}) },
    };
  if (isCodedError(original)) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  const field = formatted.extensions?.field;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Apollo's own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED…), or a subgraph's coded error seen by the gateway.
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(typeof field === 'string' ? { field } : {}) },
    };
  }
  if (isDatabaseUnavailable(original))
    return {
      message: 'Redress cannot reach its database just now, so this was not done. Please try again in a few minutes.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  return {
    message: 'Something went wrong on our side. Please try again later.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
