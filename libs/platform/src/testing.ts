/**
 * `@redress/platform/testing`: helpers for tests and the benchmark only (schemas and queue keys of a suite's own,
 * a private Redis). Kept out of the public index so that no service can start with them.
 */
export * from './test-isolation';
export * from './testing/smtp';
export * from './testing/pdf-text';
export * from './testing/gateway-api';
export * from './testing/resolve-info';
