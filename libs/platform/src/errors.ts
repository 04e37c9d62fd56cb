import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
const CODES: ReadonlySet<string> = new Set<ErrorCode>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** An error whose message is written for the person who caused it. Thrown by application code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, field?: string): AppError => new AppError('BAD_USER_INPUT', message, field);
export const notFound = (message: string): AppError => new AppError('NOT_FOUND', message);
export const forbidden = (message: string): AppError => new AppError('FORBIDDEN', message);
export const unauthenticated = (message: string): AppError => new AppError('UNAUTHENTICATED', message);
export const conflict = (message: string): AppError => new AppError('CONFLICT', message);

interface CodedError { code: string; message: string; field?: string }
function isCoded(e: unknown): e is CodedError {
  return typeof e === 'object' && e !== null && typeof (e as CodedError).code === 'string' && CODES.has((e as CodedError).code);
}

/**
 * The one place errors become client-facing: known codes keep their message; GraphQL's own validation
 * errors pass through; anything else is an internal error with no detail and no stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (isCoded(original)) {
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
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } };
  }
  return { message: 'Something went wrong on our side. Please try again later.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
