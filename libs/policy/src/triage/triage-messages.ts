import type { LocalDate } from '../calendar/london-time';
import { formatLongDate } from '../calendar/london-time';
import type { StageDeadlines } from '../deadlines/stage-deadlines';
import { ClockStart, ConsentEvidence } from '../enums';
import { howToContact } from '../policies/contacts';
import type { CouncilPolicy, StagePolicy } from '../policies/policy.types';

/** Plain English for a resident: what happens next and by when, or where to go instead. */

export const recordedMessage = (compliment: boolean, area: string): string =>
  compliment
    ? `Thank you for your compliment about ${area}. We have recorded it and will pass it on to the people concerned.`
    : `Thank you for your comment about ${area}. We have recorded it and passed it to the service so that it can ` +
      'learn from it. A comment is not a complaint, so you will not receive a formal response.';

export const routedMessage = (area: string): string =>
  `Thank you. This is a request for a service rather than a complaint, so we have passed it to the ${area} team to ` +
  'deal with as part of their normal work. If the service then fails you, you can make a complaint.';

export const otherProcedureMessage = (policy: CouncilPolicy, detail: string): string =>
  `We cannot deal with this under ${policy.councilName}'s complaints procedure. ${detail}`;

export const excludedComplainantMessage = (policy: CouncilPolicy): string =>
  `${policy.councilName}'s complaints procedure does not cover complaints made by another ` +
  'professional body or organisation. Please raise the matter with the service concerned.';

export const anonymousRejectedMessage = (policy: CouncilPolicy): string =>
  `${policy.councilName} does not deal with anonymous complaints, unless they raise safeguarding concerns about vulnerable ` +
  'people such as children, older people, or people with mental health problems or learning difficulties. ' +
  'If you would like us to look into this, please make your complaint again with your ' +
  `name and contact details; you can ${howToContact(policy.contact)}.`;

export function consentMessage(policy: CouncilPolicy, given: ConsentEvidence): string {
  const writtenOnly = !policy.representativeConsent.includes(ConsentEvidence.VERBAL);
  const needed = writtenOnly ? 'written confirmation' : 'confirmation, by telephone or in writing,';
  const notEnough = given === ConsentEvidence.VERBAL ? 'Confirmation by telephone or in person is not enough. ' : '';
  return (
    `A representative or councillor can complain on someone's behalf, but ${policy.councilName} ` +
    `needs ${needed} from the person concerned that you act for them. ${notEnough}` +
    `Please ${howToContact(policy.contact)} with it. We will look at the complaint as soon as we have it.`
  );
}

export const justificationMessage = (policy: CouncilPolicy, incident: LocalDate, received: LocalDate): string =>
  `Complaints should be made within ${policy.timeLimitMonths} months of the matter arising. ` +
  `This matter arose on ${formatLongDate(incident)}, more than ${policy.timeLimitMonths} months ` +
  `before we received your complaint on ${formatLongDate(received)}. ` +
  `Please tell us why you could not complain sooner, so that ${policy.lateComplaintsDecidedBy} ` +
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

function promise(stage: StagePolicy, d: StageDeadlines, informal: boolean): string {
  const aim = informal ? 'aim to resolve it' : 'aim to respond in full';
  const respond =
    stage.responseClockFrom === ClockStart.ACKNOWLEDGEMENT
      ? `${aim} within ${stage.respondWithinWorkingDays} working days of acknowledging it, by ${formatLongDate(d.respondBy)} at the latest`
      : `${aim} by ${formatLongDate(d.respondBy)}`;
  return `We will acknowledge it by ${formatLongDate(d.acknowledgeBy)} and ${respond}.`;
}

export function acceptedMessage(m: AcceptedMessageInput): string {
  const { policy, stage } = m;
  const informal = stage.number === 0;
  if (m.anonymous) {
    const why = m.safeguarding
      ? ' Although we do not normally deal with anonymous complaints, we will consider this one because it raises safeguarding concerns.'
      : '';
    return (
      `Your complaint has been recorded by ${policy.councilName}.${why} Because it was made anonymously, we ` +
      'cannot acknowledge it or reply to you, and we may decide not to investigate it. ' +
      'Please include as much detail as you can. If you want a reply, you can complain again ' +
      'with your contact details, or raise it through your local councillor.'
    );
  }
  const opening = informal
    ? `Thank you. ${policy.councilName} will first try to resolve this informally: ` +
      `${stage.handlerDescription} will work with you to put it right.`
    : `Your complaint has been accepted at ${stage.name} of ${policy.councilName}'s ` +
      `complaints procedure and will be handled by ${stage.handlerDescription}.`;
  const late = m.late
    ? ` Because it was made more than ${policy.timeLimitMonths} months after the matter arose, ` +
      `${policy.lateComplaintsDecidedBy} will first decide whether it can be investigated, and will tell you.`
    : '';
  const written = m.writtenDown
    ? ' Our procedure asks for complaints in writing, so the member of staff you spoke to has written yours down for you.'
    : '';
  const next = informal
    ? ' If it cannot be resolved, you can make a formal Stage 1 complaint; you can also ask to go straight to Stage 1.'
    : '';
  return `${opening}${late}${written} ${promise(stage, m.deadlines, informal)}${next}`;
}
