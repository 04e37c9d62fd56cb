/** What the case pages call the contract's enum values, in words staff read. Presentation only: never a rule. */

export const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  UPHELD: 'Upheld',
  PARTIALLY_UPHELD: 'Partly upheld',
  NOT_UPHELD: 'Not upheld',
  NOT_INVESTIGATED: 'Not investigated',
};

export const OUTCOME_HINTS: Readonly<Record<string, string>> = {
  UPHELD: 'The council got it wrong',
  PARTIALLY_UPHELD: 'The council got some of it wrong',
  NOT_UPHELD: 'The council did what it should have done',
  NOT_INVESTIGATED: 'Say why in the box that follows',
};

export const REMEDY_WORDS: Readonly<Record<string, string>> = {
  APOLOGY: 'An apology',
  EXPLANATION: 'An explanation',
  ACTION_TAKEN: 'Action taken to put it right',
  DECISION_RECONSIDERED: 'The decision reconsidered',
  PROCEDURES_IMPROVED: 'Procedures improved',
  PROCEDURE_RERUN: 'The procedure run again',
  MONEY_RECALCULATED: 'Money recalculated',
  FINANCIAL_REMEDY: 'A payment',
  OTHER: 'Something else',
};

export const HOLD_REASON_WORDS: Readonly<Record<string, string>> = {
  CONCURRENT_PROCEDURE: 'Another procedure is looking at the same matter',
  AWAITING_STATEMENT_OF_COMPLAINT: 'Waiting for the Statement of Complaint to be agreed',
  AWAITING_CUSTOMER: 'Waiting for the customer',
  LEGAL_PROCEEDINGS: 'Legal proceedings',
};

export const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  DELAY: 'Delay',
  FAILURE_TO_PROVIDE_SERVICE: 'Failure to provide a service',
  WRONG_DECISION: 'A wrong decision',
  POLICY_OR_LAW_NOT_FOLLOWED: 'Policy or law not followed',
  BROKEN_PROMISE: 'A broken promise',
  BIAS_OR_DISCRIMINATION: 'Bias or discrimination',
  STAFF_BEHAVIOUR: 'Staff behaviour',
  POOR_COMMUNICATION: 'Poor communication',
  FAILURE_TO_PROVIDE_INFORMATION: 'Failure to provide information',
  INADEQUATE_RECORD_KEEPING: 'Poor record keeping',
  FAILURE_TO_INVESTIGATE: 'Failure to investigate',
  FAILURE_TO_REPLY: 'Failure to reply',
  MISLEADING_STATEMENT: 'A misleading statement',
  INADEQUATE_LIAISON_OR_CONSULTATION: 'Poor liaison or consultation',
  OTHER_UNFAIRNESS: 'Other unfairness',
};

export const ADJUSTMENT_WORDS: Readonly<Record<string, string>> = {
  LARGE_PRINT: 'Large print',
  EASY_READ: 'Easy read',
  TELEPHONE_CONTACT: 'Contact by telephone',
  INTERPRETER: 'An interpreter',
  BRAILLE: 'Braille',
  EXTRA_TIME: 'Extra time',
  OTHER: 'Something else',
};

export const OMBUDSMAN_DECISION_WORDS: Readonly<Record<string, string>> = {
  UPHELD_WITH_RECOMMENDATIONS: 'Upheld, with recommendations',
  PARTLY_UPHELD: 'Partly upheld, with recommendations',
  PARTLY_UPHELD_NO_RECOMMENDATIONS: 'Partly upheld, no recommendations',
  NOT_UPHELD: 'Not upheld',
  NOT_INVESTIGATED: 'Not investigated',
};

export const MESSAGE_KIND_WORDS: Readonly<Record<string, string>> = {
  RECEIPT: 'Receipt',
  ACKNOWLEDGEMENT: 'Acknowledgement',
  EXTENSION: 'Extension notice',
  HOLD: 'Notice that work is paused',
  RESUMED: 'Notice that work has restarted',
  DELAY: 'Delay notice',
  PROGRESS_UPDATE: 'Progress update',
  RESPONSE: 'Response',
  ESCALATION_RECEIVED: 'Escalation acknowledgement',
  ESCALATION_REFUSED: 'Escalation refusal',
  REFERRAL: 'Referral',
  NOT_ACCEPTED: 'Notice that the complaint is not accepted',
  LATE_DECISION: 'Late complaint decision',
  CONTACT_RESTRICTION: 'Contact restriction letter',
  COMPLIMENT_THANKS: 'Thanks for a compliment',
};

