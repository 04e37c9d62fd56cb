import { operation } from '@redress/web';

/*
 * Every GraphQL operation the portal sends, with the types of its result and variables, written against
 * ../shared/CONTRACT.graphql. operations.spec.ts checks each against the composed supergraph.
 */

export type AnonymousHandling = 'ACCEPT_NO_RESPONSE' | 'REJECT_UNLESS_SAFEGUARDING';
export type ConsentEvidence = 'VERBAL' | 'WRITTEN' | 'NONE';
export type ContactPreference = 'EMAIL' | 'LETTER' | 'TELEPHONE';
export type ComplainantType = 'RESIDENT' | 'WORKER_OR_VISITOR' | 'BUSINESS' | 'COMMUNITY_GROUP' | 'PROFESSIONAL_BODY' | 'OTHER';
export type CaseStatus = 'OPEN' | 'ON_HOLD' | 'RESPONDED' | 'CLOSED' | 'WITH_OMBUDSMAN';
export type Outcome = 'UPHELD' | 'PARTIALLY_UPHELD' | 'NOT_UPHELD' | 'NOT_INVESTIGATED';
export type Remedy =
  | 'APOLOGY'
  | 'EXPLANATION'
  | 'ACTION_TAKEN'
  | 'DECISION_RECONSIDERED'
  | 'PROCEDURES_IMPROVED'
  | 'PROCEDURE_RERUN'
  | 'MONEY_RECALCULATED'
  | 'FINANCIAL_REMEDY'
  | 'OTHER';
export type IntakeOutcome =
  | 'ACCEPTED'
  | 'RECORDED'
  | 'ROUTED_TO_SERVICE'
  | 'REFERRED'
  | 'NEEDS_JUSTIFICATION'
  | 'NEEDS_CONSENT'
  | 'NOT_ACCEPTED'
  | 'NEEDS_LOCAL_AREA';

export interface CouncilSummary {
  id: string;
  name: string;
  tier: 'DISTRICT' | 'COUNTY' | 'UNITARY';
  referencePrefix: string;
}

export interface StagePolicy {
  number: number;
  name: string;
  handlerRole: string;
  acknowledgeWithinWorkingDays: number;
  respondWithinWorkingDays: number;
  responseClockFrom: 'RECEIPT' | 'ACKNOWLEDGEMENT';
  maxExtensionWorkingDays: number | null;
  independentOfEarlierStages: boolean;
}

export interface CouncilView extends CouncilSummary {
  serviceAreas: { code: string; name: string; providedBy: string | null }[];
  localAreas: { code: string; name: string; councilId: string | null }[];
  policy: {
    name: string;
    timeLimitMonths: number;
    anonymousComplaints: AnonymousHandling;
    stages: StagePolicy[];
    representativeConsent: ConsentEvidence[];
    referralRoutes: { matter: string; route: string; detail: string }[];
    contact: { email: string | null; postalAddress: string | null; phone: string | null; website: string | null };
    ombudsman: { name: string; postalAddress: string; phone: string; website: string };
  };
}

export const COUNCILS = operation<{ councils: CouncilSummary[] }>(`query PortalCouncils { councils { id name tier referencePrefix } }`);

export const COUNCIL = operation<{ council: CouncilView | null }, { id: string }>(`
  query PortalCouncil($id: ID!) {
    council(id: $id) {
      id name tier referencePrefix
      serviceAreas { code name providedBy }
      localAreas { code name councilId }
      policy {
        name timeLimitMonths anonymousComplaints representativeConsent
        stages {
          number name handlerRole acknowledgeWithinWorkingDays respondWithinWorkingDays responseClockFrom
          maxExtensionWorkingDays independentOfEarlierStages
        }
        referralRoutes { matter route detail }
        contact { email postalAddress phone website }
        ombudsman { name postalAddress phone website }
      }
    }
  }`);

/** SubmitFeedbackInput as the portal fills it in (a resident through the web form). */
export interface SubmitFeedbackInput {
  councilId: string;
  kind: 'COMPLAINT' | 'COMMENT' | 'COMPLIMENT';
  channel: 'WEB_FORM';
  serviceArea: string;
  matter?: string;
  summary: string;
  details: string;
  desiredOutcome?: string;
  incidentDate?: string;
  lateJustification?: string;
  safeguardingConcern?: boolean;
  skipInformal?: boolean;
  idempotencyKey?: string;
  localArea?: string;
  praised?: string;
  /** ComplaintCategory values: what went wrong. */
  categories?: string[];
  complainant?: {
    type: ComplainantType;
    name: string;
    email?: string;
    phone?: string;
    postalAddress?: string;
    contactPreference?: ContactPreference;
    adjustments?: string;
  };
  representative?: {
    name: string;
    relationship: string;
    consent: ConsentEvidence;
    email?: string;
    phone?: string;
    postalAddress?: string;
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
  referral: Referral | null;
  late: boolean;
  stage: number | null;
  acknowledgeBy: string | null;
  respondBy: string | null;
}

export interface SubmitFeedbackResult extends Omit<SubmissionCheck, 'late'> {
  reference: string;
}

export const PREVIEW_SUBMISSION = operation<{ previewSubmission: SubmissionCheck }, { input: SubmitFeedbackInput }>(`
  query PortalPreviewSubmission($input: SubmitFeedbackInput!) {
    previewSubmission(input: $input) {
      outcome message late stage acknowledgeBy respondBy
      referral { route detail councilId reference }
    }
  }`);

export const SUBMIT_FEEDBACK = operation<{ submitFeedback: SubmitFeedbackResult }, { input: SubmitFeedbackInput }>(`
  mutation PortalSubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      reference outcome message stage acknowledgeBy respondBy
      referral { route detail councilId reference }
    }
  }`);

/** The public view of a case (reference + email): the latest response, and what the resident can ask for now. */
export interface CaseTracking {
  reference: string;
  status: CaseStatus;
  stage: number;
  stageName: string;
  acknowledgeBy: string | null;
  respondBy: string | null;
  outcome: Outcome | null;
  findings: string | null;
  remedies: Remedy[];
  responseStage: number | null;
  responseStageName: string | null;
  respondedOn: string | null;
  nextStage: number | null;
  nextStageName: string | null;
  finalStage: boolean;
  nextSteps: string;
}

export const TRACK_CASE = operation<{ trackCase: CaseTracking | null }, { reference: string; email: string }>(`
  query PortalTrackCase($reference: String!, $email: String!) {
    trackCase(reference: $reference, email: $email) {
      reference status stage stageName acknowledgeBy respondBy outcome findings remedies
      responseStage responseStageName respondedOn nextStage nextStageName finalStage nextSteps
    }
  }`);

export interface EscalationRequestResult {
  reference: string;
  accepted: boolean;
  message: string;
  toStage: number | null;
}

export const REQUEST_ESCALATION = operation<
  { requestEscalation: EscalationRequestResult },
  { input: { reference: string; email: string; reason: string } }
>(`
  mutation PortalRequestEscalation($input: RequestEscalationInput!) {
    requestEscalation(input: $input) { reference accepted message toStage }
  }`);

export const ALL_OPERATIONS = { COUNCILS, COUNCIL, PREVIEW_SUBMISSION, SUBMIT_FEEDBACK, TRACK_CASE, REQUEST_ESCALATION };
