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
