import type { LocalDate } from '../calendar/london-time';
import { formatLongDate } from '../calendar/london-time';
import type { StageDeadlines } from '../deadlines/stage-deadlines';
import { ClockStart, ConsentEvidence, FeedbackKind, IntakeOutcome } from '../enums';
import { howToContact } from '../policies/contacts';
import type { CouncilPolicy, LocalAreaPolicy, StagePolicy } from '../policies/policy.types';

/**
 * Plain English for a resident: what happens next and by when, or where to go instead. Each names the council it
 * speaks for, so that it reads true in that council's own reply and when another council quotes it (a referral
 * across the tiers), and promises only what the platform does.
 */

const NOUNS: Readonly<Record<FeedbackKind, string>> = {
  [FeedbackKind.COMPLAINT]: 'complaint',
  [FeedbackKind.COMMENT]: 'comment',
  [FeedbackKind.COMPLIMENT]: 'compliment',
  [FeedbackKind.SERVICE_REQUEST]: 'request',
};

/** What the resident sent, in a word. */
function feedbackNoun(kind: FeedbackKind): string {
  return NOUNS[kind];
}

// The intake raises a FEEDBACK_RECEIVED alert to the Head of Service of the area (staff/feedback-recipient.ts).
export const recordedMessage = (policy: CouncilPolicy, compliment: boolean, area: string): string =>
  compliment
    ? `Thank you for your compliment about ${area}. ${policy.councilName} has recorded it and sent it to the head of the ` +
      'service, to pass on to the people concerned.'
    : `Thank you for your comment about ${area}. ${policy.councilName} has recorded it and sent it to the head of the service, ` +
      'so that the service can learn from it. A comment is not a complaint, so you will not receive a formal response.';

// The intake hands it to the service's own systems (the service-requests queue).
export const routedMessage = (policy: CouncilPolicy, area: string): string =>
  `Thank you. This is a request for a service rather than a complaint, so ${policy.councilName} has passed it to its ${area} ` +
  'team to deal with as part of their normal work. If the service then fails you, you can make a complaint.';

export const otherProcedureMessage = (policy: CouncilPolicy, detail: string): string =>
  `${policy.councilName} cannot deal with this under its complaints procedure. ${detail}`;

export const excludedComplainantMessage = (policy: CouncilPolicy): string =>
  `${policy.councilName}'s complaints procedure does not cover complaints made by another ` +
  'professional body or organisation. Please raise the matter with the service concerned.';

export const anonymousRejectedMessage = (policy: CouncilPolicy): string =>
  `${policy.councilName} does not deal with anonymous complaints, unless they raise safeguarding concerns about vulnerable ` +
  'people such as children, older people, or people with mental health problems or learning difficulties. ' +
  `If you would like it looked into, please make the complaint to ${policy.councilName} with your ` +
  `name and contact details; you can ${howToContact(policy.contact)}.`;

export function consentMessage(policy: CouncilPolicy, given: ConsentEvidence): string {
  const writtenOnly = !policy.representativeConsent.includes(ConsentEvidence.VERBAL);
  const needed = writtenOnly ? 'written confirmation' : 'confirmation, by telephone or in writing,';
  const notEnough = given === ConsentEvidence.VERBAL ? 'Confirmation by telephone or in person is not enough. ' : '';
  return (
    `A representative or councillor can complain on someone's behalf, but ${policy.councilName} ` +
    `needs ${needed} from the person concerned that you act for them. ${notEnough}` +
    `Please send the complaint with that confirmation to ${policy.councilName}: ${howToContact(policy.contact)}.`
  );
}

export const justificationMessage = (policy: CouncilPolicy, incident: LocalDate, received: LocalDate): string =>
  `${policy.councilName} takes complaints made within ${policy.timeLimitMonths} months of the matter arising. ` +
  `This matter arose on ${formatLongDate(incident)}, more than ${policy.timeLimitMonths} months ` +
  `before we received your complaint on ${formatLongDate(received)}. ` +
  `Please tell us why you could not complain sooner, so that ${policy.lateComplaintsDecidedBy} at ${policy.councilName} ` +
  'can decide whether it can still be investigated.';

export interface AcceptedMessageInput {
  policy: CouncilPolicy;
  stage: StagePolicy;
  deadlines: StageDeadlines;
  late: boolean;
  anonymous: boolean;
  safeguarding: boolean;
  writtenDown: boolean;
}

