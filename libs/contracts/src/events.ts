import type { Channel, ComplainantType, ConsentEvidence, FeedbackKind, IntakeOutcome, Matter, CaseStatus } from '@redress/policy';

// Events are versioned: a consumer rejects a version it does not know rather than guessing.
export interface EventBase { v: 1; eventId: string; occurredAt: string }

export interface ComplainantRecord {
  type: ComplainantType;
  name: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
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
}

export interface CaseOpenJob extends EventBase { submission: AcceptedSubmission }

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
}
