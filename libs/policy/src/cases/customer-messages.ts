import { formatLongDate } from '../calendar/london-time';
import { DeliveryMethod, MessageKind, Outcome } from '../enums';
import type { ContactPreference, Remedy } from '../enums';
import type { CouncilPolicy } from '../policies/policy.types';
import { ombudsmanRoute } from './escalation';
import { expectedResponseDate } from '../deadlines/delays';
import type { RestrictionLetter } from '../contact/restrictions';
import { restrictionLetter } from '../contact/restrictions';

/** The moments the procedures promise to tell the customer something (Hart s.6.4; Hampshire service standards). */
export type CustomerMessageKind =
  | 'ACKNOWLEDGED'
  | 'EXTENDED'
  | 'HELD'
  | 'RESPONDED'
  /** A request for the next stage accepted: the stage it opened and its dates (Hart s.6.2, s.6.4; Hampshire appendix 1). */
  | 'ESCALATION_RECEIVED'
  | 'ESCALATION_REFUSED'
  /** The coordinator's decision on a complaint made out of time (Hart s.6; Hampshire "at the discretion"; Code 2). */
  | 'LATE_DECISION'
  /** An unreasonable-behaviour contact restriction: why, what, how the council will still contact them, how long (Hampshire). */
  | 'CONTACT_RESTRICTION'
  /** A delay explained with the reason and a new date (Code 5); the clock restarted after a hold; a regular update. */
  | 'DELAY'
  | 'RESUMED'
  | 'PROGRESS_UPDATE';

export interface CustomerMessageInput {
  kind: CustomerMessageKind;
  policy: CouncilPolicy;
  reference: string;
  stage: number;
  respondBy: string;
  outcome?: Outcome | null;
  findings?: string | null;
  remedies?: readonly Remedy[];
  reason?: string | null;
  /** LATE_DECISION: whether the late complaint is considered. */
  accepted?: boolean | null;
  /** CONTACT_RESTRICTION: the restriction the letter tells of. */
  restriction?: RestrictionLetter;
  /** The new date a delay notice gave (DELAY; later messages say the later of it and respondBy). */
  expectedResponseBy?: string | null;
  /** PROGRESS_UPDATE: today, to tell a reply still on time from a late one. */
  today?: string;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  [Outcome.UPHELD]: 'we have upheld your complaint',
  [Outcome.PARTIALLY_UPHELD]: 'we have upheld part of your complaint',
  [Outcome.NOT_UPHELD]: 'we have not upheld your complaint',
  [Outcome.NOT_INVESTIGATED]: 'we have not investigated your complaint',
};

/** What happens next after a response at this stage: the next stage, or the Ombudsman after the last. */
export function nextStepsAfterResponse(policy: CouncilPolicy, stage: number): string {
  const next = policy.stages.find((s) => s.number > stage);
  return next
    ? `If you remain dissatisfied you can ask for ${next.name}, quoting your reference.`
    : `This is our final response. ${ombudsmanRoute(policy)}`;
}

