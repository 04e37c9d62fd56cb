import type {
  Channel,
  ComplainantType,
  ComplaintCategory,
  ConsentEvidence,
  ContactPreference,
  FeedbackKind,
  IntakeOutcome,
  Matter,
  CaseStatus,
  OmbudsmanDecision,
  Outcome,
  Remedy,
  SlaKind,
} from '@redress/policy';

// Events are versioned: a consumer rejects a version it does not know rather than guessing.
export interface EventBase {
  v: 1;
  eventId: string;
  occurredAt: string;
}

export interface ComplainantRecord {
  type: ComplainantType;
  name: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  /** How they asked to be contacted (absent from jobs written before it was recorded). */
  contactPreference?: ContactPreference | null;
  /** Reasonable adjustments they asked for, in their words (the handler classifies them). */
  adjustments?: string | null;
}

export interface RepresentativeRecord {
  name: string;
  relationship: string;
  isCouncillor: boolean;
  consent: ConsentEvidence;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
}

/** An accepted complaint handed from intake to casework: it carries the record casework will own. */
export interface AcceptedSubmission {
  submissionId: string;
  reference: string;
  councilId: string;
  kind: FeedbackKind;
  channel: Channel;
  serviceArea: string;
  matter: Matter;
  summary: string;
  details: string;
  desiredOutcome: string | null;
  receivedAt: string;
  stage: number;
  flags: string[];
  complainant: ComplainantRecord | null;
  representative: RepresentativeRecord | null;
  /** Set when another council on the platform passed it on (its reference there). */
  referredFrom: string | null;
  /** What went wrong, as the resident (or staff) put it at intake; absent from jobs written before categories. */
  categories?: ComplaintCategory[] | null;
  /** Made out of time (triage flag LATE_AT_DISCRETION): why the complainant could not complain in time, if they said. */
  lateJustification?: string | null;
}

export interface CaseOpenJob extends EventBase {
  submission: AcceptedSubmission;
}

/** Every contact intake records, whatever its outcome: reporting counts what was received. No personal data. */
export interface SubmissionReceivedEvent extends EventBase {
  submissionId: string;
  reference: string;
  councilId: string;
  kind: FeedbackKind;
  channel: Channel;
  serviceArea: string;
  matter: Matter;
  outcome: IntakeOutcome;
  receivedAt: string;
  /**
   * Why a contact was not taken on (libs/policy `refusalReason`): a `Matter` with its own procedure, or a code such as
   * OTHER_AUTHORITY or ANONYMOUS; null when it was. Absent from events written before reasons were recorded.
   */
  refusal?: string | null;
}

/** Casework opened a case. No personal data: consumers are reporting and intake's tracking projection. */
export interface CaseOpenedEvent extends EventBase {
  caseId: string;
  submissionId: string;
  reference: string;
  councilId: string;
  kind: FeedbackKind;
  serviceArea: string;
  status: CaseStatus;
  stage: number;
  stageName: string;
  acknowledgeBy: string;
  respondBy: string;
  receivedAt: string;
  channel: Channel;
  matter: Matter;
  /** An anonymous complaint has nobody to acknowledge: left out of acknowledgement figures. */
  anonymous: boolean;
  /** What went wrong (Hart section 3): reporting counts a complaint once under each. */
  categories: ComplaintCategory[];
}

/** What changed on a case; consumers (reporting, intake's tracking) read the snapshot and the change. */
export type CaseChange =
  | 'ASSIGNED'
  | 'ACKNOWLEDGED'
  | 'EXTENDED'
  | 'HELD'
  | 'RESUMED'
  | 'RESPONDED'
  | 'ESCALATED'
  /** A resident's request for the next stage that the policy refused: the case stays where it is. */
  | 'ESCALATION_REFUSED'
  | 'CLOSED'
  | 'SLA_BREACHED'
  | 'STATEMENT_AGREED'
  | 'SIGNED_OFF'
  | 'CONTACT_RECORDED'
  | 'REFERRED_TO_OMBUDSMAN'
  | 'OMBUDSMAN_ENQUIRY_ANSWERED'
  | 'OMBUDSMAN_DECISION'
  /** Sign-off refused: the drafted response went back to its author (the case stays open, nothing was issued). */
  | 'RETURNED_FOR_CHANGES'
  /** A complaint made out of time: the coordinator considers it (it proceeds), or refuses it (closed, NOT_INVESTIGATED). */
  | 'LATE_COMPLAINT_ACCEPTED'
  | 'LATE_COMPLAINT_REFUSED'
  | 'CATEGORIES_SET'
  | 'STAFF_INVOLVED_SET'
  /** A remedy action (a stage's promise or the Ombudsman's recommendation) recorded as done. */
  | 'REMEDY_COMPLETED'
  /** The customer was told of a delay with a new date (respondBy, the promise, stays). */
  | 'DELAY_NOTIFIED'
  /** A bank holiday added to the calendar moved the stage's unmet deadlines. */
  | 'DEADLINES_MOVED';

