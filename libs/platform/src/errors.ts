import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { isCodedError } from '@redress/policy';
import { argumentProblem } from './validation-problem';

// The one error type lives in the policy core (pure), so the policy and the services raise the same thing.
export { CodedError, badInput, conflict, forbidden, isCodedError, notFound, unauthenticated } from '@redress/policy';
export type { ErrorCode } from '@redress/policy';

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
  return {
    message: 'Something went wrong on our side. Please try again later.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
