import { Channel, ContactDirection, ContactPreference } from '../enums';
import type { PolicyViolationCode } from '../coded-error';
import type { LocalDate } from '../calendar/london-time';
import { formatLongDate, londonDate } from '../calendar/london-time';

/*
 * Unreasonable contact and customer behaviour (Hart s.10; Hampshire: "we will write to tell them why we believe his
 * or her behaviour falls into that category, what action we are taking and the duration of that action", "even
 * where a formal complaint has not been received"). A restriction limits how the council deals with a person; it
 * never takes away the right to complain: contacts outside it are recorded and flagged, never refused.
 */

/** Every way the council writes to or speaks with someone, in the order letters list them. */
export const CONTACT_METHODS: readonly ContactPreference[] = [
  ContactPreference.EMAIL,
  ContactPreference.LETTER,
  ContactPreference.TELEPHONE,
];
const WRITTEN: readonly ContactPreference[] = [ContactPreference.EMAIL, ContactPreference.LETTER];

/** A refusal: its code, the reason for the person who asked, and the input at fault. */
export type RestrictionProblem = [PolicyViolationCode, string, string];

export interface RestrictionTerms {
  reviewOn: LocalDate;
  endsOn?: LocalDate | null;
  /** How the council will still write or speak to them; omitted: every method (the restriction limits something else). */
  allowedMethods?: readonly ContactPreference[] | null;
}

/** The methods a restriction keeps open: as given (each once, in letter order), or every method when none is named. */
export function allowedContactMethods(given: readonly ContactPreference[] | null | undefined): ContactPreference[] {
  return CONTACT_METHODS.filter((m) => !given || given.includes(m));
}

/**
 * What a restriction must say: a review date after today, an end (if any) after today and not before the review
 * (a restriction is reviewed before it runs out), and at least one written method, because complaints are always
 * answered in writing (Hart s.6.4 "a written response") and a restriction never stops a response.
 */
export function restrictionProblem(terms: RestrictionTerms, now: Date): RestrictionProblem | null {
  const today = londonDate(now);
  if (terms.reviewOn <= today)
    return ['BAD_USER_INPUT', 'reviewOn must be a date after today: when the restriction is looked at again.', 'reviewOn'];
  if (terms.endsOn && terms.endsOn <= today)
    return ['BAD_USER_INPUT', 'endsOn must be a date after today: the last day of the restriction.', 'endsOn'];
  if (terms.endsOn && terms.endsOn < terms.reviewOn)
    return [
      'BAD_USER_INPUT',
      `reviewOn (${terms.reviewOn}) is after endsOn (${terms.endsOn}): a restriction is reviewed before it ends.`,
      'reviewOn',
    ];
  const methods = terms.allowedMethods;
  if (methods && !methods.some((m) => WRITTEN.includes(m)))
    return [
      'BAD_USER_INPUT',
      'allowedMethods must include EMAIL or LETTER: the council always answers a complaint in writing, whatever the restriction.',
      'allowedMethods',
    ];
  return null;
}

/** In force from the day it is made until it is lifted or its last day (endsOn, a London date) has passed. */
export function restrictionInForce(r: { liftedAt: Date | null; endsOn: LocalDate | null }, now: Date): boolean {
  return !r.liftedAt && (!r.endsOn || r.endsOn >= londonDate(now));
}

/** Why a restriction cannot be lifted: it was already, or it has ended by itself. */
export function liftProblem(r: { liftedAt: Date | null; endsOn: LocalDate | null }, now: Date): [PolicyViolationCode, string] | null {
  if (r.liftedAt) return ['CONFLICT', `This restriction was already lifted on ${formatLongDate(londonDate(r.liftedAt))}.`];
  return restrictionInForce(r, now)
    ? null
    : ['CONFLICT', `This restriction ended on ${formatLongDate(r.endsOn!)}: there is nothing to lift.`];
}

