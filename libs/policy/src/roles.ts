import { Role } from './enums';

// Who does what beyond the per-stage case actions (ACTION_ROLES). ADMIN holds every role within its council.

/** Case handlers: read a case and the personal data in it, record contacts. Analysts never do (DESIGN: aggregates only). */
export const CASE_HANDLERS: readonly Role[] = [Role.CONTACT_CENTRE, Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];

/** Chase and record the remedies a response promised: the people who own the actions, not the contact centre. */
export const REMEDY_HANDLERS: readonly Role[] = [Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];

/** Unreasonable behaviour: a restriction on contact is decided by the coordinator or a Head of Service. */
export const CONTACT_RESTRICTERS: readonly Role[] = [Role.COMPLAINTS_COORDINATOR, Role.HEAD_OF_SERVICE];

/**
 * The council's figures (aggregates, never case text or personal data). The Member Responsible for Complaints
 * receives volumes, categories, outcomes, performance and trends (Complaint Handling Code s.9), and nothing else.
 */
export const FIGURES_READERS: readonly Role[] = [Role.ANALYST, Role.COMPLAINTS_COORDINATOR, Role.HEAD_OF_SERVICE, Role.MEMBER];

/**
 * The annual report's own words: the complaints coordinator records the Code self-assessment (evidence, commentary,
 * actions), the governing body's response and the Ombudsman's annual letter (Code 8.1, 8.2).
 */
export const ANNUAL_REPORT_EDITORS: readonly Role[] = [Role.COMPLAINTS_COORDINATOR];

/** Subject access, erasure and the retention schedule: the complaints coordinator, for information governance. */
export const DATA_PROTECTION_ROLES: readonly Role[] = [Role.COMPLAINTS_COORDINATOR];

/** Anyone signed in as staff: each reads their own alerts. */
export const EVERY_STAFF_ROLE: readonly Role[] = Object.values(Role);
