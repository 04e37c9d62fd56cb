import type { CaseOpenJob, CaseOpenedEvent, SubmissionReceivedEvent } from './events';

// The only place queue and job names are spelled. Queue names never change once shipped:
// jobs in flight carry them.
export const QUEUES = {
  caseIntake: 'case-intake',
  reportingEvents: 'reporting-events',
  intakeCaseStatus: 'intake-case-status',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Job name → payload. */
export interface JobMap {
  'case.open': CaseOpenJob;
  'submission.received': SubmissionReceivedEvent;
  'case.opened': CaseOpenedEvent;
}
export type JobName = keyof JobMap;

/** Which job names each queue carries; a worker must handle exactly these. */
export interface QueueJobs {
  'case-intake': 'case.open';
  'reporting-events': 'submission.received' | 'case.opened';
  'intake-case-status': 'case.opened';
}

/** Outbox routing: the queues an event is published to (fan-out). Job id = event id on each. */
export const EVENT_ROUTES: { readonly [E in JobName]: readonly QueueName[] } = {
  'case.open': [QUEUES.caseIntake],
  'submission.received': [QUEUES.reportingEvents],
  'case.opened': [QUEUES.reportingEvents, QUEUES.intakeCaseStatus],
};

/** BullMQ refuses ':' in custom job ids. */
export const eventJobId = (eventId: string): string => `evt-${eventId}`;
