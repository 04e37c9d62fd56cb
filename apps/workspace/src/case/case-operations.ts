import { operation } from '@redress/web';

/*
 * Every GraphQL operation the case pages send, with the types of its result and variables, written against
 * ../shared/CONTRACT.graphql. case-operations.spec.ts checks each against the composed supergraph.
 */

export type CaseAction =
  | 'TAKE'
  | 'ASSIGN'
  | 'ACKNOWLEDGE'
  | 'EXTEND'
  | 'HOLD'
  | 'RESUME'
  | 'AGREE_STATEMENT'
  | 'RESPOND'
  | 'SIGN_OFF'
  | 'ESCALATE'
  | 'REFER_TO_OMBUDSMAN'
  | 'ANSWER_OMBUDSMAN_ENQUIRY'
  | 'RECORD_OMBUDSMAN_DECISION'
  | 'RECORD_CONTACT'
  | 'RETURN_FOR_CHANGES'
  | 'NOTIFY_DELAY'
  | 'DECIDE_LATE_COMPLAINT'
  | 'SET_CATEGORIES'
  | 'SET_STAFF_INVOLVED'
  | 'RESTRICT_CONTACT'
  | 'RECORD_ADJUSTMENT'
  | 'COMPLETE_REMEDY_ACTION'
  | 'CLOSE';

export type MessageKind =
  | 'RECEIPT'
  | 'ACKNOWLEDGEMENT'
  | 'EXTENSION'
  | 'HOLD'
  | 'RESUMED'
  | 'DELAY'
  | 'PROGRESS_UPDATE'
  | 'RESPONSE'
  | 'ESCALATION_RECEIVED'
  | 'ESCALATION_REFUSED'
  | 'REFERRAL'
  | 'NOT_ACCEPTED'
  | 'LATE_DECISION'
  | 'CONTACT_RESTRICTION'
  | 'COMPLIMENT_THANKS';

export interface CaseStage {
  number: number;
  name: string;
  openedAt: string;
  acknowledgeBy: string;
  acknowledgedAt: string | null;
  respondBy: string;
  respondedAt: string | null;
  extensionWorkingDays: number;
  outcome: string | null;
  remedies: string[];
  findings: string | null;
  lessonsLearned: string | null;
  awaitingSignOff: boolean;
  expectedResponseBy: string | null;
  workingDaysLeft: number | null;
  breaches: { kind: 'ACKNOWLEDGEMENT' | 'RESPONSE'; dueAt: string; detectedAt: string }[];
}

export interface StagePolicy {
  number: number;
  name: string;
  maxExtensionWorkingDays: number | null;
  signOffRole: string | null;
}

export interface CaseComplainant {
  id: string;
  type: string;
  name: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  contactPreference: string | null;
  restricted: boolean;
  adjustments: { id: string; kind: string; need: string; recordedAt: string; reviewOn: string | null }[];
}

export interface CaseRepresentative {
  name: string;
  relationship: string;
  isCouncillor: boolean;
  consent: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
}

export interface CaseRemedyAction {
  id: string;
  stage: number;
  remedy: string;
  ownerId: string;
  dueOn: string;
  completedAt: string | null;
  note: string | null;
  overdue: boolean;
}

export interface CaseMessage {
  id: string;
  kind: MessageKind;
  method: 'EMAIL' | 'LETTER' | null;
  recipient: string | null;
  subject: string;
  body: string;
  status: 'QUEUED' | 'SENT' | 'FAILED' | 'SUPPRESSED';
  createdAt: string;
  sentAt: string | null;
  failure: string | null;
}

/** A case as its page shows it. */
export interface CaseRecord {
  id: string;
  reference: string;
  kind: string;
  channel: string;
  serviceArea: string;
  summary: string;
  status: string;
  assigneeId: string | null;
  overdue: boolean;
  receivedAt: string;
  lateComplaint: boolean;
  categories: string[];
  staffInvolved: string[];
  allowedActions: CaseAction[];
  ombudsmanReference: string | null;
  ombudsmanEnquiryRespondBy: string | null;
  ombudsmanDecision: string | null;
  council: {
    id: string;
    name: string;
    serviceAreas: { code: string; name: string }[];
    policy: { stages: StagePolicy[] };
  };
  stage: CaseStage;
  stages: CaseStage[];
  complainant: CaseComplainant | null;
  representative: CaseRepresentative | null;
  timeline: { at: string; type: string; actor: string | null; detail: string | null }[];
  remedyActions: CaseRemedyAction[];
  /** null while communications is unavailable. */
  messages: CaseMessage[] | null;
}

