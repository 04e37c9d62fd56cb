import { operation } from '@redress/web';

/*
 * Every GraphQL operation the workspace's own pages send (the case pages keep theirs in case/), with the types of its
 * result and variables, written against ../shared/CONTRACT.graphql. operations.spec.ts checks each against the
 * composed supergraph.
 */

export type CaseStatus = 'OPEN' | 'ON_HOLD' | 'RESPONDED' | 'CLOSED' | 'WITH_OMBUDSMAN';
export type CaseOrder = 'OLDEST_FIRST' | 'NEWEST_FIRST' | 'DUE_FIRST';
export type FeedbackKind = 'COMPLAINT' | 'COMMENT' | 'COMPLIMENT' | 'SERVICE_REQUEST';
export type Channel = 'WEB_FORM' | 'EMAIL' | 'LETTER' | 'TELEPHONE' | 'IN_PERSON' | 'COUNCILLOR' | 'REPRESENTATIVE' | 'SOCIAL_MEDIA';
export type ComplainantType = 'RESIDENT' | 'WORKER_OR_VISITOR' | 'BUSINESS' | 'COMMUNITY_GROUP' | 'PROFESSIONAL_BODY' | 'OTHER';
export type ContactPreference = 'EMAIL' | 'LETTER' | 'TELEPHONE';
export type IntakeOutcome =
  | 'ACCEPTED'
  | 'RECORDED'
  | 'ROUTED_TO_SERVICE'
  | 'REFERRED'
  | 'NEEDS_JUSTIFICATION'
  | 'NEEDS_CONSENT'
  | 'NOT_ACCEPTED'
  | 'NEEDS_LOCAL_AREA';

// ---------------------------------------------------------------- councils and people

export interface WorkspaceCouncil {
  id: string;
  name: string;
  serviceAreas: { code: string; name: string; providedBy: string | null }[];
  localAreas: { code: string; name: string; councilId: string | null }[];
  policy: { stages: { number: number; name: string; signOffRole: string | null }[] };
}

export const COUNCIL = operation<{ council: WorkspaceCouncil | null }, { id: string }>(`
  query WorkspaceCouncil($id: ID!) {
    council(id: $id) {
      id name
      serviceAreas { code name providedBy }
      localAreas { code name councilId }
      policy { stages { number name signOffRole } }
    }
  }
`);

export interface StaffMember {
  id: string;
  name: string;
  roles: string[];
  serviceAreas: string[];
  managerId: string | null;
  email: string | null;
}

export const STAFF_DIRECTORY = operation<{ staff: StaffMember[] }, { councilId: string }>(`
  query WorkspaceStaff($councilId: ID!) { staff(councilId: $councilId) { id name roles serviceAreas managerId email } }
`);

// ---------------------------------------------------------------- work queues

export interface CaseFilter {
  status?: CaseStatus;
  /** Any of these (e.g. open or on hold: the cases still being worked). */
  statuses?: CaseStatus[];
  stage?: number;
  serviceArea?: string;
  serviceAreas?: string[];
  assigneeId?: string;
  overdue?: boolean;
  search?: string;
  unassigned?: boolean;
  dueWithinWorkingDays?: number;
  awaitingSignOff?: boolean;
  lateComplaint?: boolean;
}

export interface QueueCase {
  id: string;
  reference: string;
  kind: FeedbackKind;
  summary: string;
  status: CaseStatus;
  serviceArea: string;
  assigneeId: string | null;
  receivedAt: string;
  overdue: boolean;
  lateComplaint: boolean;
  stage: { number: number; name: string; respondBy: string; workingDaysLeft: number | null; awaitingSignOff: boolean };
  complainant: { restricted: boolean; adjustments: { id: string }[] } | null;
}

export interface CasePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: QueueCase }[];
}

export const CASES = operation<{ cases: CasePage }, { filter: CaseFilter; first: number; after: string | null; orderBy: CaseOrder }>(`
  query WorkspaceQueue($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {
    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id reference kind summary status serviceArea assigneeId receivedAt overdue lateComplaint
          stage { number name respondBy workingDaysLeft awaitingSignOff }
          complainant { restricted adjustments { id } }
        }
      }
    }
  }
`);