/** A change to a case, with the case's public snapshot after it. No personal data, no free text. */
export interface CaseChangedEvent extends EventBase {
  caseId: string;
  reference: string;
  councilId: string;
  change: CaseChange;
  status: CaseStatus;
  stage: number;
  stageName: string;
  acknowledgeBy: string;
  respondBy: string;
  outcome: Outcome | null;
  /** For ACKNOWLEDGED / RESPONDED: whether it met its deadline. For SLA_BREACHED: which deadline. */
  onTime: boolean | null;
  sla: SlaKind | null;
  /** For ESCALATED: the stage it left. */
  previousStage: number | null;
  /** When the current stage opened (its day 0 is the London date of this instant). */
  stageOpenedAt: string;
  /** For a response: the remedies, and lessons learned (written for sharing, no personal data). */
  remedies: Remedy[];
  lessonsLearned: string | null;
  /** The case's categories now (set again by CATEGORIES_SET). */
  categories: ComplaintCategory[];
  /** The Ombudsman's decision on the case, once recorded (absent from events written before it was sent). */
  ombudsmanDecision?: OmbudsmanDecision | null;
  /** The date the Ombudsman asked for an answer to its enquiry by, if it set one (absent from older events). */
  ombudsmanEnquiryRespondBy?: string | null;
  /** For REMEDY_COMPLETED: which remedy was carried out (absent from older events). */
  remedy?: Remedy | null;
}

/**
 * A stage's response issued to the resident (a response sent or signed off, a late complaint refused): what they were
 * told, for intake's tracking projection only (`trackCase`). It carries the findings, free text that may name people,
 * so it goes to intake alone, never to reporting.
 */
export interface CaseRespondedEvent extends EventBase {
  caseId: string;
  reference: string;
  councilId: string;
  stage: number;
  stageName: string;
  outcome: Outcome;
  findings: string | null;
  remedies: Remedy[];
  respondedAt: string;
}

/** OMBUDSMAN_ENQUIRY: the council's reply to an Ombudsman enquiry, coordinated by the complaints coordinator. */
export type SlaDeadline = 'ACKNOWLEDGEMENT' | 'RESPONSE' | 'OMBUDSMAN_ENQUIRY';
/** A timer is for a deadline, or for the customer's next regular progress update (never an alert). */
export type TimerDeadline = SlaDeadline | 'PROGRESS_UPDATE';
export type TimerFire = 'REMINDER' | 'DUE';

/** A trigger only: the deadline itself is stored in PostgreSQL; the processor re-reads and decides again. */
export interface SlaTimerJob {
  v: 1;
  caseId: string;
  stage: number;
  deadline: TimerDeadline;
  fire: TimerFire;
  dueAt: string;
}

/** A real breach (or reminder) for the handler's manager. Never moves a case. */
export interface SlaAlertJob extends EventBase {
  caseId: string;
  reference: string;
  councilId: string;
  stage: number;
  deadline: SlaDeadline;
  fire: TimerFire;
  dueAt: string;
  assigneeId: string | null;
}

export interface ReconcileJob {
  v: 1;
}

/** Why personal data was anonymised: the retention schedule ran out, or the person asked for erasure. */
export type AnonymisationReason = 'RETENTION' | 'ERASURE';

/** Casework anonymised a case: intake anonymises the submission and escalation requests it holds for it. Ids only. */
export interface CaseAnonymisedEvent extends EventBase {
  caseId: string;
  submissionId: string;
  reference: string;
  councilId: string;
  reason: AnonymisationReason;
}

/** A person's erasure request, granted by intake: casework anonymises these cases (closed ones only). Ids only. */
export interface SubjectErasureJob extends EventBase {
  councilId: string;
  caseIds: string[];
  /** The member of staff who recorded the request. */
  requestedBy: string;
}

/** A request for the next stage, checked by intake against its projection and decided by casework. */
export interface CaseEscalateJob extends EventBase {
  caseId: string;
  reference: string;
  councilId: string;
  fromStage: number;
  toStage: number;
  reason: string;
  requestedAt: string;
  /** 'PUBLIC' for the resident through the portal, else the staff member's id. */
  requestedBy: string;
  requestedByName: string;
}

/** A first report for a service to deal with (a missed bin, a pothole): handed to the service, not a complaint. */
export interface ServiceRequestRoutedEvent extends EventBase {
  submissionId: string;
  reference: string;
  councilId: string;
  serviceArea: string;
  summary: string;
  details: string;
  receivedAt: string;
  contact: ComplainantRecord | null;
}

/**
 * A comment or compliment recorded by intake: casework tells the Head of Service of the service area (Hart §1
 * "highlight compliments about individuals or teams"). No personal data: the alert points to the feedback query.
 */
export interface FeedbackRecordedEvent extends EventBase {
  submissionId: string;
  reference: string;
  councilId: string;
  kind: FeedbackKind;
  serviceArea: string;
  /** For a compliment: the team or person praised (staff, not the resident). */
  praised: string | null;
  receivedAt: string;
}

/**
 * Intake anonymised a contact that opened no case (a comment, a compliment, a service request, one referred elsewhere
 * or not accepted): communications removes the addresses and words of what was sent for it (its receipt), found by
 * reference and council, as case.anonymised does for a case. Ids only.
 */
export interface SubmissionAnonymisedEvent extends EventBase {
  submissionId: string;
  reference: string;
  councilId: string;
  reason: AnonymisationReason;
  /** Intake owed a message for it (a receipt, thanks, a referral…): one may still be on its way to the delivery record. */
  messageOwed: boolean;
}
