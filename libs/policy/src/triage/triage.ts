import type { LocalDate } from '../calendar/london-time';
import { addCalendarMonths, dayNumber, londonDate } from '../calendar/london-time';
import type { StageDeadlines } from '../deadlines/stage-deadlines';
import { requireStage, stageDeadlines } from '../deadlines/stage-deadlines';
import type { Channel, ComplainantType, Matter } from '../enums';
import { AnonymousHandling, Channel as Channels, ConsentEvidence, FeedbackKind, IntakeOutcome } from '../enums';
import type { CouncilPolicy, Referral, ServiceAreaPolicy } from '../policies/policy.types';
import { badInput } from '../coded-error';
import { crossTier, requireLocalArea, triageResult } from './cross-tier';
import {
  acceptedMessage,
  anonymousRejectedMessage,
  consentMessage,
  excludedComplainantMessage,
  justificationMessage,
  otherProcedureMessage,
  recordedMessage,
  routedMessage,
} from './triage-messages';

/** Things the people who pick the case up must know. */
export type TriageFlag =
  /** Out of time with a justification: the complaints coordinator decides whether to investigate. */
  | 'LATE_AT_DISCRETION'
  /** No one to acknowledge or answer: no acknowledgement timer, no communications. */
  | 'ANONYMOUS_NO_RESPONSE'
  /** Anonymous, taken only because it raises safeguarding concerns (Hampshire). */
  | 'SAFEGUARDING_ANONYMOUS'
  /** Taken by telephone or in person where the policy wants complaints in writing: staff wrote it down. */
  | 'RECORD_IN_WRITING'
  /** The customer chose to go straight to Stage 1. */
  | 'INFORMAL_SKIPPED';

export interface TriageInput {
  kind: FeedbackKind;
  channel: Channel;
  serviceArea: string;
  matter: Matter;
  incidentDate?: LocalDate | null;
  receivedAt: Date;
  lateJustification?: string | null;
  safeguardingConcern: boolean;
  skipInformal: boolean;
  anonymous: boolean;
  representative?: { isCouncillor?: boolean | null; consent: ConsentEvidence } | null;
  complainantType?: ComplainantType | null;
  /** Where in a county's area the matter arose: a code from the council's `localAreas`. */
  localArea?: string | null;
}

/** A submission passed to another council on this platform, which takes it under its own policy and reference. */
export interface PassOn {
  councilId: string;
  councilName: string;
  /** The service area in that council's catalogue. */
  serviceArea: string;
  /** Why it is that council's (the referral's words), for the first council's reply. */
  why: string;
  /** How that council's own policy triaged it: ACCEPTED, RECORDED or ROUTED_TO_SERVICE (nothing else is passed on). */
  decision: TriageResult;
}

export interface TriageResult {
  outcome: IntakeOutcome;
  message: string;
  referral: Referral | null;
  /** The stage to open, when ACCEPTED. */
  stage: number | null;
  deadlines: StageDeadlines | null;
  flags: readonly TriageFlag[];
  /** Past the time limit of the council that would take it: a justification is needed (or was given). */
  late: boolean;
  /** Set when it is passed to another council on this platform (its referral names that council). */
  passOn: PassOn | null;
}

const result = (outcome: IntakeOutcome, message: string, referral: Referral | null = null): TriageResult =>
  triageResult(outcome, message, referral);

// A MatterRule is a Referral plus its matter and outcome: only the referral goes back to the caller.
const copy = ({ route, detail, councilId, serviceArea, byLocalArea }: Referral): Referral => ({
  route,
  detail,
  ...(councilId ? { councilId } : {}),
  ...(serviceArea ? { serviceArea } : {}),
  ...(byLocalArea ? { byLocalArea } : {}),
});

// Contacts made through someone else: with no representative named, there is no evidence of consent.
const VIA_SOMEONE_ELSE: readonly Channel[] = [Channels.COUNCILLOR, Channels.REPRESENTATIVE];
// Contacts that are not in writing.
const SPOKEN: readonly Channel[] = [Channels.TELEPHONE, Channels.IN_PERSON];

function requireServiceArea(policy: CouncilPolicy, code: string): ServiceAreaPolicy {
  const area = policy.serviceAreas.find((a) => a.code === code);
  if (!area) throw badInput(`"${code}" is not one of ${policy.councilName}'s service areas.`, 'serviceArea');
  return area;
}

/** Why this complaint cannot be taken as it stands, if it cannot; null when it can. */
function refusal(input: TriageInput, policy: CouncilPolicy, area: ServiceAreaPolicy): TriageResult | null {
  const rule = policy.matterRules.find((r) => r.matter === input.matter);
  if (rule) return result(rule.outcome, otherProcedureMessage(policy, rule.detail), copy(rule));
  if (area.complaintsProcedure)
    return result(IntakeOutcome.REFERRED, otherProcedureMessage(policy, area.complaintsProcedure.detail), copy(area.complaintsProcedure));
  if (input.complainantType && policy.excludedComplainants.includes(input.complainantType))
    return result(IntakeOutcome.NOT_ACCEPTED, excludedComplainantMessage(policy));
  if (input.anonymous && policy.anonymousComplaints === AnonymousHandling.REJECT_UNLESS_SAFEGUARDING && !input.safeguardingConcern) {
    return result(IntakeOutcome.NOT_ACCEPTED, anonymousRejectedMessage(policy));
  }
  const consent = input.representative?.consent ?? (VIA_SOMEONE_ELSE.includes(input.channel) ? ConsentEvidence.NONE : null);
  if (consent && !policy.representativeConsent.includes(consent))
    return result(IntakeOutcome.NEEDS_CONSENT, consentMessage(policy, consent));
  return null;
}

