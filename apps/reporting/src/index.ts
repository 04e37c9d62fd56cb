export * from './reporting.module';
export { statistics } from './statistics/statistics';
export { recordEvent } from './events/record-event';