function promise(policy: CouncilPolicy, stage: StagePolicy, d: StageDeadlines, informal: boolean): string {
  const aim = informal ? 'aim to resolve it' : 'aim to respond in full';
  const respond =
    stage.responseClockFrom === ClockStart.ACKNOWLEDGEMENT
      ? `${aim} within ${stage.respondWithinWorkingDays} working days of acknowledging it, by ${formatLongDate(d.respondBy)} at the latest`
      : `${aim} by ${formatLongDate(d.respondBy)}`;
  return `${policy.councilName} will acknowledge it by ${formatLongDate(d.acknowledgeBy)} and ${respond}.`;
}

export function acceptedMessage(m: AcceptedMessageInput): string {
  const { policy, stage } = m;
  const informal = stage.number === 0;
  if (m.anonymous) {
    const why = m.safeguarding
      ? ' Although it does not normally deal with anonymous complaints, it will consider this one because it raises safeguarding concerns.'
      : '';
    return (
      `Your complaint has been recorded by ${policy.councilName}.${why} Because it was made anonymously, ` +
      `${policy.councilName} cannot acknowledge it or reply to you, and may decide not to investigate it. ` +
      'Please include as much detail as you can. If you want a reply, you can complain again ' +
      'with your contact details, or raise it through your local councillor.'
    );
  }
  const opening = informal
    ? `Thank you. ${policy.councilName} will first try to resolve this informally: ` +
      `${stage.handlerDescription} will work with you to put it right.`
    : `Your complaint has been accepted at ${stage.name} of ${policy.councilName}'s ` +
      `complaints procedure and will be handled by ${stage.handlerDescription}.`;
  // The decision is the coordinator's (decideLateComplaint); a refusal closes the case with a letter giving the reason.
  const late = m.late
    ? ` Because it was made more than ${policy.timeLimitMonths} months after the matter arose, ` +
      `${policy.lateComplaintsDecidedBy} will first decide whether it can be investigated; if it cannot, you will be told why.`
    : '';
  const written = m.writtenDown
    ? ' The procedure asks for complaints in writing, so the member of staff you spoke to has written yours down for you.'
    : '';
  const next = informal
    ? ' If it cannot be resolved, you can make a formal Stage 1 complaint; you can also ask to go straight to Stage 1.'
    : '';
  return `${opening}${late}${written} ${promise(policy, stage, m.deadlines, informal)}${next}`;
}

// ---------------------------------------------------------------- across the tiers (cross-tier.ts)

const list = (names: readonly string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');

/** A district-tier service brought to a county, with no local area: the resident says where, or goes there themselves. */
export const localAreaNeededMessage = (policy: CouncilPolicy, why: string): string =>
  `${why} Please send it again saying which district or borough the matter arose in ` +
  `(${list(policy.localAreas.map((a) => a.name))}), so that we can pass it to that council where we can, ` +
  `or tell you how to contact it. Nothing has been passed on.`;

/** The council that provides it is not on this platform: the resident contacts it; nothing of theirs is sent. */
export function contactYourselfMessage(
  why: string,
  council: Pick<LocalAreaPolicy, 'councilName' | 'website'> & { where?: string },
  kind: FeedbackKind,
): string {
  const where = council.where ? ` In ${council.where} that is ${council.councilName}.` : '';
  const at = council.website ? ` at ${council.website}` : '';
  return (
    `${why}${where} Please contact ${council.councilName} yourself${at}: we have not passed your ${feedbackNoun(kind)} ` +
    'on or shared your details with it.'
  );
}

/** The council that provides it is on this platform, but its policy would not take it as it stands. */
export const notTakenMessage = (why: string, receiver: string, receiverMessage: string, kind: FeedbackKind): string =>
  `${why} We have not passed your ${feedbackNoun(kind)} to ${receiver} or shared your details with it, because ` +
  `its procedure would not take it as it stands. ${receiverMessage}`;

/** Passed to the council on this platform that provides it, which took it under its own policy. */
export function passedOnMessage(
  why: string,
  receiver: string,
  receiverOutcome: IntakeOutcome,
  receiverMessage: string,
  kind: FeedbackKind,
  reference: string | null,
): string {
  const opened =
    receiverOutcome === IntakeOutcome.ACCEPTED ? `, which has opened it under its own reference${reference ? `, ${reference}` : ''}` : '';
  return `${why} We have passed your ${feedbackNoun(kind)} to ${receiver}${opened}. ${receiverMessage}`;
}
