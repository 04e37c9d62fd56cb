import { ContactPreference, DeliveryMethod } from '../enums';
import type { MessageKind } from '../enums';
import { allowedContactMethods, restrictionAllows } from './restrictions';

/** Who a message is for, as far as choosing how to send it goes (the contracts' MessageRecipient). */
export interface DeliveryRecipient {
  role: 'COMPLAINANT' | 'REPRESENTATIVE';
  name: string;
  email: string | null;
  postalAddress: string | null;
  contactPreference: ContactPreference | null;
}

/** How an owed message goes: by email or letter to someone, or not at all, and why. */
export type Delivery =
  | { method: DeliveryMethod.EMAIL; recipient: string; postalAddress: null }
  | { method: DeliveryMethod.LETTER; recipient: string; postalAddress: string }
  | { method: null; recipient: string | null; postalAddress: null; suppressed: string };

const AS_PREFERENCE: Record<DeliveryMethod, ContactPreference> = {
  [DeliveryMethod.EMAIL]: ContactPreference.EMAIL,
  [DeliveryMethod.LETTER]: ContactPreference.LETTER,
};
const WHAT_WE_NEED: Partial<Record<ContactPreference, string>> = {
  [ContactPreference.EMAIL]: 'email address',
  [ContactPreference.LETTER]: 'postal address',
};

const held = (value: string | null | undefined): string | null => value?.trim() || null;
const words = (methods: readonly ContactPreference[]): string => methods.map((m) => m.toLowerCase()).join(' or ');

/**
 * The method for one message. Email, unless they asked for letters (a telephone preference still gets the written
 * record); the other method when the first cannot be used. A contact restriction keeps its methods first, and
 * whether it may hold a message back at all is the policy core's `restrictionAllows` (a response always goes).
 * Nobody to write to, or no way the restriction leaves: suppressed, with the reason staff will read.
 */
export function chooseDelivery(
  kind: MessageKind,
  recipient: DeliveryRecipient | null,
  allowedMethods: readonly ContactPreference[] | null,
): Delivery {
  if (!recipient) return { method: null, recipient: null, postalAddress: null, suppressed: 'anonymous: nobody to write to' };
  const address = { [DeliveryMethod.EMAIL]: held(recipient.email), [DeliveryMethod.LETTER]: held(recipient.postalAddress) };
  const order =
    recipient.contactPreference === ContactPreference.LETTER
      ? [DeliveryMethod.LETTER, DeliveryMethod.EMAIL]
      : [DeliveryMethod.EMAIL, DeliveryMethod.LETTER];
  const reachable = order.filter((m) => address[m]);
  const who = recipient.role === 'REPRESENTATIVE' ? 'the representative' : 'the complainant';
  if (!reachable.length)
    return {
      method: null,
      recipient: recipient.name,
      postalAddress: null,
      suppressed: `we hold no email address or postal address for ${who}: there is nowhere to send it`,
    };
  const open = allowedContactMethods(allowedMethods);
  const method =
    reachable.find((m) => open.includes(AS_PREFERENCE[m])) ??
    reachable.find((m) => restrictionAllows(kind, AS_PREFERENCE[m], allowedMethods));
  if (!method) {
    const missing = open.flatMap((m) => WHAT_WE_NEED[m] ?? []);
    const lacking = missing.length ? `, and we hold no ${missing.join(' or ')} for ${who}` : '';
    const tried = words(reachable.map((m) => AS_PREFERENCE[m]));
    return {
      method: null,
      recipient: recipient.name,
      postalAddress: null,
      suppressed: `the contact restriction in force allows ${words(open)} only${lacking}: not sent by ${tried}`,
    };
  }
  return method === DeliveryMethod.EMAIL
    ? { method, recipient: address.EMAIL!, postalAddress: null }
    : { method, recipient: recipient.name, postalAddress: address.LETTER! };
}
