import { Channel, FeedbackKind, IntakeOutcome, MessageKind } from '../enums';

/** Contacts made in writing to the council's web form or inbox: the resident gets their reference at once (Hart s.6.4). */
export const RECEIPT_CHANNELS: readonly Channel[] = [Channel.WEB_FORM, Channel.EMAIL];

export interface IntakeMessageFacts {
  outcome: IntakeOutcome;
  kind: FeedbackKind;
  channel: Channel;
  /** A complainant or a representative with a name: false for an anonymous contact. */
  someoneToWriteTo: boolean;
}

/**
 * The message intake owes for a contact it has just recorded, or null. A decision not to take a complaint on, or to
 * send it elsewhere, is told in writing however it came (Code 2.4: why, and the Ombudsman's details); a compliment is
 * thanked; everything else made by web form or email gets a receipt with its reference and the reply (an accepted
 * complaint, a service request, a comment, a request for what is missing). Staff who record a call or a visit give
 * the reference there and then; the acknowledgement follows from casework. Nobody to write to: nothing is owed.
 */
export function intakeMessageKind(f: IntakeMessageFacts): MessageKind | null {
  if (!f.someoneToWriteTo) return null;
  if (f.outcome === IntakeOutcome.NOT_ACCEPTED) return MessageKind.NOT_ACCEPTED;
  if (f.outcome === IntakeOutcome.REFERRED) return MessageKind.REFERRAL;
  if (!RECEIPT_CHANNELS.includes(f.channel)) return null;
  return f.outcome === IntakeOutcome.RECORDED && f.kind === FeedbackKind.COMPLIMENT ? MessageKind.COMPLIMENT_THANKS : MessageKind.RECEIPT;
}