const STAGE_FIELDS = `
  number name openedAt acknowledgeBy acknowledgedAt respondBy respondedAt extensionWorkingDays outcome remedies
  findings lessonsLearned awaitingSignOff expectedResponseBy workingDaysLeft breaches { kind dueAt detectedAt }`;

const CASE_FIELDS = `
  id reference kind channel serviceArea summary status assigneeId overdue receivedAt lateComplaint categories staffInvolved
  allowedActions ombudsmanReference ombudsmanEnquiryRespondBy ombudsmanDecision
  council { id name serviceAreas { code name } policy { stages { number name maxExtensionWorkingDays signOffRole } } }
  stage { ${STAGE_FIELDS} }
  stages { ${STAGE_FIELDS} }
  complainant {
    id type name email phone postalAddress contactPreference restricted
    adjustments { id kind need recordedAt reviewOn }
  }
  representative { name relationship isCouncillor consent email phone postalAddress }
  remedyActions { id stage remedy ownerId dueOn completedAt note overdue }`;

/** The whole case, for its page: the timeline and the messages sent too. */
export const CASE_PAGE = operation<{ case: CaseRecord | null }, { reference: string }>(`
  query WorkspaceCasePage($reference: String!) {
    case(reference: $reference) {
      ${CASE_FIELDS}
      timeline { at type actor detail }
      messages { id kind method recipient subject body status createdAt sentAt failure }
    }
  }
`);

/** A case without its timeline and messages, for an action's form. */
export type CaseForAction = Omit<CaseRecord, 'timeline' | 'messages'>;

export const CASE_FOR_ACTION = operation<{ case: CaseForAction | null }, { reference: string }>(`
  query WorkspaceCaseForAction($reference: String!) { case(reference: $reference) { ${CASE_FIELDS} } }
`);

/** What an action needs to be sent: the case's id and its complainant's. */
export interface CaseKey {
  id: string;
  reference: string;
  complainant: { id: string; name: string } | null;
}

export const CASE_KEY = operation<{ case: CaseKey | null }, { reference: string }>(`
  query WorkspaceCaseKey($reference: String!) { case(reference: $reference) { id reference complainant { id name } } }
`);

export interface MessagePreview {
  kind: MessageKind;
  method: 'EMAIL' | 'LETTER';
  recipient: string | null;
  subject: string;
  body: string;
}

export const PREVIEW_MESSAGE = operation<{ previewMessage: MessagePreview }, { caseId: string; kind: MessageKind }>(`
  query WorkspacePreviewMessage($caseId: ID!, $kind: MessageKind!) {
    previewMessage(caseId: $caseId, kind: $kind) { kind method recipient subject body }
  }
`);

export const CASE_LETTER = operation<
  { case: { messages: { id: string; method: string | null; letterPdf: string | null }[] | null } | null },
  { reference: string }
>(`
  query WorkspaceCaseLetter($reference: String!) { case(reference: $reference) { messages { id method letterPdf } } }
`);

export const RESEND_MESSAGE = operation<
  { resendMessage: { id: string; status: string; recipient: string | null } },
  { messageId: string }
>(`
  mutation WorkspaceResendMessage($messageId: ID!) { resendMessage(messageId: $messageId) { id status recipient } }
`);

// ---------------------------------------------------------------- the actions

/** What each action answers with: enough for the banner that says what changed. */
export interface ActedCase {
  id: string;
  reference: string;
  status: string;
  assigneeId: string | null;
  stage: { number: number; name: string; respondBy: string; expectedResponseBy: string | null; awaitingSignOff: boolean };
}

const ACTED = `id reference status assigneeId stage { number name respondBy expectedResponseBy awaitingSignOff }`;

type Acted<K extends string> = Record<K, ActedCase>;

export const ASSIGN_CASE = operation<Acted<'assignCase'>, { caseId: string; assigneeId: string }>(`
  mutation WorkspaceAssignCase($caseId: ID!, $assigneeId: ID!) { assignCase(caseId: $caseId, assigneeId: $assigneeId) { ${ACTED} } }
`);

