import type { ContactDetails, OmbudsmanDetails } from './policy.types';

/** The Local Government and Social Care Ombudsman, with the details Hampshire's procedure gives ("Further Escalation"). */
export const LGSCO: OmbudsmanDetails = {
  name: 'Local Government and Social Care Ombudsman',
  website: 'www.lgo.org.uk',
  telephone: '0300 061 0614',
  postalAddress: 'The Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4 0EH',
  email: null,
};

export const LGSCO_CONTACT = LGSCO;

/** Hart §7: Stage 1 complaints by email or post (the seed gives no telephone number or web address). */
export const HART_CONTACT: ContactDetails = {
  email: 'complaints@hart.gov.uk',
  postalAddress: 'Hart District Council, Civic Offices, Harlington Way, Fleet GU51 4AE',
  telephone: null,
  website: null,
};

/** Hart §7: Stage 2 requests go to the Complaints Coordinator in the Joint Chief Executive's office. */
export const HART_ESCALATION_CONTACT: ContactDetails = {
  email: 'complaints@hart.gov.uk',
  postalAddress:
    'Complaints Coordinator, Joint Chief Executive Office, Hart District Council, Civic Offices, Harlington Way, Fleet GU51 4AE',
  telephone: null,
  website: null,
};

/** Hampshire "Access and Equalities": the Corporate Complaints Team's email (no postal address or number is given). */
export const HAMPSHIRE_CONTACT: ContactDetails = {
  email: 'Corporate.complaints.team@hants.gov.uk',
  postalAddress: null,
  telephone: null,
  website: null,
};

/** "email X or write to Y": how to reach a body, from whatever details it publishes. */
export function howToContact(c: ContactDetails): string {
  const ways = [
    c.website && `go to ${c.website}`,
    c.email && `email ${c.email}`,
    c.telephone && `call ${c.telephone}`,
    c.postalAddress && `write to ${c.postalAddress}`,
  ].filter((w): w is string => Boolean(w));
  if (ways.length === 0) return 'contact them';
  return ways.length === 1 ? ways[0] : `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}`;
}
