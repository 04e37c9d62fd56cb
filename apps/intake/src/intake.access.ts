import { CASE_HANDLERS, DATA_PROTECTION_ROLES, FEEDBACK_READERS } from '@redress/policy';
import { PUBLIC, staffWith } from '@redress/platform';
import type { AccessRules } from '@redress/platform';

/**
 * Intake's authorization, in one place. The public may read the councils, use the web form and email, track a
 * case and ask for the next stage with the reference and the email they gave; what staff may do beyond that
 * (other channels, earlier receipt dates, their own council only) is checked as the input is validated.
 */
export const INTAKE_ACCESS: AccessRules = {
  'Query.councils': PUBLIC,
  'Query.council': PUBLIC,
  'Query.trackCase': PUBLIC,
  'Mutation.submitFeedback': PUBLIC,
  // What submitFeedback would answer, storing nothing: as open as submitFeedback (and rate-limited the same way).
  'Query.previewSubmission': PUBLIC,
  // Comments and compliments, with what residents wrote: the council's complaint handlers (not the contact centre).
  'Query.feedback': staffWith(FEEDBACK_READERS, { councilArg: 'councilId' }),
  'Mutation.requestEscalation': PUBLIC,
  'Mutation.convertToComplaint': staffWith(CASE_HANDLERS),
  'Query.subjectAccessExport': staffWith(DATA_PROTECTION_ROLES, { councilArg: 'councilId' }),
  'Mutation.eraseSubject': staffWith(DATA_PROTECTION_ROLES, { councilArg: 'councilId' }),
  // Never looked up by its key here (subject-access.reference.ts refuses it): only who may ask is checked first.
  'SubjectAccessExport.__resolveReference': staffWith(DATA_PROTECTION_ROLES),
};
