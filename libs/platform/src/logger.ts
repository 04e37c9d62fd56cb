import pino from 'pino';
import type { Logger } from 'pino';
import { traceLogFields } from './observability/trace-context';

export type { Logger };

/**
 * Structured JSON logs tagged with the service; payloads and personal data are never logged. A line written while a
 * request is handled carries its request id and W3C trace ids (`reqId`, `traceId`, `spanId`).
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    mixin: traceLogFields,
    redact: { paths: ['req.headers.authorization', '*.email', '*.phone', '*.postalAddress'], remove: true },
  });
}
