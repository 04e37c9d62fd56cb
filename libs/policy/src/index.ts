// The public face of libs/policy: import from '@redress/policy' only.
export * from './enums';
export { CodedError, badInput, conflict, forbidden, isCodedError, notFound, unauthenticated } from './coded-error';
export type { ErrorCode, PolicyViolationCode } from './coded-error';

export type { LocalDate } from './calendar/london-time';
export { addCalendarMonths, endOfLondonDay, formatLongDate, londonDate, longDate, startOfLondonDay } from './calendar/london-time';
export type { BankHoliday } from './calendar/bank-holidays';
export {
  addBankHolidays,
  bankHolidays,
  easterSunday,
  isBankHoliday,
  oneOffBankHolidays,
  projectBankHolidays,
} from './calendar/bank-holidays';
export { ANNOUNCED_THROUGH, FIRST_ANNOUNCED_YEAR, LAST_ANNOUNCED_YEAR } from './calendar/bank-holidays.data';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './calendar/working-days';
export type { FinancialQuarter, Period } from './calendar/financial-year';
export { FINANCIAL_YEAR_START_MONTH, financialQuarter, financialQuarterOf, financialQuarterSql } from './calendar/financial-year';
export { financialYear } from './calendar/financial-year';

export type {
  ContactDetails,
  CouncilPolicy,
  LocalAreaPolicy,
  MatterRule,
  OmbudsmanDetails,
  Referral,
  ServiceAreaPolicy,
  StagePolicy,
} from './policies/policy.types';
export { COUNCIL_POLICIES, findCouncilPolicy, findStage, hostCouncilPolicy } from './policies/council-policies';
export { HART_POLICY } from './policies/hart.policy';
export { HAMPSHIRE_POLICY } from './policies/hampshire.policy';
export { LGSCO_CODE_POLICY } from './policies/lgsco-code.policy';
export { LGSCO, LGSCO_CONTACT, howToContact } from './policies/contacts';

export type { StageDeadlineInput, StageDeadlines, StageDeadlinesInput } from './deadlines/stage-deadlines';
export { checkExtension, requireStage, stageDeadlines, stagePolicy } from './deadlines/stage-deadlines';
export type { Deadline, SqlPredicate, StageClock, StageClockColumns } from './deadlines/overdue';
export { isMissed, isOverdue, missedSql, overdueSql } from './deadlines/overdue';
export type { SignOffColumns, SignOffState } from './cases/sign-off';
export { awaitingSignOffSql, isAwaitingSignOff } from './cases/sign-off';
export type { OmbudsmanRemedyPlan } from './deadlines/remedies';
export { OMBUDSMAN_REMEDY_STAGE, ombudsmanRemedyPlan, remedyDueOn } from './deadlines/remedies';
export { REMINDER_LEAD_MS, reminderAt } from './deadlines/reminders';
export type { ResponseReminderFacts, StageDelayedFacts } from './deadlines/delays';
export {
  expectedResponseAfterHold,
  expectedResponseDate,
  informsCoordinatorOfDelay,
  responseReminderAdvice,
  stageDelayedAlertMessage,
} from './deadlines/delays';
export type { ProgressUpdateFacts } from './deadlines/progress-updates';
export { nextProgressUpdateOn, progressUpdateAt, progressUpdateDue, progressUpdateInterval } from './deadlines/progress-updates';
export type { DeadlineMove, StoredStageDeadlines } from './deadlines/holiday-moves';
export { deadlineMoveDetail, deadlinesMovedByHolidays } from './deadlines/holiday-moves';
export type { WorkingDaysLeftFacts } from './deadlines/working-days-left';
export { dueWithinCutoff, workingDaysLeft } from './deadlines/working-days-left';
export type { StaffEntry } from './staff/staff-directory';
export type { AlertDeadline, AlertFire, SlaAlertFacts, SlaAlertRecipient } from './staff/sla-alert-recipient';
export { slaAlertKind, slaAlertMessage, slaAlertRecipient } from './staff/sla-alert-recipient';
export type { EscalatedCase } from './staff/escalation-handler';
export { escalationHandler } from './staff/escalation-handler';
export { complaintsCoordinator, lateComplaintAlertMessage } from './staff/late-complaint-alert';

