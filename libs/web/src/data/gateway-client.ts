import { currentTrace, outgoingTraceHeaders } from '@redress/platform';
/**
 * The web apps' one way to the platform: GraphQL over plain fetch to the gateway. Each operation is a document with its
 * result and variable types attached (`operation<Data, Variables>(…)`); the documents are checked against the composed
 * supergraph in a test, so a type here cannot drift from the contract unnoticed.
 */

/** A GraphQL document with the types of its result and variables. */
export interface Operation<TData, TVariables> {
  readonly document: string;
  /** Never set: carries the types. */
  readonly __types?: (variables: TVariables) => TData;
}

export const operation = <TData, TVariables = Record<string, never>>(document: string): Operation<TData, TVariables> => ({ document });

/** One GraphQL error as the gateway sent it: its code (BAD_USER_INPUT, NOT_FOUND…) and, for bad input, the field. */
export interface GatewayProblem {
  message: string;
  code: string;
  /** The argument path of the bad input, e.g. `input.summary`; null when the error names none. */
  field: string | null;
}

/** The gateway answered with errors (or not at all): the problems, each with its code, for the page to show. */
export class GatewayError extends Error {
  constructor(
    readonly problems: GatewayProblem[],
    readonly status: number,
  ) {
    super(problems.map((p) => `${p.code}: ${p.message}`).join('; '));
    this.name = 'GatewayError';
  }

  /** The code of the first problem. */
  get code(): string {
    return this.problems[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }

  /** The problems a person can put right on a form: bad input. */
  get badInput(): GatewayProblem[] {
    return this.problems.filter((p) => p.code === 'BAD_USER_INPUT');
  }
}

export const isGatewayError = (err: unknown): err is GatewayError => err instanceof GatewayError;

export interface RequestContext {
  /** The resident's own address, so the gateway's rate limit counts each resident rather than the web app. */
  forwardedFor?: string;
  /** A staff member's bearer token (the staff workspace). */
  token?: string;
}

export interface GatewayClient {
  request<TData, TVariables>(op: Operation<TData, TVariables>, variables: TVariables, context?: RequestContext): Promise<TData>;
}

interface RawError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

const problemOf = (e: RawError): GatewayProblem => ({
  message: typeof e.message === 'string' ? e.message : 'The request was not accepted.',
  code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
  field: typeof e.extensions?.field === 'string' && e.extensions.field ? e.extensions.field : null,
});

const unavailable = (status: number, why: string) =>
  new GatewayError([{ message: `The service is not available right now (${why}).`, code: 'SERVICE_UNAVAILABLE', field: null }], status);

export interface GatewayClientOptions {
  url: string;
  /** A request taking longer than this fails as unavailable (default 10 s). */
  timeoutMs?: number;
}

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async request(op, variables, context = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      if (context.forwardedFor) headers['x-forwarded-for'] = context.forwardedFor;
      if (context.token) headers.authorization = `Bearer ${context.token}`;
      // The page's request and the gateway's work on it are one trace, under one request id.
      const trace = currentTrace();
      if (trace) Object.assign(headers, outgoingTraceHeaders(trace));
      let res: Response;
      try {
        res = await fetch(options.url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: op.document, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        throw unavailable(0, (err as Error).name === 'TimeoutError' ? 'no answer in time' : 'no connection');
      }
      let body: { data?: unknown; errors?: RawError[] };
      try {
        body = (await res.json()) as typeof body;
      } catch {
        throw unavailable(res.status, `HTTP ${res.status}`);
      }
      if (body.errors?.length) throw new GatewayError(body.errors.map(problemOf), res.status);
      if (!res.ok || body.data === undefined || body.data === null) throw unavailable(res.status, `HTTP ${res.status}`);
      return body.data as never;
    },
  };
}
