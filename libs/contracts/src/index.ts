export * from './events';
export * from './queues';
export * from './job-outcome';
export * from './messages';