export const ACKNOWLEDGE_CASE = operation<Acted<'acknowledgeCase'>, { caseId: string }>(`
  mutation WorkspaceAcknowledgeCase($caseId: ID!) { acknowledgeCase(caseId: $caseId) { ${ACTED} } }
`);

export const AGREE_EXTENSION = operation<Acted<'agreeExtension'>, { caseId: string; workingDays: number; reason: string }>(`
  mutation WorkspaceAgreeExtension($caseId: ID!, $workingDays: Int!, $reason: String!) {
    agreeExtension(caseId: $caseId, workingDays: $workingDays, reason: $reason) { ${ACTED} }
  }
`);

export const HOLD_CASE = operation<Acted<'holdCase'>, { caseId: string; reason: string; note: string | null }>(`
  mutation WorkspaceHoldCase($caseId: ID!, $reason: HoldReason!, $note: String) {
    holdCase(caseId: $caseId, reason: $reason, note: $note) { ${ACTED} }
  }
`);

export const RESUME_CASE = operation<Acted<'resumeCase'>, { caseId: string }>(`
  mutation WorkspaceResumeCase($caseId: ID!) { resumeCase(caseId: $caseId) { ${ACTED} } }
`);

export const AGREE_STATEMENT = operation<Acted<'agreeStatementOfComplaint'>, { caseId: string; statement: string }>(`
  mutation WorkspaceAgreeStatement($caseId: ID!, $statement: String!) {
    agreeStatementOfComplaint(caseId: $caseId, statement: $statement) { ${ACTED} }
  }
`);

export interface ContactInput {
  direction: 'INBOUND' | 'OUTBOUND';
  channel: string;
  summary: string;
}

export const RECORD_CONTACT = operation<Acted<'recordContact'>, { caseId: string; input: ContactInput }>(`
  mutation WorkspaceRecordContact($caseId: ID!, $input: ContactInput!) { recordContact(caseId: $caseId, input: $input) { ${ACTED} } }
`);

export interface CaseResponseInput {
  outcome: string;
  findings: string;
  remedies: string[];
  lessonsLearned: string | null;
  notInvestigatedReason: string | null;
}

export const RESPOND_TO_CASE = operation<Acted<'respondToCase'>, { caseId: string; input: CaseResponseInput }>(`
  mutation WorkspaceRespondToCase($caseId: ID!, $input: CaseResponseInput!) { respondToCase(caseId: $caseId, input: $input) { ${ACTED} } }
`);

export const SIGN_OFF_RESPONSE = operation<Acted<'signOffResponse'>, { caseId: string }>(`
  mutation WorkspaceSignOffResponse($caseId: ID!) { signOffResponse(caseId: $caseId) { ${ACTED} } }
`);

export const RETURN_FOR_CHANGES = operation<Acted<'returnForChanges'>, { caseId: string; reason: string }>(`
  mutation WorkspaceReturnForChanges($caseId: ID!, $reason: String!) { returnForChanges(caseId: $caseId, reason: $reason) { ${ACTED} } }
`);

export const ESCALATE_CASE = operation<Acted<'escalateCase'>, { caseId: string; reason: string }>(`
  mutation WorkspaceEscalateCase($caseId: ID!, $reason: String!) { escalateCase(caseId: $caseId, reason: $reason) { ${ACTED} } }
`);

export const REFER_TO_OMBUDSMAN = operation<
  Acted<'referToOmbudsman'>,
  { caseId: string; ombudsmanReference: string; enquiryRespondBy: string | null }
>(`
  mutation WorkspaceReferToOmbudsman($caseId: ID!, $ombudsmanReference: String!, $enquiryRespondBy: Date) {
    referToOmbudsman(caseId: $caseId, ombudsmanReference: $ombudsmanReference, enquiryRespondBy: $enquiryRespondBy) { ${ACTED} }
  }
`);

export const ANSWER_OMBUDSMAN_ENQUIRY = operation<Acted<'answerOmbudsmanEnquiry'>, { caseId: string; summary: string }>(`
  mutation WorkspaceAnswerOmbudsmanEnquiry($caseId: ID!, $summary: String!) {
    answerOmbudsmanEnquiry(caseId: $caseId, summary: $summary) { ${ACTED} }
  }
`);

export interface OmbudsmanDecisionInput {
  decision: string;
  summary: string;
  remedies: string[];
  reason: string | null;
  dueOn: string | null;
}

