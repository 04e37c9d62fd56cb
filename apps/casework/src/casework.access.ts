import {
  ACTION_ROLES,
  CASE_HANDLERS,
  CONTACT_RESTRICTERS,
  DATA_PROTECTION_ROLES,
  EVERY_STAFF_ROLE,
  REMEDY_HANDLERS,
  Role,
} from '@redress/policy';
import { staffWith } from '@redress/platform';
import type { AccessRules } from '@redress/platform';

const handlers = staffWith(CASE_HANDLERS);

/**
 * Casework's authorization, in one place. A case's own council is checked where the case is loaded (another
 * council's case reads exactly like a missing one); the per-stage rules of the policy are checked by the command.
 */
export const CASEWORK_ACCESS: AccessRules = {
  'Query.case': handlers,
  'Query.cases': handlers,
  'Query.staff': staffWith([...CASE_HANDLERS, Role.ANALYST], { councilArg: 'councilId' }),
  'Query.outstandingRemedyActions': staffWith(REMEDY_HANDLERS, { councilArg: 'councilId' }),
  'Case.__resolveReference': handlers,
  // Subject access: intake's subjectAccessExport asks casework for the cases; the council is checked there too.
  'SubjectAccessExport.__resolveReference': staffWith(DATA_PROTECTION_ROLES),
  // Personal data and free text, again at the field: whatever route reaches a case, only handlers read these.
  'Case.complainant': handlers,
  'Case.representative': handlers,
  'Case.summary': handlers,
  'Case.timeline': handlers,
  // Who the complaint is about: staff names, for case handlers only.
  'Case.staffInvolved': handlers,
  // Assigning (a manager) or taking (an officer, of their own service area): the case machine tells them apart.
  'Mutation.assignCase': staffWith([...ACTION_ROLES.ASSIGN, ...ACTION_ROLES.TAKE]),
  'Mutation.acknowledgeCase': staffWith(ACTION_ROLES.ACKNOWLEDGE),
  'Mutation.agreeExtension': staffWith(ACTION_ROLES.EXTEND),
  'Mutation.holdCase': staffWith(ACTION_ROLES.HOLD),
  'Mutation.resumeCase': staffWith(ACTION_ROLES.RESUME),
  'Mutation.notifyDelay': staffWith(ACTION_ROLES.NOTIFY_DELAY),
  'Mutation.respondToCase': staffWith(ACTION_ROLES.RESPOND),
  'Mutation.signOffResponse': staffWith(ACTION_ROLES.SIGN_OFF),
  'Mutation.escalateCase': staffWith(ACTION_ROLES.ESCALATE),
  'Mutation.closeCase': staffWith(ACTION_ROLES.CLOSE),
  'Mutation.agreeStatementOfComplaint': staffWith(ACTION_ROLES.AGREE_STATEMENT),
  'Mutation.referToOmbudsman': staffWith(ACTION_ROLES.REFER_TO_OMBUDSMAN),
  'Mutation.answerOmbudsmanEnquiry': staffWith(ACTION_ROLES.ANSWER_OMBUDSMAN_ENQUIRY),
  'Mutation.recordOmbudsmanDecision': staffWith(ACTION_ROLES.RECORD_OMBUDSMAN_DECISION),
  'Mutation.recordContact': staffWith(ACTION_ROLES.RECORD_CONTACT),
  'Mutation.returnForChanges': staffWith(ACTION_ROLES.RETURN_FOR_CHANGES),
  'Mutation.decideLateComplaint': staffWith(ACTION_ROLES.DECIDE_LATE_COMPLAINT),
  'Mutation.setCaseCategories': staffWith(ACTION_ROLES.SET_CATEGORIES),
  'Mutation.setStaffInvolved': staffWith(ACTION_ROLES.SET_STAFF_INVOLVED),
  'Mutation.restrictContact': staffWith(CONTACT_RESTRICTERS),
  'Mutation.liftContactRestriction': staffWith(CONTACT_RESTRICTERS),
  // Adjustments and preferences: the case machine's RECORD_ADJUSTMENT on one of the person's cases (the contact centre on any).
  'Mutation.recordReasonableAdjustment': staffWith(ACTION_ROLES.RECORD_ADJUSTMENT),
  'Mutation.setContactPreference': staffWith(ACTION_ROLES.RECORD_ADJUSTMENT),
  // Health and disability needs, again at the field: only handlers of the council read them, whatever the route.
  'Complainant.adjustments': handlers,
  'Mutation.completeRemedyAction': staffWith(REMEDY_HANDLERS),
  // Each member of staff reads and marks their own alerts (the resolver filters by who is signed in).
  'Query.myAlerts': staffWith(EVERY_STAFF_ROLE),
  'Mutation.markAlertRead': staffWith(EVERY_STAFF_ROLE),
  // What the customer would receive (their address, what they wrote): case handlers of the case's council.
  'Query.previewMessage': handlers,
};
