import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/) and a request id, carried from the gateway to the subgraphs
 * (`traceparent`, `x-request-id`) and put on every log line written while a request is handled, so that a request can
 * be followed across services by its `traceId` (or `reqId`).
 */
export interface TraceContext {
  /** The caller's `x-request-id` when it gave a usable one, else a new one; the gateway's is passed on. */
  requestId: string;
  /** 32 lowercase hex digits, the same in every service a request passes through. */
  traceId: string;
  /** This service's span: 16 hex digits, new in each service. */
  spanId: string;
  /** The caller's span, when it sent a traceparent. */
  parentSpanId: string | null;
  /** The caller's trace flags (01: sampled). */
  flags: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const ZEROS = /^0+$/;

export const newTraceId = (): string => randomBytes(16).toString('hex');
export const newSpanId = (): string => randomBytes(8).toString('hex');

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The caller's traceparent, when it is one (version ff and all-zero ids are invalid, as the specification says). */
export function parseTraceparent(value: string | undefined): { traceId: string; parentSpanId: string; flags: string } | null {
  const m = value?.trim().toLowerCase().match(TRACEPARENT);
  if (!m || m[1] === 'ff' || ZEROS.test(m[2]) || ZEROS.test(m[3])) return null;
  return { traceId: m[2], parentSpanId: m[3], flags: m[4] };
}

/** This service's trace context for an incoming request: the caller's trace continued, or a new one. */
export function traceFromHeaders(headers: IncomingHttpHeaders): TraceContext {
  const parent = parseTraceparent(header(headers, 'traceparent'));
  const given = header(headers, 'x-request-id')?.trim();
  return {
    requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
    traceId: parent?.traceId ?? newTraceId(),
    spanId: newSpanId(),
    parentSpanId: parent?.parentSpanId ?? null,
    flags: parent?.flags ?? '01',
  };
}

/** The headers a call made on behalf of this request carries: the trace, with this service's span as the parent. */
export function outgoingTraceHeaders(trace: TraceContext): Record<'traceparent' | 'x-request-id', string> {
  return { traceparent: `00-${trace.traceId}-${trace.spanId}-${trace.flags}`, 'x-request-id': trace.requestId };
}

const storage = new AsyncLocalStorage<TraceContext>();

/** Runs `fn` with `trace` as the current request's (everything it awaits, and the logs it writes, included). */
export const runWithTrace = <T>(trace: TraceContext, fn: () => T): T => storage.run(trace, fn);

/** The trace context of the request being handled, if any. */
export const currentTrace = (): TraceContext | undefined => storage.getStore();

/** What a log line written during a request carries (pino's `mixin`); nothing outside one. */
export function traceLogFields(): Record<string, string> {
  const t = storage.getStore();
  return t ? { reqId: t.requestId, traceId: t.traceId, spanId: t.spanId } : {};
}
