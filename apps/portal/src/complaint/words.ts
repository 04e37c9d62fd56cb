/** What the portal calls the contract's enum values, in words a resident reads. Presentation only: never a rule. */

export const MATTER_WORDS: Readonly<Record<string, string>> = {
  SERVICE_FAILURE: 'How a council service was provided',
  STAFF_CONDUCT: 'How a member of staff behaved',
  APPEAL_HANDLING: 'The way an appeal was handled',
  PLANNING_DECISION: 'The outcome of a planning application, appeal or enforcement',
  PARKING_APPEAL: 'A parking penalty',
  HOUSING_BENEFIT_APPEAL: 'A Housing Benefit decision',
  FREEDOM_OF_INFORMATION: 'A Freedom of Information request',
  DATA_PROTECTION: 'How your personal data was handled',
  COUNCIL_POLICY: 'A council policy',
  LAW_OR_GOVERNMENT_POLICY: 'The law, or central government policy',
  COUNCILLOR_CONDUCT: 'How a councillor behaved',
  OTHER_AUTHORITY_SERVICE: 'A service another council or body provides',
  CHILDRENS_SOCIAL_CARE: "Children's social care",
  ADULT_SOCIAL_CARE: 'Adult social care',
  SCHOOL_ADMISSION_OR_EXCLUSION: 'A school admission or exclusion',
  SEN_PROVISION: 'Special educational needs provision',
  SAFEGUARDING: 'The safety of a child or vulnerable adult',
  WHISTLEBLOWING: 'Whistleblowing by a member of staff',
  EMPLOYMENT: 'Your employment with the council',
  COMPENSATION_CLAIM: 'A claim for compensation',
  LEGAL_PROCEEDINGS: 'A matter in legal proceedings',
  CONTRACTUAL: 'A contract you have with the council',
  HEALTH_AND_SAFETY: 'A health and safety concern',
  OTHER_APPEAL_MECHANISM: 'A decision with its own appeal or tribunal',
  PREVIOUSLY_INVESTIGATED: 'A complaint already investigated under this procedure',
  OMBUDSMAN_INVESTIGATED: 'A complaint the Ombudsman is looking at, or has looked at',
  COURT_DETERMINATION: 'A matter a court has decided or is deciding',
};

export const ROLE_WORDS: Readonly<Record<string, string>> = {
  CONTACT_CENTRE: 'the customer services team',
  OFFICER: 'an officer in the service concerned',
  HEAD_OF_SERVICE: 'the Head of Service',
  COMPLAINTS_COORDINATOR: 'the complaints coordinator',
};

export const CONSENT_WORDS: Readonly<Record<string, string>> = {
  WRITTEN: 'Yes, in writing (a letter, email or signed form)',
  VERBAL: 'Yes, they have told us or will tell us themselves (by phone or in person)',
  NONE: 'Not yet',
};

/** How a policy's accepted kinds of consent read in a sentence: "in writing", "spoken or in writing". */
export const CONSENT_IN_A_SENTENCE: Readonly<Record<string, string>> = { WRITTEN: 'in writing', VERBAL: 'spoken' };

export const CONTACT_WORDS: Readonly<Record<string, string>> = { EMAIL: 'Email', LETTER: 'Letter', TELEPHONE: 'Telephone' };

export const TIER_WORDS: Readonly<Record<string, string>> = {
  DISTRICT: 'District council',
  COUNTY: 'County council',
  UNITARY: 'Unitary council',
};

/** What went wrong (ComplaintCategory), in the order the question offers them. */
export const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  DELAY: 'It took too long',
  FAILURE_TO_PROVIDE_SERVICE: 'A service was not provided, or not provided properly',
  WRONG_DECISION: 'A decision was not made properly',
  POLICY_OR_LAW_NOT_FOLLOWED: 'The council did not follow its own rules or the law',
  BROKEN_PROMISE: 'The council did not do what it said it would',
  BIAS_OR_DISCRIMINATION: 'I was treated unfairly or discriminated against',
  STAFF_BEHAVIOUR: 'A member of staff was rude or unhelpful',
  POOR_COMMUNICATION: 'The council did not keep me informed',
  FAILURE_TO_PROVIDE_INFORMATION: 'The council did not give me information I needed',
  INADEQUATE_RECORD_KEEPING: 'Records were wrong or missing',
  FAILURE_TO_INVESTIGATE: 'The council did not look into something it should have',
  FAILURE_TO_REPLY: 'The council did not reply to me',
  MISLEADING_STATEMENT: 'I was told something that was wrong or misleading',
  INADEQUATE_LIAISON_OR_CONSULTATION: 'The council did not consult or work with others as it should',
  OTHER_UNFAIRNESS: 'Something else that was unfair',
};

/** Who the complainant is (ComplainantType). */
export const COMPLAINANT_TYPE_WORDS: Readonly<Record<string, string>> = {
  RESIDENT: 'Someone who lives in the area',
  WORKER_OR_VISITOR: 'Someone who works in or visits the area',
  BUSINESS: 'A business',
  COMMUNITY_GROUP: 'A community or voluntary group',
  PROFESSIONAL_BODY: 'A professional body or organisation',
  OTHER: 'None of these',
};

export const STATUS_WORDS: Readonly<Record<string, string>> = {
  OPEN: 'We are looking into it',
  ON_HOLD: 'Paused',
  RESPONDED: 'We have replied',
  CLOSED: 'Closed',
  WITH_OMBUDSMAN: 'With the Ombudsman',
};

export const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  UPHELD: 'Upheld: we agree something went wrong',
  PARTIALLY_UPHELD: 'Partly upheld: we agree some of it went wrong',
  NOT_UPHELD: 'Not upheld: we do not think we got it wrong',
  NOT_INVESTIGATED: 'Not investigated',
};

/** What a response promised to put things right (Remedy). */
export const REMEDY_WORDS: Readonly<Record<string, string>> = {
  APOLOGY: 'An apology',
  EXPLANATION: 'An explanation of what happened',
  ACTION_TAKEN: 'Action to put things right',
  DECISION_RECONSIDERED: 'The decision looked at again',
  PROCEDURES_IMPROVED: 'Changes to how we do things',
  PROCEDURE_RERUN: 'The process done again properly',
  MONEY_RECALCULATED: 'Money owed worked out again',
  FINANCIAL_REMEDY: 'A payment to you',
  OTHER: 'Something else, explained in the reasons',
};