/** The last day a complaint about an incident is in time (DESIGN: the limit runs from incidentDate to the receipt date). */
export const timeLimitDate = (policy: CouncilPolicy, incidentDate: LocalDate): LocalDate =>
  addCalendarMonths(incidentDate, policy.timeLimitMonths);

/** Whether the complaint is out of time. */
function isLate(policy: CouncilPolicy, incident: LocalDate | null | undefined, received: LocalDate): boolean {
  if (!incident) return false;
  if (dayNumber(incident) > dayNumber(received))
    throw badInput('The date the matter arose cannot be after the date the complaint was received.', 'incidentDate');
  return timeLimitDate(policy, incident) < received;
}

/** Hart §5: a complaint starts at the informal stage unless the customer chooses to go straight to Stage 1. */
export function startStage(policy: CouncilPolicy, skipInformal: boolean): number {
  const informal = policy.stages.some((s) => s.number === 0);
  return informal && !skipInformal ? 0 : policy.stages.find((s) => s.number > 0)!.number;
}

function triageComplaint(input: TriageInput, policy: CouncilPolicy, area: ServiceAreaPolicy): TriageResult {
  const refused = refusal(input, policy, area);
  if (refused) return refused;

  const received = londonDate(input.receivedAt);
  const late = isLate(policy, input.incidentDate, received);
  const justified = Boolean(input.lateJustification?.trim());
  if (late && !justified)
    return { ...result(IntakeOutcome.NEEDS_JUSTIFICATION, justificationMessage(policy, input.incidentDate!, received)), late };

  const stage = requireStage(policy, startStage(policy, input.skipInformal));
  const deadlines = stageDeadlines({ policy, stage: stage.number, openedAt: input.receivedAt });
  const anonymous = input.anonymous;
  const safeguarding = anonymous && policy.anonymousComplaints === AnonymousHandling.REJECT_UNLESS_SAFEGUARDING;
  const writtenDown = policy.complaintsInWriting && SPOKEN.includes(input.channel);
  const flags: TriageFlag[] = [];
  if (late) flags.push('LATE_AT_DISCRETION');
  if (anonymous) flags.push('ANONYMOUS_NO_RESPONSE');
  if (safeguarding) flags.push('SAFEGUARDING_ANONYMOUS');
  if (writtenDown) flags.push('RECORD_IN_WRITING');
  if (input.skipInformal && policy.stages[0].number === 0) flags.push('INFORMAL_SKIPPED');
  return {
    outcome: IntakeOutcome.ACCEPTED,
    message: acceptedMessage({ policy, stage, deadlines, late, anonymous, safeguarding, writtenDown }),
    referral: null,
    stage: stage.number,
    deadlines,
    flags,
    late,
    passOn: null,
  };
}

/** What this council's own policy makes of it, before anything is passed across the tiers. */
function triageHere(input: TriageInput, policy: CouncilPolicy): TriageResult {
  const area = requireServiceArea(policy, input.serviceArea);
  londonDate(input.receivedAt);
  // Another tier's or body's service: whatever the kind, this council cannot act on it.
  if (area.referral) return result(IntakeOutcome.REFERRED, area.referral.detail, copy(area.referral));
  switch (input.kind) {
    case FeedbackKind.COMMENT:
    case FeedbackKind.COMPLIMENT:
      return result(IntakeOutcome.RECORDED, recordedMessage(policy, input.kind === FeedbackKind.COMPLIMENT, area.name.toLowerCase()));
    case FeedbackKind.SERVICE_REQUEST:
      // Hampshire "Service Requests": requests for service are not complaints.
      return result(IntakeOutcome.ROUTED_TO_SERVICE, routedMessage(policy, area.name.toLowerCase()));
    default:
      return triageComplaint(input, policy, area);
  }
}

/**
 * Decides what happens to a submission under a council's policy: recorded, routed to the service, referred to
 * another body or procedure, sent back for consent, a justification or the local area, not accepted, or accepted at
 * a stage with the dates the policy promises. Another tier's matter is passed to that council only when it is one
 * of the `hosted` councils and its own policy takes it (cross-tier.ts).
 */
export function triage(input: TriageInput, policy: CouncilPolicy, hosted: readonly CouncilPolicy[]): TriageResult {
  const localArea = requireLocalArea(policy, input.localArea);
  const here = triageHere(input, policy);
  const referral = here.referral;
  if (here.outcome !== IntakeOutcome.REFERRED || !(referral?.councilId || referral?.byLocalArea)) return here;
  return crossTier({ input, policy, referral, localArea, hosted }, triageHere);
}