export const RECORD_OMBUDSMAN_DECISION = operation<Acted<'recordOmbudsmanDecision'>, { caseId: string; input: OmbudsmanDecisionInput }>(`
  mutation WorkspaceRecordOmbudsmanDecision($caseId: ID!, $input: OmbudsmanDecisionInput!) {
    recordOmbudsmanDecision(caseId: $caseId, input: $input) { ${ACTED} }
  }
`);

export const NOTIFY_DELAY = operation<Acted<'notifyDelay'>, { caseId: string; newRespondBy: string; reason: string }>(`
  mutation WorkspaceNotifyDelay($caseId: ID!, $newRespondBy: Date!, $reason: String!) {
    notifyDelay(caseId: $caseId, newRespondBy: $newRespondBy, reason: $reason) { ${ACTED} }
  }
`);

export const DECIDE_LATE_COMPLAINT = operation<Acted<'decideLateComplaint'>, { caseId: string; accept: boolean; reason: string }>(`
  mutation WorkspaceDecideLateComplaint($caseId: ID!, $accept: Boolean!, $reason: String!) {
    decideLateComplaint(caseId: $caseId, accept: $accept, reason: $reason) { ${ACTED} }
  }
`);

export const SET_CASE_CATEGORIES = operation<Acted<'setCaseCategories'>, { caseId: string; categories: string[] }>(`
  mutation WorkspaceSetCaseCategories($caseId: ID!, $categories: [ComplaintCategory!]!) {
    setCaseCategories(caseId: $caseId, categories: $categories) { ${ACTED} }
  }
`);

export const CLOSE_CASE = operation<Acted<'closeCase'>, { caseId: string }>(`
  mutation WorkspaceCloseCase($caseId: ID!) { closeCase(caseId: $caseId) { ${ACTED} } }
`);

export interface ContactRestrictionInput {
  complainantId: string;
  reason: string;
  restrictions: string;
  allowedMethods: string[];
  singlePointOfContactId: string;
  reviewOn: string;
  endsOn: string | null;
}

export const RESTRICT_CONTACT = operation<
  { restrictContact: { id: string; reviewOn: string; endsOn: string | null } },
  { input: ContactRestrictionInput }
>(`
  mutation WorkspaceRestrictContact($input: ContactRestrictionInput!) { restrictContact(input: $input) { id reviewOn endsOn } }
`);

export const RECORD_ADJUSTMENT = operation<
  { recordReasonableAdjustment: { id: string; name: string } },
  { complainantId: string; kind: string; need: string; reviewOn: string | null }
>(`
  mutation WorkspaceRecordAdjustment($complainantId: ID!, $kind: AdjustmentKind!, $need: String!, $reviewOn: Date) {
    recordReasonableAdjustment(complainantId: $complainantId, kind: $kind, need: $need, reviewOn: $reviewOn) { id name }
  }
`);

export const COMPLETE_REMEDY_ACTION = operation<
  { completeRemedyAction: { id: string; remedy: string; completedAt: string | null } },
  { actionId: string; note: string | null }
>(`
  mutation WorkspaceCompleteRemedyAction($actionId: ID!, $note: String) {
    completeRemedyAction(actionId: $actionId, note: $note) { id remedy completedAt }
  }
`);

/** Every operation above, for the check against the supergraph. */
export const CASE_OPERATIONS = {
  CASE_PAGE,
  CASE_FOR_ACTION,
  CASE_KEY,
  PREVIEW_MESSAGE,
  CASE_LETTER,
  RESEND_MESSAGE,
  ASSIGN_CASE,
  ACKNOWLEDGE_CASE,
  AGREE_EXTENSION,
  HOLD_CASE,
  RESUME_CASE,
  AGREE_STATEMENT,
  RECORD_CONTACT,
  RESPOND_TO_CASE,
  SIGN_OFF_RESPONSE,
  RETURN_FOR_CHANGES,
  ESCALATE_CASE,
  REFER_TO_OMBUDSMAN,
  ANSWER_OMBUDSMAN_ENQUIRY,
  RECORD_OMBUDSMAN_DECISION,
  NOTIFY_DELAY,
  DECIDE_LATE_COMPLAINT,
  SET_CASE_CATEGORIES,
  CLOSE_CASE,
  RESTRICT_CONTACT,
  RECORD_ADJUSTMENT,
  COMPLETE_REMEDY_ACTION,
} as const;
