import type { ContactDetails } from '../types';

/** Local Government and Social Care Ombudsman (Hampshire procedure, "Further Escalation"; Hart appendix 1). */
export const LGSCO_CONTACT: ContactDetails = {
  website: 'www.lgo.org.uk',
  telephone: '0300 061 0614',
  postalAddress: 'PO Box 4771, Coventry CV4 0EH',
};