/** "the photos were lost" → "The photos were lost." */
const sentence = (text: string): string => {
  const t = text.trim().replace(/[.\s]+$/, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
};

/**
 * A late complaint decided. Accepted: it is considered, by the reply date counted from receipt. Refused: why, and
 * the Ombudsman's details, since a decision not to take a complaint on can be put to the Ombudsman (Code 2).
 */
function lateDecision(m: CustomerMessageInput, ref: string, stageName: string): string {
  const late = `${ref} Your complaint was made more than ${m.policy.timeLimitMonths} months after the matter arose.`;
  const why = m.reason?.trim() ? ` ${sentence(m.reason)}` : '';
  return m.accepted
    ? `${late} We have decided to consider it under ${stageName}.${why} We will reply by ${formatLongDate(m.respondBy)}.`
    : `${late} We have decided not to investigate it.${why} ${ombudsmanRoute(m.policy)}`;
}

/**
 * A request for the next stage, accepted: the stage now opened is acknowledged within its own days and answered by
 * its own date (Hart s.6.2 "an acknowledgement within the first three days"; Hampshire "All requests must be
 * acknowledged within five working days"). Written at once, as a receipt is for a written complaint (Hart s.6.4).
 */
function escalationReceived(m: CustomerMessageInput, ref: string, stageName: string): string {
  const days = m.policy.stages.find((s) => s.number === m.stage)?.acknowledgeWithinWorkingDays;
  const acknowledge = days === undefined ? '' : ` We will acknowledge it within ${days} working days`;
  const reply = `${acknowledge ? ' and' : ' We will'} reply by ${formatLongDate(m.respondBy)}.`;
  return `${ref} We have received your request for ${stageName}.${acknowledge}${reply}`;
}

/** A delay, a restart or a regular update: each gives the date the customer can now expect the reply by. */
function progressMessage(m: CustomerMessageInput, ref: string, stageName: string): string {
  const expected = formatLongDate(expectedResponseDate(m.respondBy, m.expectedResponseBy ?? null));
  if (m.kind === 'DELAY')
    return (
      `${ref} We are sorry: our reply to your complaint under ${stageName} will be later than ` +
      `${formatLongDate(m.respondBy)}, the date we gave you.${m.reason?.trim() ? ` ${sentence(m.reason)}` : ''} ` +
      `We now expect to reply by ${expected}.`
    );
  if (m.kind === 'RESUMED') return `${ref} We have restarted work on your complaint under ${stageName}. We will now reply by ${expected}.`;
  const every = m.policy.stages.find((s) => s.number === m.stage)?.progressUpdateEveryWorkingDays;
  const again = every ? ` We will write again within ${every} working days if we have not replied by then.` : '';
  const late = m.today !== undefined && expectedResponseDate(m.respondBy, m.expectedResponseBy ?? null) < m.today;
  return late
    ? `${ref} We are still looking into your complaint under ${stageName}. We are sorry that our reply is later than ` +
        `${expected}, the date we gave you: we will send it as soon as we can.${again}`
    : `${ref} We are still looking into your complaint under ${stageName} and expect to reply by ${expected}.${again}`;
}

/** The text of a message to the customer: reference, target date, outcome with reasons, remedies, next steps. */
export function customerMessage(m: CustomerMessageInput): string {
  const stageName = m.policy.stages.find((s) => s.number === m.stage)?.name ?? `Stage ${m.stage}`;
  const ref = `Your reference: ${m.reference}.`;
  switch (m.kind) {
    case 'ACKNOWLEDGED':
      return `${ref} We have received your complaint under ${stageName} and will reply by ${formatLongDate(m.respondBy)}.`;
    case 'EXTENDED':
      return (
        `${ref} We need more time to look into your complaint${m.reason ? ` (${m.reason})` : ''}. ` +
        `We will now reply by ${formatLongDate(m.respondBy)}.`
      );
    case 'HELD':
      return (
        `${ref} We have paused work on your complaint${m.reason ? ` (${m.reason})` : ''}. ` +
        'We will tell you when it restarts and when to expect our reply.'
      );
    case 'LATE_DECISION':
      return lateDecision(m, ref, stageName);
    case 'CONTACT_RESTRICTION':
      return `${ref} ${restrictionLetter(m.restriction!)}`;
    case 'DELAY':
    case 'RESUMED':
    case 'PROGRESS_UPDATE':
      return progressMessage(m, ref, stageName);
    case 'ESCALATION_RECEIVED':
      return escalationReceived(m, ref, stageName);
    case 'ESCALATION_REFUSED':
      return `${ref} We cannot move your complaint on from ${stageName}: ${m.reason ?? 'the policy does not allow it now'}`;
    default: {
      const outcome = m.outcome ? `${OUTCOME_WORDS[m.outcome].charAt(0).toUpperCase()}${OUTCOME_WORDS[m.outcome].slice(1)}.` : '';
      const findings = m.findings ? ` ${m.findings}` : '';
      const remedies = m.remedies?.length
        ? ` To put things right: ${m.remedies.map((r) => r.toLowerCase().replace(/_/g, ' ')).join(', ')}.`
        : '';
      return `${ref} Our response under ${stageName}: ${outcome}${findings}${remedies} ${nextStepsAfterResponse(m.policy, m.stage)}`;
    }
  }
}

/** The contract's name for each message the policy core writes on the timeline: the one place they are paired. */
const MESSAGE_KINDS: Record<CustomerMessageKind, MessageKind> = {
  ACKNOWLEDGED: MessageKind.ACKNOWLEDGEMENT,
  EXTENDED: MessageKind.EXTENSION,
  HELD: MessageKind.HOLD,
  RESPONDED: MessageKind.RESPONSE,
  ESCALATION_RECEIVED: MessageKind.ESCALATION_RECEIVED,
  ESCALATION_REFUSED: MessageKind.ESCALATION_REFUSED,
  LATE_DECISION: MessageKind.LATE_DECISION,
  CONTACT_RESTRICTION: MessageKind.CONTACT_RESTRICTION,
  DELAY: MessageKind.DELAY,
  RESUMED: MessageKind.RESUMED,
  PROGRESS_UPDATE: MessageKind.PROGRESS_UPDATE,
};

/** The MessageKind communications renders for a message the policy core wrote (ACKNOWLEDGED → ACKNOWLEDGEMENT…). */
export const messageKindOf = (kind: CustomerMessageKind): MessageKind => MESSAGE_KINDS[kind];

/** The policy core's own name for a message of the contract (null: intake writes it, when a contact arrives). */
export const customerMessageKindOf = (kind: MessageKind): CustomerMessageKind | null =>
  (Object.keys(MESSAGE_KINDS) as CustomerMessageKind[]).find((k) => MESSAGE_KINDS[k] === kind) ?? null;

/**
 * The methods a contact restriction leaves for a message to this recipient (null: no limit). A restriction limits how
 * the council deals with the person restricted; a letter to someone acting for them is not contact with them.
 */
export function allowedMethodsFor(
  role: 'COMPLAINANT' | 'REPRESENTATIVE',
  restriction: { allowedMethods: readonly ContactPreference[] } | null | undefined,
): ContactPreference[] | null {
  return role === 'COMPLAINANT' && restriction ? [...restriction.allowedMethods] : null;
}

/** Each kind of message as staff call it on a timeline or in an alert. */
const KIND_WORDS: Record<MessageKind, string> = {
  [MessageKind.RECEIPT]: 'receipt',
  [MessageKind.ACKNOWLEDGEMENT]: 'acknowledgement',
  [MessageKind.EXTENSION]: 'extension notice',
  [MessageKind.HOLD]: 'notice that work is paused',
  [MessageKind.RESUMED]: 'notice that work has restarted',
  [MessageKind.DELAY]: 'delay notice',
  [MessageKind.PROGRESS_UPDATE]: 'progress update',
  [MessageKind.RESPONSE]: 'response',
  [MessageKind.ESCALATION_RECEIVED]: 'escalation acknowledgement',
  [MessageKind.ESCALATION_REFUSED]: 'escalation refusal',
  [MessageKind.REFERRAL]: 'referral',
  [MessageKind.NOT_ACCEPTED]: 'notice that the complaint is not accepted',
  [MessageKind.LATE_DECISION]: 'late-complaint decision',
  [MessageKind.CONTACT_RESTRICTION]: 'contact restriction letter',
  [MessageKind.COMPLIMENT_THANKS]: 'thanks for a compliment',
};
export const messageKindWords = (kind: MessageKind): string => KIND_WORDS[kind];

/** What communications did with a message, as it comes back to casework. */
export interface MessageOutcomeFacts {
  kind: MessageKind;
  status: 'SENT' | 'SUPPRESSED' | 'FAILED';
  method: DeliveryMethod | null;
  /** The address, or the name on the letter. */
  recipient: string | null;
  /** The email's subject or the letter's heading; absent: the kind in words. */
  subject?: string | null;
  /** SUPPRESSED: why; FAILED: the server's reason. */
  reason?: string | null;
}

const how = (o: MessageOutcomeFacts): string => {
  const by = o.method === DeliveryMethod.LETTER ? 'by letter' : 'by email';
  return o.recipient ? `${by} to ${o.recipient}` : by;
};

/** The case timeline's line for a message sent, suppressed or undeliverable ("Sent by email to jo@example.org: …"). */
export function messageOutcomeLine(o: MessageOutcomeFacts): {
  type: 'MESSAGE_SENT' | 'MESSAGE_SUPPRESSED' | 'MESSAGE_FAILED';
  detail: string;
} {
  const what = o.subject?.trim() || messageKindWords(o.kind);
  if (o.status === 'SENT') return { type: 'MESSAGE_SENT', detail: `Sent ${how(o)}: ${what}` };
  if (o.status === 'SUPPRESSED')
    return { type: 'MESSAGE_SUPPRESSED', detail: `Not sent: ${what}. ${sentence(o.reason || 'Suppressed by communications')}` };
  return { type: 'MESSAGE_FAILED', detail: `Could not be delivered ${how(o)}: ${what}. ${sentence(o.reason || 'No reason given')}` };
}

/** The DELIVERY_FAILED alert: which message, to whom, why it failed, and what the handler can do about it. */
export function deliveryFailedAlertMessage(reference: string, o: MessageOutcomeFacts): string {
  return (
    `${reference}: the ${messageKindWords(o.kind)} could not be delivered ${how(o)}. ${sentence(o.reason || 'No reason given')} ` +
    'Check the contact details and send it again, or contact them another way.'
  );
}