/** Where a case stands, for the contact centre to tell a caller (no personal data asked for). */
export interface CaseStanding {
  id: string;
  reference: string;
  kind: FeedbackKind;
  status: CaseStatus;
  serviceArea: string;
  receivedAt: string;
  assigneeId: string | null;
  stage: {
    number: number;
    name: string;
    acknowledgeBy: string;
    acknowledgedAt: string | null;
    respondBy: string;
    respondedAt: string | null;
    expectedResponseBy: string | null;
    workingDaysLeft: number | null;
  };
}

export const CASE_STANDING = operation<{ case: CaseStanding | null }, { reference: string }>(`
  query WorkspaceCaseStanding($reference: String!) {
    case(reference: $reference) {
      id reference kind status serviceArea receivedAt assigneeId
      stage { number name acknowledgeBy acknowledgedAt respondBy respondedAt expectedResponseBy workingDaysLeft }
    }
  }
`);

// ---------------------------------------------------------------- the contact centre

export interface SubmitFeedbackInput {
  councilId: string;
  kind: FeedbackKind;
  channel: Channel;
  serviceArea: string;
  summary: string;
  details: string;
  desiredOutcome?: string;
  incidentDate?: string;
  receivedAt?: string;
  lateJustification?: string;
  idempotencyKey?: string;
  praised?: string;
  localArea?: string;
  complainant?: {
    type: ComplainantType;
    name: string;
    email?: string;
    phone?: string;
    postalAddress?: string;
    contactPreference?: ContactPreference;
    adjustments?: string;
  };
}

export interface Referral {
  route: string;
  detail: string;
  councilId: string | null;
  reference: string | null;
}

export interface SubmissionCheck {
  outcome: IntakeOutcome;
  message: string;
  late: boolean;
  referral: Referral | null;
}

export const PREVIEW_SUBMISSION = operation<{ previewSubmission: SubmissionCheck }, { input: SubmitFeedbackInput }>(`
  query WorkspacePreviewSubmission($input: SubmitFeedbackInput!) {
    previewSubmission(input: $input) { outcome message late referral { route detail councilId reference } }
  }
`);

export interface SubmitFeedbackResult {
  reference: string;
  outcome: IntakeOutcome;
  message: string;
  referral: Referral | null;
  stage: number | null;
  acknowledgeBy: string | null;
  respondBy: string | null;
}

export const SUBMIT_FEEDBACK = operation<{ submitFeedback: SubmitFeedbackResult }, { input: SubmitFeedbackInput }>(`
  mutation WorkspaceSubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      reference outcome message stage acknowledgeBy respondBy
      referral { route detail councilId reference }
    }
  }
`);

// ---------------------------------------------------------------- alerts

export interface StaffAlert {
  id: string;
  kind: string;
  caseId: string | null;
  reference: string | null;
  message: string;
  createdAt: string;
  readAt: string | null;
}

export const MY_ALERTS = operation<{ myAlerts: StaffAlert[] }, { unreadOnly: boolean }>(`
  query WorkspaceAlerts($unreadOnly: Boolean!) { myAlerts(unreadOnly: $unreadOnly) { id kind caseId reference message createdAt readAt } }
`);

export const MARK_ALERT_READ = operation<{ markAlertRead: { id: string; readAt: string | null } }, { id: string }>(`
  mutation WorkspaceMarkAlertRead($id: ID!) { markAlertRead(id: $id) { id readAt } }
`);

// ---------------------------------------------------------------- figures (analysts, the Member Responsible)

export interface SlaCompliance {
  acknowledgedOnTime: number;
  acknowledgedLate: number;
  respondedOnTime: number;
  respondedLate: number;
  openOverdue: number;
  onTimeRate: number | null;
}

export const SLA_COMPLIANCE = operation<{ slaCompliance: SlaCompliance }, { councilId: string; from: string; to: string }>(`
  query WorkspaceSlaCompliance($councilId: ID!, $from: Date!, $to: Date!) {
    slaCompliance(councilId: $councilId, from: $from, to: $to) {
      acknowledgedOnTime acknowledgedLate respondedOnTime respondedLate openOverdue onTimeRate
    }
  }
`);

/** Every operation above, for the check against the supergraph. */
export const ALL_OPERATIONS = {
  COUNCIL,
  STAFF_DIRECTORY,
  CASES,
  CASE_STANDING,
  PREVIEW_SUBMISSION,
  SUBMIT_FEEDBACK,
  MY_ALERTS,
  MARK_ALERT_READ,
  SLA_COMPLIANCE,
} as const;
