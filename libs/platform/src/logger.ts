import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** Structured JSON logs tagged with the service; payloads and personal data are never logged. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: ['req.headers.authorization', '*.email', '*.phone', '*.postalAddress'], remove: true },
  });
}
