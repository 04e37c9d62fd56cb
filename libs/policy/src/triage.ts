import { DateTime } from 'luxon';
import type { LocalDate } from './calendar/local-date';
import { londonDate } from './calendar/working-days';
import { stageDeadlines } from './deadlines';
import type { StageDeadlines } from './deadlines';
import { AnonymousHandling, ConsentEvidence, FeedbackKind, IntakeOutcome } from './enums';
import type { Channel, Matter } from './enums';
import { howToContact, longDate } from './messages';
import type { CouncilPolicy, Referral } from './types';

export type TriageFlag = 'LATE_AT_DISCRETION' | 'ANONYMOUS_NO_RESPONSE' | 'SAFEGUARDING_ANONYMOUS';

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
}

export interface TriageResult {
  outcome: IntakeOutcome;
  message: string;
  referral: Referral | null;
  stage: number | null;
  deadlines: StageDeadlines | null;
  flags: readonly TriageFlag[];
}

const result = (outcome: IntakeOutcome, message: string, extra: Partial<TriageResult> = {}): TriageResult => ({
  outcome,
  message,
  referral: null,
  stage: null,
  deadlines: null,
  flags: [],
  ...extra,
});

/** The stage a complaint opens at: the informal stage where there is one, unless the customer goes straight to Stage 1. */
export function startStage(policy: CouncilPolicy, skipInformal: boolean): number {
  const [first, second] = policy.stages;
  return first.number === 0 && skipInformal && second ? second.number : first.number;
}

/** The last date a complaint about something on `incidentDate` is in time. */
export const timeLimitDate = (policy: CouncilPolicy, incidentDate: LocalDate): LocalDate =>
  DateTime.fromISO(incidentDate, { zone: 'UTC' }).plus({ months: policy.timeLimitMonths }).toISODate()!;

function referral(r: Referral, policy: CouncilPolicy): TriageResult {
  const passed = r.councilId ? ' We have passed it on so that nothing is lost.' : '';
  return result(IntakeOutcome.REFERRED, `${policy.councilName} cannot deal with this under its complaints procedure. ${r.detail}${passed}`, { referral: { ...r } });
}

function accept(input: TriageInput, policy: CouncilPolicy, flags: TriageFlag[]): TriageResult {
  const stage = startStage(policy, input.skipInformal);
  const deadlines = stageDeadlines({ policy, stage, openedAt: input.receivedAt });
  const stageName = policy.stages.find((s) => s.number === stage)!.name;
  const late = flags.includes('LATE_AT_DISCRETION')
    ? ' Because it is about something that happened more than ' + policy.timeLimitMonths + ' months ago, the complaints coordinator will first decide whether it can be investigated.'
    : '';
  const message = flags.includes('ANONYMOUS_NO_RESPONSE')
    ? `Thank you. We have recorded your complaint under ${stageName}. As we do not know who you are we cannot reply to you, but we may look into the issues you have raised.`
    : `Thank you. Your complaint will be dealt with under ${stageName}. We will acknowledge it by ${longDate(deadlines.acknowledgeBy)} and aim to reply by ${longDate(deadlines.respondBy)}.${late}`;
  return result(IntakeOutcome.ACCEPTED, message, { stage, deadlines, flags });
}

/**
 * Decides what happens to a submission under a council's policy: recorded, routed to the service,
 * referred elsewhere, accepted at a stage with the promised dates, or waiting for consent or a reason
 * for lateness, or not accepted. The message is written for the resident.
 */
export function triage(input: TriageInput, policy: CouncilPolicy): TriageResult {
  if (input.kind === FeedbackKind.COMPLIMENT) {
    return result(IntakeOutcome.RECORDED, 'Thank you for your compliment. We will pass it on to the team or person concerned.');
  }
  if (input.kind === FeedbackKind.COMMENT) {
    return result(IntakeOutcome.RECORDED, 'Thank you for your comments. We use them to improve our services.');
  }
  if (input.kind === FeedbackKind.SERVICE_REQUEST) {
    // Hampshire "Service Requests": dealt with in normal service delivery, not as a complaint.
    return result(IntakeOutcome.ROUTED_TO_SERVICE, 'Thank you. We have passed your request to the service to deal with. It is not a complaint; if the problem keeps happening you can make a complaint.');
  }
  const area = policy.serviceAreas.find((a) => a.code === input.serviceArea);
  if (area?.referral) return referral(area.referral, policy);
  const route = policy.matterRoutes[input.matter];
  if (route) return referral(route, policy);

  const flags: TriageFlag[] = [];
  if (input.anonymous) {
    if (policy.anonymousComplaints === AnonymousHandling.ACCEPT_NO_RESPONSE) flags.push('ANONYMOUS_NO_RESPONSE');
    else if (input.safeguardingConcern) flags.push('SAFEGUARDING_ANONYMOUS');
    else {
      return result(
        IntakeOutcome.NOT_ACCEPTED,
        `${policy.councilName} does not deal with anonymous complaints unless they raise safeguarding concerns about vulnerable people. Please tell us your name and how to contact you.`,
      );
    }
  }
  if (input.representative && !policy.representativeConsent.includes(input.representative.consent)) {
    const needed = policy.representativeConsent.includes(ConsentEvidence.VERBAL) ? 'confirmation, spoken or in writing,' : 'written consent';
    const contact = howToContact(policy.complaintsContact);
    return result(IntakeOutcome.NEEDS_CONSENT, `Before we can deal with a complaint made on someone's behalf we need ${needed} from the person it is about.${contact ? ` To send it: ${contact}.` : ''}`);
  }
  if (input.incidentDate) {
    const limit = timeLimitDate(policy, input.incidentDate);
    if (londonDate(input.receivedAt) > limit) {
      if (!input.lateJustification?.trim()) {
        return result(
          IntakeOutcome.NEEDS_JUSTIFICATION,
          `Complaints should be made within ${policy.timeLimitMonths} months of the problem. Please tell us why you could not complain sooner, and we will decide whether we can look into it.`,
        );
      }
      flags.push('LATE_AT_DISCRETION');
    }
  }
  return accept(input, policy, flags);
}