export type { PassOn, TriageFlag, TriageInput, TriageResult } from './triage/triage';
export { startStage, timeLimitDate, triage } from './triage/triage';
export { localAreasOf, passedOnReply, requireLocalArea } from './triage/cross-tier';
export type { IntakeMessageFacts } from './triage/intake-message';
export { RECEIPT_CHANNELS, intakeMessageKind } from './triage/intake-message';
export type { FeedbackAlertRecipient, FeedbackFacts } from './staff/feedback-recipient';
export { FEEDBACK_READERS, RECORDED_FEEDBACK, feedbackAlertMessage, feedbackAlertRecipient } from './staff/feedback-recipient';
export type { ComplianceFinding, ComplianceRule } from './compliance/code-compliance';
export { RULE_SECTIONS, codeCompliance } from './compliance/code-compliance';
export type { CodeRequirement, RecordedAssessment, SelfAssessmentRow } from './compliance/code-requirements';
export { CODE_REQUIREMENTS, checkSelfAssessment, codeRequirement, selfAssessment } from './compliance/code-requirements';
export type { ContactBucket, ContactFacts, RefusalReason } from './reporting/contacts';
export { contactBucket, contactBucketSql, refusalDescription, refusalReason } from './reporting/contacts';
export type { CountRow } from './reporting/small-numbers';
export {
  SMALL_NUMBER_THRESHOLD,
  SMALL_NUMBER_WORDS,
  isSmallBase,
  isSmallNumber,
  seesSmallNumbersWithheld,
  withheldCells,
} from './reporting/small-numbers';

export type { CaseResponseInput, CheckedResponse } from './cases/case-response';
export { checkResponse, isAtFault, requiredRemedies } from './cases/case-response';
export type { EscalationCheck, EscalationInput } from './cases/escalation';
export { canEscalate, ombudsmanRoute } from './cases/escalation';
export type {
  ActionRule,
  ActorKind,
  CaseActor,
  CaseSnapshot,
  TransitionCheck,
  TransitionContext,
  TransitionInput,
} from './cases/case-machine';
export {
  CASE_ACTION_RULES,
  CaseAction,
  allowedActions,
  assertTransition,
  assignmentAction,
  checkTransition,
  rolesFor,
} from './cases/case-machine';
export { STATUSES_BEING_WORKED, earliestDelayDate } from './cases/case-machine';
export type { EscalationDecision, EscalationState, ResponseDecision } from './cases/case-rules';
export { ACTION_ROLES, NEEDS_ASSIGNEE, currentStage, escalationTarget } from './cases/case-rules';
export type { CustomerMessageInput, CustomerMessageKind, MessageOutcomeFacts } from './cases/customer-messages';
export {
  allowedMethodsFor,
  customerMessage,
  deliveryFailedAlertMessage,
  messageKindOf,
  messageKindWords,
  messageOutcomeLine,
  nextStepsAfterResponse,
} from './cases/customer-messages';
export { CASE_HANDLERS, CONTACT_RESTRICTERS, DATA_PROTECTION_ROLES, EVERY_STAFF_ROLE, FIGURES_READERS, REMEDY_HANDLERS } from './roles';
export { ANNUAL_REPORT_EDITORS } from './roles';
export type { ErasureCase, ErasureDecision } from './data-protection/retention';
export { ANONYMISED, anonymiseFrom, erasureDecision, isPastRetention, retentionCutoff } from './data-protection/retention';
export type { KnownPerson } from './data-protection/personal-details';
export { personalDetailsIn } from './data-protection/personal-details';
export type { RestrictionLetter, RestrictionProblem, RestrictionTerms } from './contact/restrictions';
export {
  CONTACT_METHODS,
  NEVER_SUPPRESSED_BY_RESTRICTION,
  allowedContactMethods,
  contactOutsideRestriction,
  liftProblem,
  restrictionAllows,
  restrictionInForce,
  restrictionLetter,
  restrictionProblem,
} from './contact/restrictions';
export {
  adjustmentReviewMessage,
  adjustmentReviewProblem,
  adjustmentReviewers,
  intakeAdjustment,
  restrictionReviewMessage,
  reviewDue,
  telephoneAlertMessage,
  wantsTelephone,
} from './contact/adjustments';
export type { PersonAction, PersonActionCheck } from './contact/person-actions';
export { PERSON_WITHOUT_CASE_ROLES, assertPersonAction, checkPersonAction } from './contact/person-actions';
export { chooseDelivery } from './contact/delivery';
export type { Delivery, DeliveryRecipient } from './contact/delivery';
export {
  ALERT_MAIL_HOURS,
  alertMailDue,
  alertSendAt,
  formatLondonDateTime,
  formatLondonTime,
  withinAlertMailHours,
} from './staff/alert-mail';
export { customerMessageKindOf } from './cases/customer-messages';
export type { ActionField, CustomerMessagePreview, MessagePreviewInput, PreviewStage } from './cases/message-preview';
export { previewCustomerMessage, previewDelivery, previewableKind } from './cases/message-preview';
