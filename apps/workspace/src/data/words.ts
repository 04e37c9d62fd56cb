/** What the workspace calls the contract's enum values, in words staff read. Presentation only: never a rule. */

export const STATUS_WORDS: Readonly<Record<string, string>> = {
  OPEN: 'Open',
  ON_HOLD: 'On hold',
  RESPONDED: 'Responded',
  CLOSED: 'Closed',
  WITH_OMBUDSMAN: 'With the Ombudsman',
};

export const KIND_WORDS: Readonly<Record<string, string>> = {
  COMPLAINT: 'Complaint',
  COMPLIMENT: 'Compliment',
  COMMENT: 'Comment',
  SERVICE_REQUEST: 'Service request',
};

export const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  WEB_FORM: 'Web form',
  EMAIL: 'Email',
  LETTER: 'Letter',
  TELEPHONE: 'Telephone',
  IN_PERSON: 'In person',
  COUNCILLOR: 'Through a councillor',
  REPRESENTATIVE: 'Through a representative',
  SOCIAL_MEDIA: 'Social media',
};

export const ROLE_WORDS: Readonly<Record<string, string>> = {
  CONTACT_CENTRE: 'Contact centre',
  OFFICER: 'Officer',
  HEAD_OF_SERVICE: 'Head of Service',
  COMPLAINTS_COORDINATOR: 'Complaints coordinator',
  ANALYST: 'Analyst',
  ADMIN: 'Administrator',
  MEMBER: 'Member Responsible for Complaints',
};

export const ALERT_KIND_WORDS: Readonly<Record<string, string>> = {
  REMINDER: 'Due soon',
  BREACH: 'Deadline missed',
  OMBUDSMAN_ENQUIRY: 'Ombudsman enquiry',
  REMEDY_DUE: 'Remedy due',
  LATE_COMPLAINT: 'Late complaint to decide',
  STAGE_DELAYED: 'Response delayed',
  FEEDBACK_RECEIVED: 'Compliment or comment',
  RESTRICTION_REVIEW: 'Restriction to review',
  ADJUSTMENT_REVIEW: 'Adjustment to review',
  DELIVERY_FAILED: 'Message not delivered',
};

/** Which group of the alerts inbox each kind is in: what is due, what was missed, what waits for the person. */
export const ALERT_GROUPS: Readonly<Record<string, 'due' | 'breached' | 'waiting'>> = {
  REMINDER: 'due',
  REMEDY_DUE: 'due',
  RESTRICTION_REVIEW: 'due',
  ADJUSTMENT_REVIEW: 'due',
  BREACH: 'breached',
  STAGE_DELAYED: 'breached',
  DELIVERY_FAILED: 'breached',
  OMBUDSMAN_ENQUIRY: 'waiting',
  LATE_COMPLAINT: 'waiting',
  FEEDBACK_RECEIVED: 'waiting',
};

export const COMPLAINANT_TYPE_WORDS: Readonly<Record<string, string>> = {
  RESIDENT: 'A resident',
  WORKER_OR_VISITOR: 'Someone who works in or visits the area',
  BUSINESS: 'A business',
  COMMUNITY_GROUP: 'A community group',
  PROFESSIONAL_BODY: 'A professional body',
  OTHER: 'Someone else',
};

export const CONTACT_WORDS: Readonly<Record<string, string>> = {
  EMAIL: 'Email',
  LETTER: 'Letter',
  TELEPHONE: 'Telephone',
};

/** "3 working days", "1 working day". */
export const workingDays = (n: number): string => `${n} working day${n === 1 ? '' : 's'}`;

/** Time left to answer the current stage, as staff read it in a queue (the clock stands still while on hold). */
export function timeLeftWords(stage: { workingDaysLeft: number | null }, status: string): string {
  const left = stage.workingDaysLeft;
  if (left === null) return 'Answered';
  const words = left < 0 ? `Overdue by ${workingDays(-left)}` : left === 0 ? 'Due today' : `${workingDays(left)} left`;
  return status === 'ON_HOLD' ? `On hold (${words.charAt(0).toLowerCase()}${words.slice(1)})` : words;
}