const methodWords = (methods: readonly ContactPreference[]): string => {
  const words = methods.map((m) => m.toLowerCase());
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0];
};

export interface RestrictionLetter {
  councilName: string;
  reason: string;
  restrictions: string;
  allowedMethods: readonly ContactPreference[];
  /** The single point of contact, as the person will know them. */
  contactName: string;
  reviewOn: LocalDate;
  endsOn: LocalDate | null;
}

/** The restriction letter: why, what is restricted and how the council will still contact them, and for how long. */
export function restrictionLetter(l: RestrictionLetter): string {
  const until = l.endsOn
    ? `It applies until ${formatLongDate(l.endsOn)}, and we will review it by ${formatLongDate(l.reviewOn)}.`
    : `It applies until we review it, which we will do by ${formatLongDate(l.reviewOn)}.`;
  return (
    `We have decided to restrict your contact with ${l.councilName} because ${l.reason.replace(/[.\s]+$/, '')}. ` +
    `What we are restricting: ${l.restrictions.replace(/[.\s]+$/, '')}. ` +
    `We will still contact you by ${methodWords(l.allowedMethods)}, and ${l.contactName} is your single point of contact. ${until} ` +
    'This does not stop you making a complaint: we will still answer your complaints in writing.'
  );
}

/**
 * What communications must send whatever a restriction says (the contract's MessageKind names; RESPONDED is the
 * timeline's name for a response): the response, the notice that a complaint is not accepted, and the letter itself.
 */
export const NEVER_SUPPRESSED_BY_RESTRICTION: readonly string[] = ['RESPONSE', 'RESPONDED', 'NOT_ACCEPTED', 'CONTACT_RESTRICTION'];

/**
 * Whether a message of `kind` may go by `method` to someone under a restriction allowing `allowedMethods` (null:
 * no restriction in force). A response, a not-accepted notice and the restriction letter always go.
 */
export function restrictionAllows(kind: string, method: ContactPreference, allowedMethods: readonly ContactPreference[] | null): boolean {
  return NEVER_SUPPRESSED_BY_RESTRICTION.includes(kind) || !allowedMethods || allowedMethods.includes(method);
}

// How a contact reached (or was made by) the council, as a method a restriction names. Someone acting for the
// person (a councillor, a representative) is not the person contacting the council: never outside a restriction.
const CHANNEL_METHOD: Record<Channel, ContactPreference | 'ON_THEIR_BEHALF' | null> = {
  [Channel.EMAIL]: ContactPreference.EMAIL,
  [Channel.WEB_FORM]: ContactPreference.EMAIL,
  [Channel.LETTER]: ContactPreference.LETTER,
  [Channel.TELEPHONE]: ContactPreference.TELEPHONE,
  [Channel.IN_PERSON]: null,
  [Channel.SOCIAL_MEDIA]: null,
  [Channel.COUNCILLOR]: 'ON_THEIR_BEHALF',
  [Channel.REPRESENTATIVE]: 'ON_THEIR_BEHALF',
};

/**
 * Whether a contact breaks a restriction in force, in words for the timeline (null: it does not). A contact breaks
 * it when its channel is not one of the methods the restriction keeps open. It is recorded all the same.
 */
export function contactOutsideRestriction(
  contact: { channel: Channel; direction: ContactDirection },
  allowedMethods: readonly ContactPreference[],
): string | null {
  const method = CHANNEL_METHOD[contact.channel];
  if (method === 'ON_THEIR_BEHALF' || (method && allowedMethods.includes(method))) return null;
  const how = contact.channel === Channel.IN_PERSON ? 'in person' : `by ${contact.channel.toLowerCase().replace(/_/g, ' ')}`;
  const who = contact.direction === ContactDirection.INBOUND ? 'the customer contacted us' : 'we contacted the customer';
  return (
    `Contact outside the restriction: ${who} ${how}; the restriction allows ${methodWords(allowedMethods)} only. ` +
    'Recorded, not refused: the right to complain stays.'
  );
}
