import type {
  CaseAnonymisedEvent,
  SubjectErasureJob,
  CaseChangedEvent,
  CaseRespondedEvent,
  CaseEscalateJob,
  CaseOpenJob,
  ServiceRequestRoutedEvent,
  FeedbackRecordedEvent,
  CaseOpenedEvent,
  ReconcileJob,
  SlaAlertJob,
  SlaTimerJob,
  SubmissionReceivedEvent,
  SubmissionAnonymisedEvent,
} from './events';
import type { MessageDeliveredEvent, MessageFailedEvent, MessageRequestedJob, StaffAlertJob } from './messages';

// The only place queue and job names are spelled. Queue names never change once shipped:
// jobs in flight carry them.
export const QUEUES = {
  caseIntake: 'case-intake',
  reportingEvents: 'reporting-events',
  intakeCaseStatus: 'intake-case-status',
  slaTimers: 'sla-timers',
  slaAlerts: 'sla-alerts',
  escalations: 'escalations',
  /** Erasure requests, intake → casework. */
  dataProtection: 'data-protection',
  /** Consumed by the councils' service systems (outside Redress). */
  serviceRequests: 'service-requests',
  /** Comments and compliments recorded, intake → casework (an alert to the Head of Service). */
  feedback: 'feedback',
  /** Messages owed to complainants, intake and casework → communications; staff alerts to email, casework → communications. */
  notifications: 'notifications',
  /** What became of them, communications → casework (the timeline, a DELIVERY_FAILED alert). */
  messageOutcomes: 'message-outcomes',
  /**
   * Personal data to remove from the delivery record, casework → communications (case.anonymised); intake →
   * communications for contacts that opened no case (submission.anonymised).
   */
  messageRecords: 'message-records',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Job name → payload. */
export interface JobMap {
  'case.open': CaseOpenJob;
  'submission.received': SubmissionReceivedEvent;
  'case.opened': CaseOpenedEvent;
  'case.changed': CaseChangedEvent;
  'case.responded': CaseRespondedEvent;
  'sla.timer': SlaTimerJob;
  'sla.reconcile': ReconcileJob;
  'sla.alert': SlaAlertJob;
  'case.escalate': CaseEscalateJob;
  'service-request.routed': ServiceRequestRoutedEvent;
  'feedback.recorded': FeedbackRecordedEvent;
  'case.anonymised': CaseAnonymisedEvent;
  'submission.anonymised': SubmissionAnonymisedEvent;
  'subject.erase': SubjectErasureJob;
  'message.requested': MessageRequestedJob;
  'message.delivered': MessageDeliveredEvent;
  'message.failed': MessageFailedEvent;
  'staff.alert': StaffAlertJob;
}
export type JobName = keyof JobMap;

/** Which job names each queue carries; a worker must handle exactly these. */
export interface QueueJobs {
  'case-intake': 'case.open';
  'reporting-events': 'submission.received' | 'case.opened' | 'case.changed';
  'intake-case-status': 'case.opened' | 'case.changed' | 'case.responded' | 'case.anonymised';
  'sla-timers': 'sla.timer' | 'sla.reconcile';
  'sla-alerts': 'sla.alert';
  escalations: 'case.escalate';
  'service-requests': 'service-request.routed';
  feedback: 'feedback.recorded';
  'data-protection': 'subject.erase';
  notifications: 'message.requested' | 'staff.alert';
  'message-outcomes': 'message.delivered' | 'message.failed';
  'message-records': 'case.anonymised' | 'submission.anonymised';
}

/** Jobs written to an outbox (events); timers and reconciles are scheduled directly. */
export type OutboxJobName =
  | 'case.open'
  | 'submission.received'
  | 'case.opened'
  | 'case.changed'
  | 'case.responded'
  | 'sla.alert'
  | 'case.escalate'
  | 'service-request.routed'
  | 'feedback.recorded'
  | 'case.anonymised'
  | 'submission.anonymised'
  | 'subject.erase'
  | 'message.requested'
  | 'message.delivered'
  | 'message.failed'
  | 'staff.alert';

/** Outbox routing: the queues an event is published to (fan-out). Job id = event id on each. */
export const EVENT_ROUTES: { readonly [E in OutboxJobName]: readonly QueueName[] } = {
  'case.open': [QUEUES.caseIntake],
  'submission.received': [QUEUES.reportingEvents],
  'case.opened': [QUEUES.reportingEvents, QUEUES.intakeCaseStatus],
  'case.changed': [QUEUES.reportingEvents, QUEUES.intakeCaseStatus],
  // Free text (the findings): to intake's tracking only, never to reporting.
  'case.responded': [QUEUES.intakeCaseStatus],
  'sla.alert': [QUEUES.slaAlerts],
  'case.escalate': [QUEUES.escalations],
  'service-request.routed': [QUEUES.serviceRequests],
  'feedback.recorded': [QUEUES.feedback],
  'case.anonymised': [QUEUES.intakeCaseStatus, QUEUES.messageRecords],
  'submission.anonymised': [QUEUES.messageRecords],
  'subject.erase': [QUEUES.dataProtection],
  'message.requested': [QUEUES.notifications],
  'message.delivered': [QUEUES.messageOutcomes],
  'message.failed': [QUEUES.messageOutcomes],
  'staff.alert': [QUEUES.notifications],
};

// One id per (case, stage, deadline, fire, due instant): a moved deadline is a new job, and a reconciler
// re-adding a timer that is still pending is a no-op.
export const timerJobId = (p: SlaTimerJob): string => `sla-${p.caseId}-${p.stage}-${p.deadline}-${p.fire}-${Date.parse(p.dueAt)}`;

/** BullMQ refuses ':' in custom job ids. */
export const eventJobId = (eventId: string): string => `evt-${eventId}`;
