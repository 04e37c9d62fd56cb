import type { ComplainantType, Matter } from '../enums';
import { FeedbackKind, IntakeOutcome } from '../enums';
import type { CouncilPolicy } from '../policies/policy.types';

/**
 * What one contact counts as in the figures, so that every count means one thing (DESIGN: `received` is complaints
 * received; compliments, comments and service requests are counted apart). Every contact is in exactly one bucket:
 * a complaint taken on (a case was opened), a compliment or comment recorded, a service request passed to the
 * service, or NOT_TAKEN_ON: referred elsewhere, refused, or sent back for what was missing.
 */
export type ContactBucket = 'COMPLAINT' | 'COMPLIMENT' | 'COMMENT' | 'SERVICE_REQUEST' | 'NOT_TAKEN_ON';

/** The (kind, intake outcome) pairs that put a contact in a bucket other than NOT_TAKEN_ON. */
const TAKEN_ON: readonly (readonly [FeedbackKind, IntakeOutcome, ContactBucket])[] = [
  [FeedbackKind.COMPLAINT, IntakeOutcome.ACCEPTED, 'COMPLAINT'],
  [FeedbackKind.COMPLIMENT, IntakeOutcome.RECORDED, 'COMPLIMENT'],
  [FeedbackKind.COMMENT, IntakeOutcome.RECORDED, 'COMMENT'],
  [FeedbackKind.SERVICE_REQUEST, IntakeOutcome.ROUTED_TO_SERVICE, 'SERVICE_REQUEST'],
];

export function contactBucket(kind: FeedbackKind, outcome: IntakeOutcome): ContactBucket {
  return TAKEN_ON.find(([k, o]) => k === kind && o === outcome)?.[2] ?? 'NOT_TAKEN_ON';
}

/** `contactBucket` in PostgreSQL, over a kind and an intake-outcome column (checked against it in reporting's tests). */
export const contactBucketSql = (kindColumn: string, outcomeColumn: string): string =>
  `case ${TAKEN_ON.map(([k, o, b]) => `when ${kindColumn} = '${k}' and ${outcomeColumn} = '${o}' then '${b}'`).join(' ')} ` +
  "else 'NOT_TAKEN_ON' end";

/**
 * Why a contact was not taken on as a complaint here (Code 8.1: "a summary of the types of complaint refused").
 * A matter with its own procedure or excluded by the policy is named by its `Matter`; the rest are these.
 */
export type RefusalReason =
  | Matter
  /** Another council's or body's service: everything about it goes there (two-tier areas). */
  | 'OTHER_AUTHORITY'
  /** The council's own service, with a statutory complaints procedure of its own. */
  | 'OWN_PROCEDURE'
  /** A complainant the policy does not take complaints from. */
  | 'EXCLUDED_COMPLAINANT'
  /** Anonymous, where the policy does not take anonymous complaints (Hampshire, unless safeguarding). */
  | 'ANONYMOUS'
  /** Not accepted, for a reason an older event did not say. */
  | 'NOT_ACCEPTED'
  /** Out of time with no reason given for the delay: the resident was asked for one. */
  | 'OUT_OF_TIME_NO_REASON'
  /** Out of time, and the complaints coordinator decided not to consider it. */
  | 'OUT_OF_TIME'
  /** Made for someone else without the consent the policy needs. */
  | 'NO_CONSENT'
  /** A two-tier matter with no say of where it arose: the resident was asked. */
  | 'LOCAL_AREA_NEEDED';

const DESCRIPTIONS: Record<string, string> = {
  OTHER_AUTHORITY: "Another council's or body's service: passed on or signposted",
  OWN_PROCEDURE: 'A service with its own statutory complaints procedure',
  EXCLUDED_COMPLAINANT: 'From someone the policy does not take complaints from',
  ANONYMOUS: 'Anonymous, where the policy does not take anonymous complaints',
  NOT_ACCEPTED: 'Not accepted under the policy',
  OUT_OF_TIME_NO_REASON: 'Made out of time, with no reason given for the delay',
  OUT_OF_TIME: 'Made out of time: the complaints coordinator decided not to consider it',
  NO_CONSENT: "Made on someone's behalf without their consent",
  LOCAL_AREA_NEEDED: 'Where the matter arose was not given (two-tier area)',
};

/** Plain English for a refusal reason, for a report read by a committee. */
export function refusalDescription(reason: string): string {
  return DESCRIPTIONS[reason] ?? `Has its own procedure or is excluded: ${reason.toLowerCase().replace(/_/g, ' ')}`;
}

/** What intake knows about a contact when it records it (no personal data: whether it was anonymous, not who). */
export interface ContactFacts {
  kind: FeedbackKind;
  outcome: IntakeOutcome;
  matter: Matter;
  serviceArea: string;
  complainantType?: ComplainantType | null;
  /** null when not known (an event written before reasons were recorded). */
  anonymous: boolean | null;
}

/** Why a REFERRED contact went elsewhere, in the order triage checks (the service area's tier, the matter, the service's procedure). */
function referredReason(policy: CouncilPolicy, c: ContactFacts): RefusalReason {
  const area = policy.serviceAreas.find((a) => a.code === c.serviceArea);
  if (area?.referral) return 'OTHER_AUTHORITY';
  if (policy.matterRules.some((r) => r.matter === c.matter && r.outcome === IntakeOutcome.REFERRED)) return c.matter;
  return area?.complaintsProcedure ? 'OWN_PROCEDURE' : 'OTHER_AUTHORITY';
}

function notAcceptedReason(policy: CouncilPolicy, c: ContactFacts): RefusalReason {
  if (policy.matterRules.some((r) => r.matter === c.matter && r.outcome === IntakeOutcome.NOT_ACCEPTED)) return c.matter;
  if (c.complainantType && policy.excludedComplainants.includes(c.complainantType)) return 'EXCLUDED_COMPLAINANT';
  return c.anonymous === true ? 'ANONYMOUS' : 'NOT_ACCEPTED';
}

/** Why the contact was not taken on, following triage's own order; null when it was taken on. */
export function refusalReason(policy: CouncilPolicy, c: ContactFacts): RefusalReason | null {
  switch (c.outcome) {
    case IntakeOutcome.REFERRED:
      return referredReason(policy, c);
    case IntakeOutcome.NOT_ACCEPTED:
      return notAcceptedReason(policy, c);
    case IntakeOutcome.NEEDS_JUSTIFICATION:
      return 'OUT_OF_TIME_NO_REASON';
    case IntakeOutcome.NEEDS_CONSENT:
      return 'NO_CONSENT';
    case IntakeOutcome.NEEDS_LOCAL_AREA:
      return 'LOCAL_AREA_NEEDED';
    default:
      return null;
  }
}
