import { isoDate } from '@redress/web';
import type { DateParts } from '@redress/web';
import type {
  ComplainantType,
  ConsentEvidence,
  ContactPreference,
  SubmissionCheck,
  SubmitFeedbackInput,
  SubmitFeedbackResult,
} from '../data/operations';

export type Who = 'myself' | 'someone-else' | 'anonymous';

/** A complaint's answers as the resident gave them, kept in the server-side session only (form-shaped: strings). */
export interface ComplaintAnswers {
  councilId: string;
  /** One per complaint: a double submit returns the first result rather than making a second complaint. */
  idempotencyKey: string;
  localArea?: string;
  serviceArea?: string;
  matter?: string;
  summary?: string;
  details?: string;
  /** What went wrong (ComplaintCategory values). */
  categories?: string[];
  incidentDate?: DateParts;
  desiredOutcome?: string;
  /** Where the policy has an informal stage: try it first, or go straight to the first formal stage. */
  informal?: 'informal' | 'formal';
  who?: Who;
  /** Anonymous, where the policy takes anonymous complaints only then: whether someone may be at risk of harm. */
  safeguarding?: 'yes' | 'no';
  /** Who the complainant is (the person filling in the form, or the one they act for). */
  complainantType?: ComplainantType;
  /** Someone else's complaint: the person it is for. */
  theirName?: string;
  /** The person filling in the form (the complainant, or their representative). */
  name?: string;
  relationship?: string;
  contactPreference?: ContactPreference;
  email?: string;
  phone?: string;
  postalAddress?: string;
  consent?: ConsentEvidence;
  needsAdjustments?: 'yes' | 'no';
  adjustments?: string;
  /** Past the time limit: whether they have a reason they could not complain sooner, and what it is. */
  lateReason?: 'yes' | 'no';
  lateJustification?: string;
  /** Whether the last dry run (`previewSubmission`) said the complaint is past the time limit: only then is the late question asked. */
  late?: boolean;
  /** What the last dry run said, for the outcome pages; dropped when an answer changes. */
  check?: SubmissionCheck;
}

declare module 'express-session' {
  interface SessionData {
    complaint?: ComplaintAnswers;
    /** The last thing submitted, for its confirmation page (and a double submit, which lands there too). */
    submitted?: { councilId: string; result: SubmitFeedbackResult };
  }
}

const given = (s: string | undefined): string | undefined => (s && s.trim() ? s.trim() : undefined);

/** How to reach the person the council writes to: only the way they chose, so nothing else is kept. */
function contact(a: ComplaintAnswers): { email?: string; phone?: string; postalAddress?: string } {
  if (a.contactPreference === 'EMAIL') return { email: given(a.email) };
  if (a.contactPreference === 'TELEPHONE') return { phone: given(a.phone), email: given(a.email) };
  if (a.contactPreference === 'LETTER') return { postalAddress: given(a.postalAddress), email: given(a.email) };
  return {};
}

const adjustments = (a: ComplaintAnswers) => (a.needsAdjustments === 'yes' ? given(a.adjustments) : undefined);

function people(a: ComplaintAnswers): Pick<SubmitFeedbackInput, 'complainant' | 'representative'> {
  if (a.who === 'myself') {
    return {
      complainant: {
        type: a.complainantType ?? 'RESIDENT',
        name: a.name ?? '',
        contactPreference: a.contactPreference,
        adjustments: adjustments(a),
        ...contact(a),
      },
    };
  }
  if (a.who === 'someone-else') {
    // Where a representative acts, the council writes to them: their contact details are the representative's.
    return {
      complainant: { type: a.complainantType ?? 'RESIDENT', name: a.theirName ?? '', adjustments: adjustments(a) },
      representative: { name: a.name ?? '', relationship: a.relationship ?? '', consent: a.consent ?? 'NONE', ...contact(a) },
    };
  }
  return {};
}

/** The submission the answers make, exactly as `previewSubmission` and `submitFeedback` take it. */
export function submissionInput(a: ComplaintAnswers): SubmitFeedbackInput {
  return {
    councilId: a.councilId,
    kind: 'COMPLAINT',
    channel: 'WEB_FORM',
    serviceArea: a.serviceArea ?? '',
    matter: a.matter,
    localArea: given(a.localArea),
    summary: a.summary ?? '',
    details: a.details ?? '',
    categories: a.categories?.length ? a.categories : undefined,
    desiredOutcome: given(a.desiredOutcome),
    incidentDate: a.incidentDate ? (isoDate(a.incidentDate) ?? undefined) : undefined,
    skipInformal: a.informal === 'formal' ? true : undefined,
    lateJustification: a.late && a.lateReason === 'yes' ? given(a.lateJustification) : undefined,
    safeguardingConcern: a.who === 'anonymous' && a.safeguarding === 'yes' ? true : undefined,
    idempotencyKey: a.idempotencyKey,
    ...people(a),
  };
}
