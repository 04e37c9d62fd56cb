/**
 * The codes a refusal maps to at the GraphQL edge (`extensions.code`). One list for the policy core and the
 * platform, so a refusal means the same thing wherever it is raised.
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';

/** The codes the policy core itself decides: the rest belong to the edges (sign-in, lookups, limits). */
export type PolicyViolationCode = Extract<ErrorCode, 'BAD_USER_INPUT' | 'CONFLICT' | 'FORBIDDEN'>;

/**
 * A request refused for a reason the person who asked can act on: the one error type of Redress, raised by
 * the policy core and the services alike. The message is written for that person, so the edge passes it on
 * unchanged; `code` says how the edge reports it; `field` names the input at fault (`extensions.field`).
 */
export class CodedError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'CodedError';
    this.code = code;
    if (field) this.field = field;
  }
}

/** Whether `e` is a refusal with a code (a business outcome), rather than a fault. */
export const isCodedError = (e: unknown): e is CodedError => e instanceof CodedError;

export const badInput = (message: string, field?: string): CodedError => new CodedError('BAD_USER_INPUT', message, field);
export const conflict = (message: string, field?: string): CodedError => new CodedError('CONFLICT', message, field);
export const forbidden = (message: string, field?: string): CodedError => new CodedError('FORBIDDEN', message, field);
export const notFound = (message: string, field?: string): CodedError => new CodedError('NOT_FOUND', message, field);
export const unauthenticated = (message: string): CodedError => new CodedError('UNAUTHENTICATED', message);