export const DELIVERY_STATUS_WORDS: Readonly<Record<string, string>> = {
  QUEUED: 'Waiting to be sent',
  SENT: 'Sent',
  FAILED: 'Not delivered',
  SUPPRESSED: 'Not sent',
};

export const DELIVERY_STATUS_TAGS: Readonly<Record<string, string>> = {
  QUEUED: 'govuk-tag--grey',
  SENT: 'govuk-tag--green',
  FAILED: 'govuk-tag--red',
  SUPPRESSED: 'govuk-tag--yellow',
};

export const STATUS_TAGS: Readonly<Record<string, string>> = {
  OPEN: 'govuk-tag--blue',
  ON_HOLD: 'govuk-tag--grey',
  RESPONDED: 'govuk-tag--green',
  CLOSED: 'govuk-tag--grey',
  WITH_OMBUDSMAN: 'govuk-tag--purple',
};

export const CONSENT_WORDS: Readonly<Record<string, string>> = {
  WRITTEN: 'In writing',
  VERBAL: 'Spoken',
  NONE: 'None given',
};

export const DIRECTION_WORDS: Readonly<Record<string, string>> = {
  INBOUND: 'They contacted us',
  OUTBOUND: 'We contacted them',
};

/** What each line of the timeline is, as a heading. An event not named here is written from its type. */
export const EVENT_WORDS: Readonly<Record<string, string>> = {
  CASE_OPENED: 'Case opened',
  ASSIGNED: 'Assigned',
  ACKNOWLEDGED: 'Acknowledged',
  EXTENDED: 'Extension agreed',
  HELD: 'Put on hold',
  RESUMED: 'Resumed',
  DEADLINES_MOVED: 'Deadlines moved',
  STATEMENT_AGREED: 'Statement of Complaint agreed',
  RESPONDED: 'Response',
  SIGNED_OFF: 'Response signed off',
  RETURNED_FOR_CHANGES: 'Returned for changes',
  ESCALATED: 'Escalated',
  ESCALATION_REFUSED: 'Escalation refused',
  REFERRED_TO_OMBUDSMAN: 'Referred to the Ombudsman',
  OMBUDSMAN_ENQUIRY_ANSWERED: "Ombudsman's enquiry answered",
  OMBUDSMAN_ENQUIRY_REMINDER: "Ombudsman's enquiry due soon",
  OMBUDSMAN_ENQUIRY_OVERDUE: "Ombudsman's enquiry overdue",
  OMBUDSMAN_DECISION: "Ombudsman's decision",
  CONTACT_RECORDED: 'Contact recorded',
  CONTACT_RESTRICTED: 'Contact restricted',
  CONTACT_RESTRICTION_LIFTED: 'Contact restriction lifted',
  CONTACT_OUTSIDE_RESTRICTION: 'Contact outside the restriction',
  ADJUSTMENT_RECORDED: 'Reasonable adjustment recorded',
  CONTACT_PREFERENCE_SET: 'Contact preference changed',
  CATEGORIES_SET: 'Categories changed',
  STAFF_INVOLVED_SET: 'Staff involved named',
  LATE_COMPLAINT: 'Late complaint',
  LATE_COMPLAINT_ACCEPTED: 'Late complaint accepted',
  LATE_COMPLAINT_REFUSED: 'Late complaint refused',
  DELAY_NOTIFIED: 'Delay notice',
  MESSAGE_TO_CUSTOMER: 'Message to the customer',
  MESSAGE_SENT: 'Message sent',
  MESSAGE_FAILED: 'Message not delivered',
  MESSAGE_SUPPRESSED: 'Message not sent',
  SLA_REMINDER: 'Deadline reminder',
  SLA_BREACHED: 'Deadline missed',
  REMEDY_COMPLETED: 'Remedy done',
  REMEDY_DUE: 'Remedy due',
  REMEDY_OVERDUE: 'Remedy overdue',
  PROGRESS_UPDATE: 'Progress update',
  CLOSED: 'Closed',
  ANONYMISED: 'Personal data removed',
};

/** "SOME_EVENT" → "Some event", for a type the words above do not name yet. */
export const sentenceOf = (code: string): string => {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const wordsFor = (table: Readonly<Record<string, string>>, code: string): string => table[code] ?? sentenceOf(code);
