const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Friday 27 November 2026": how a date reads in a letter to a resident. */
export const longDate = (date: string): string => LONG_DATE.format(new Date(`${date}T12:00:00Z`)).replace(',', '');

/** Where to go after the final stage (Hampshire procedure, "Further Escalation"). */
export const ombudsmanRoute = (): string =>
  'If you remain dissatisfied you can ask the Local Government and Social Care Ombudsman to look at your complaint: www.lgo.org.uk, telephone 0300 061 0614, or write to PO Box 4771, Coventry CV4 0EH.';
