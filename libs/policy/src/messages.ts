import type { LocalDate } from './calendar/local-date';
import { LGSCO_CONTACT } from './councils/lgsco';
import type { ContactDetails } from './types';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Friday 27 November 2026": how a date reads in a letter to a resident. */
export const longDate = (date: LocalDate): string => LONG_DATE.format(new Date(`${date}T12:00:00Z`)).replace(',', '');

/** "email x, or write to y" from whatever contact details there are. */
export function howToContact(contact: ContactDetails): string {
  const ways = [
    contact.website && `www: ${contact.website}`,
    contact.email && `email ${contact.email}`,
    contact.telephone && `telephone ${contact.telephone}`,
    contact.postalAddress && `write to ${contact.postalAddress}`,
  ].filter(Boolean);
  return ways.join(', ');
}

/** Where to go after the final stage. */
export const ombudsmanRoute = (): string =>
  `If you remain dissatisfied you can ask the Local Government and Social Care Ombudsman to look at your complaint: ${howToContact(LGSCO_CONTACT).replace('www: ', '')}.`;
