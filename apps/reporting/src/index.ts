export * from './reporting.module';
export { statistics } from './statistics/statistics';
export { recordEvent } from './events/record-event';
// Types of the figures, for the bench's comparison of a report with SQL over the base tables.
export type { SlaCompliance, StatisticsRow } from './statistics/statistics.types';
