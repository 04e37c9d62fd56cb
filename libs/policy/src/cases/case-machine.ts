import { CaseStatus, HoldReason, Role } from '../enums';
import { requireStage } from '../deadlines/stage-deadlines';
import type { CouncilPolicy, StagePolicy } from '../policies/policy.types';
import type { PolicyViolationCode } from '../coded-error';
import { CodedError } from '../coded-error';
import type { LocalDate } from '../calendar/london-time';
import { formatLongDate, londonDate } from '../calendar/london-time';
import { addWorkingDays } from '../calendar/working-days';
import { canEscalate } from './escalation';
import { isAwaitingSignOff } from './sign-off';

/** What staff can do to a case. A plain object, not an enum, so that services may also write 'RESPOND'. */
export const CaseAction = {
  TAKE: 'TAKE',
  ASSIGN: 'ASSIGN',
  ACKNOWLEDGE: 'ACKNOWLEDGE',
  EXTEND: 'EXTEND',
  HOLD: 'HOLD',
  RESUME: 'RESUME',
  AGREE_STATEMENT: 'AGREE_STATEMENT',
  RESPOND: 'RESPOND',
  SIGN_OFF: 'SIGN_OFF',
  ESCALATE: 'ESCALATE',
  REFER_TO_OMBUDSMAN: 'REFER_TO_OMBUDSMAN',
  ANSWER_OMBUDSMAN_ENQUIRY: 'ANSWER_OMBUDSMAN_ENQUIRY',
  RECORD_OMBUDSMAN_DECISION: 'RECORD_OMBUDSMAN_DECISION',
  RECORD_CONTACT: 'RECORD_CONTACT',
  RETURN_FOR_CHANGES: 'RETURN_FOR_CHANGES',
  NOTIFY_DELAY: 'NOTIFY_DELAY',
  DECIDE_LATE_COMPLAINT: 'DECIDE_LATE_COMPLAINT',
  SET_CATEGORIES: 'SET_CATEGORIES',
  SET_STAFF_INVOLVED: 'SET_STAFF_INVOLVED',
  RESTRICT_CONTACT: 'RESTRICT_CONTACT',
  RECORD_ADJUSTMENT: 'RECORD_ADJUSTMENT',
  COMPLETE_REMEDY_ACTION: 'COMPLETE_REMEDY_ACTION',
  CLOSE: 'CLOSE',
} as const;
export type CaseAction = (typeof CaseAction)[keyof typeof CaseAction];

/** What the machine needs to know about a case and its current stage. */
export interface CaseSnapshot {
  status: CaseStatus;
  /** The case's service area: its Head of Service may act on it. */
  serviceArea: string;
  stage: number;
  assigneeId: string | null;
  /** No one to acknowledge or answer (an anonymous complaint the policy accepts). */
  anonymous: boolean;
  acknowledgedAt: Date | null;
  respondDueAt: Date;
  /** The response was issued to the customer. */
  respondedAt: Date | null;
  /** A response awaiting sign-off. */
  responseDraftedAt: Date | null;
  extensionWorkingDays: number;
  statementRequired: boolean;
  statementAgreedAt: Date | null;
  holdReason: HoldReason | null;
  /** The current stage's response date as promised (London date), and the new date a delay notice gave, if any. */
  respondBy: LocalDate;
  expectedResponseBy: LocalDate | null;
  /** Made out of time with a justification and not yet decided on by the coordinator. */
  lateComplaintPending: boolean;
  /** Refused by the coordinator as out of time: there is no next stage, only the Ombudsman (Code 2). */
  refusedAsLate: boolean;
  /** Staff the complaint is about: they never handle it. */
  staffInvolved: readonly string[];
  /** Whoever handled an earlier stage. */
  earlierHandlers: readonly string[];
  /** The owners of the remedy actions promised and not yet recorded as done (one entry per action). */
  remedyActionOwners: readonly string[];
}

/**
 * Who asks. Staff act as themselves; a complainant's own request (an escalation checked by intake against the
 * reference and email) is held only to the timing and status rules; the system (timers, the reconciler) likewise.
 */
export type ActorKind = 'STAFF' | 'COMPLAINANT' | 'SYSTEM';

export interface CaseActor {
  id: string;
  roles: readonly Role[];
  /** The service areas a member of staff works in (a Head of Service: the ones they head). */
  serviceAreas?: readonly string[];
  /** STAFF when not given. */
  kind?: ActorKind;
}

export interface TransitionInput {
  policy: CouncilPolicy;
  state: CaseSnapshot;
  action: CaseAction;
  actor: CaseActor;
  now: Date;
  /** For EXTEND: the working days being added. */
  extensionWorkingDays?: number;
  /** For ESCALATE: the stage asked for, if one was named. */
  requestedStage?: number | null;
  /** For ASSIGN: who is to handle it (TAKE: the actor). */
  assigneeId?: string;
  /** For NOTIFY_DELAY: the new date given to the customer. */
  newRespondBy?: LocalDate;
  /** For DECIDE_LATE_COMPLAINT: whether the late complaint is considered. */
  accept?: boolean;
  /** For SET_STAFF_INVOLVED: the staff the complaint is about. */
  staffInvolved?: readonly string[];
}

export type TransitionCheck =
  { allowed: true; to: CaseStatus; toStage: number } | { allowed: false; code: PolicyViolationCode; reason: string; field?: string };

// Who may act, in order of seniority: a stage's handler role, or anyone above it.
const HANDLER_LADDER: readonly Role[] = [Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];
const HANDLERS = HANDLER_LADDER;
const MANAGERS: readonly Role[] = [Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];
/** The statuses of a case still being worked: open, or on hold (its clock stopped, still the handler's). */
export const STATUSES_BEING_WORKED: readonly CaseStatus[] = [CaseStatus.OPEN, CaseStatus.ON_HOLD];
const LIVE = STATUSES_BEING_WORKED;
const { OPEN, ON_HOLD, RESPONDED, CLOSED, WITH_OMBUDSMAN } = CaseStatus;

export interface TransitionContext extends TransitionInput {
  stagePolicy: StagePolicy;
}
type Ctx = TransitionContext;
/** A refusal: its code, the reason for the person who asked, and the input at fault where there is one. */
type Refusal = [PolicyViolationCode, string, string?];
type Guard = (c: Ctx) => Refusal | null;

export interface ActionRule {
  /** What it does, for the people reading the rules. */
  summary: string;
  /** "agree an extension": for messages. */
  verb: string;
  roles: (stage: StagePolicy) => readonly Role[];
  /** The case must have a handler before anyone does it. */
  needsAssignee: boolean;
  /** Roles that may do it on any case of their council, not only cases they handle or oversee. */
  onAnyCase?: readonly Role[];
  /** A complainant's own request may do it (the escalation a resident asks for). */
  byComplainant?: boolean;
  /** People who may do it on this case whatever their part in it (the owner of a remedy action). */
  ownedBy?: (state: CaseSnapshot) => readonly string[];
  from: readonly CaseStatus[];
  guards: readonly Guard[];
  to: (c: Ctx) => CaseStatus;
}

const same = (c: Ctx): CaseStatus => c.state.status;
const stageName = (c: Ctx): string => c.stagePolicy.name;
const stageAndAbove = (stage: StagePolicy): readonly Role[] => HANDLER_LADDER.slice(Math.max(0, HANDLER_LADDER.indexOf(stage.handlerRole)));
const roles = (list: readonly Role[]) => (): readonly Role[] => list;

const notAnswered: Guard = (c) =>
  c.state.respondedAt || c.state.responseDraftedAt ? ['CONFLICT', `${stageName(c)} already has a response.`] : null;
const someoneToTalkTo =
  (what: string): Guard =>
  (c) =>
    c.state.anonymous ? ['CONFLICT', `An anonymous complaint cannot be ${what}: there is no one to contact.`] : null;

// Hart s.1: staff "take ownership of an issue or complaint when it arises"; s.6.1 "An Officer ... will be allocated".
const nobodyHasIt: Guard = (c) =>
  c.state.assigneeId ? ['CONFLICT', `The case already has a handler (${c.state.assigneeId}): ask a manager to reassign it.`] : null;
const anOfficersStage: Guard = (c) =>
  c.stagePolicy.handlerRole === Role.OFFICER
    ? null
    : ['FORBIDDEN', `${stageName(c)} is handled by a ${words(c.stagePolicy.handlerRole)}: it is assigned, not taken.`];
const worksInItsServiceArea: Guard = (c) =>
  (c.actor.serviceAreas ?? []).includes(c.state.serviceArea)
    ? null
    : ['FORBIDDEN', `You can take only cases of a service area you work in; this one is ${c.state.serviceArea}.`];

const extensionWithinPolicy: Guard = (c) => {
  const add = c.extensionWorkingDays ?? 0;
  if (!Number.isInteger(add) || add < 1)
    return ['BAD_USER_INPUT', 'An extension must be a whole number of working days, at least 1.', 'workingDays'];
  const max = c.stagePolicy.maxExtensionWorkingDays;
  const total = c.state.extensionWorkingDays + add;
  return max !== null && total > max
    ? [
        'BAD_USER_INPUT',
        `${c.policy.councilName}'s policy allows at most ${max} working days of extension at ` +
          `${stageName(c)}; ${c.state.extensionWorkingDays} already agreed.`,
        'workingDays',
      ]
    : null;
};

// Hampshire appendix 1: "The investigation will not commence until the Statement of Complaint has been agreed."
const statementAgreed: Guard = (c) =>
  c.state.statementRequired && !c.state.statementAgreedAt
    ? ['CONFLICT', `${stageName(c)} needs an agreed Statement of Complaint before it is investigated and answered.`]
    : null;

const awaitingSignOff: Guard = (c) => {
  if (!c.stagePolicy.signOffRole) return ['CONFLICT', `${stageName(c)} responses need no sign-off under ${c.policy.councilName}'s policy.`];
  return isAwaitingSignOff(c.state) ? null : ['CONFLICT', `${stageName(c)} has no drafted response awaiting sign-off.`];
};

// Hampshire appendix 1; Hart's procedure has no Statement of Complaint.
const statementsUsed: Guard = (c) =>
  c.policy.statementOfComplaintWhenScopeUnclear || c.state.statementRequired
    ? null
    : ['CONFLICT', `${c.policy.councilName}'s policy does not use a Statement of Complaint.`];

const notYetAcknowledged: Guard = (c) => (c.state.acknowledgedAt ? ['CONFLICT', `${stageName(c)} was already acknowledged.`] : null);

// Hampshire Stage 2 "suitably removed from the decisions made"; Stage 3 independent; Hart s.11 "without bias".
const independentHandler: Guard = (c) => {
  const who = c.action === CaseAction.TAKE ? c.actor.id : c.assigneeId;
  if (who === undefined) return null;
  if (c.state.staffInvolved.includes(who))
    return ['FORBIDDEN', `${who} is named among the staff this complaint is about, so cannot handle it.`, 'assigneeId'];
  return c.stagePolicy.independentOfEarlierStages && c.state.earlierHandlers.includes(who)
    ? ['FORBIDDEN', `${stageName(c)} must be handled by someone not involved at an earlier stage; ${who} was.`, 'assigneeId']
    : null;
};

// Hart s.6 "ask customers to explain and justify"; Hampshire "at the discretion of the Corporate Complaints Team".
const lateDecisionMade: Guard = (c) =>
  c.state.lateComplaintPending
    ? ['CONFLICT', 'This complaint was made out of time: the complaints coordinator must first decide whether it is considered.']
    : null;
const notRefusedAsLate: Guard = (c) =>
  c.state.refusedAsLate
    ? [
        'CONFLICT',
        'This complaint was not considered because it was made out of time, so it has no next stage: ' +
          'the complainant may ask the Ombudsman to look at that decision.',
      ]
    : null;
const lateDecisionDue: Guard = (c) =>
  c.state.lateComplaintPending ? null : ['CONFLICT', 'No decision on a late complaint is waiting on this case.'];

/** The earliest date a delay notice can give: the working day after the later of today and the date already given. */
export function earliestDelayDate(
  policy: CouncilPolicy,
  state: Pick<CaseSnapshot, 'respondBy' | 'expectedResponseBy'>,
  now: Date,
): LocalDate {
  const today = londonDate(now);
  const latest = [state.respondBy, state.expectedResponseBy ?? state.respondBy, today].sort().at(-1)!;
  return addWorkingDays(latest, 1, policy.closures);
}

// Code 5: a delay is explained with the reason and a new date, later than the one already given.
const delayDateAhead: Guard = (c) => {
  const earliest = earliestDelayDate(c.policy, c.state, c.now);
  return !c.newRespondBy || c.newRespondBy < earliest
    ? [
        'BAD_USER_INPUT',
        `The new date must be ${formatLongDate(earliest)} or later: after today and after the date already given.`,
        'newRespondBy',
      ]
    : null;
};

// Who the complaint is about cannot go on handling it: reassign first.
const handlerNotInvolved: Guard = (c) =>
  c.state.assigneeId && (c.staffInvolved ?? []).includes(c.state.assigneeId)
    ? ['CONFLICT', `${c.state.assigneeId} handles this case: assign another handler before naming them as involved.`, 'staffIds']
    : null;

const remedyActionsOpen: Guard = (c) =>
  c.state.remedyActionOwners.length > 0 ? null : ['CONFLICT', 'No remedy action is waiting to be done on this case.'];

const escalation: Guard = (c) => {
  const check = canEscalate({
    ...c,
    stage: c.state.stage,
    status: c.state.status,
    respondedAt: c.state.respondedAt,
    respondDueAt: c.state.respondDueAt,
  });
  return check.allowed ? null : [check.code, check.message];
};

export const CASE_ACTION_RULES: Readonly<Record<CaseAction, ActionRule>> = {
  [CaseAction.TAKE]: {
    verb: 'take the case',
    summary: 'An officer takes ownership of an unassigned case of a service area they work in',
    roles: roles([Role.OFFICER]),
    needsAssignee: false,
    // Not yet anyone's: the officer's own service areas decide (checked by the guards).
    onAnyCase: [Role.OFFICER],
    from: LIVE,
    guards: [nobodyHasIt, anOfficersStage, worksInItsServiceArea, independentHandler],
    to: same,
  },
  [CaseAction.ASSIGN]: {
    verb: 'assign the case',
    summary: 'Give the case to a handler',
    roles: roles(MANAGERS),
    needsAssignee: false,
    from: LIVE,
    guards: [independentHandler],
    to: same,
  },
  [CaseAction.ACKNOWLEDGE]: {
    verb: 'acknowledge the complaint',
    summary: 'Tell the customer the complaint is received, with its target date',
    roles: roles(HANDLERS),
    needsAssignee: false,
    from: LIVE,
    guards: [someoneToTalkTo('acknowledged'), notYetAcknowledged],
    to: same,
  },
  [CaseAction.EXTEND]: {
    verb: 'agree an extension',
    summary: 'Add working days to the response deadline, agreed with the customer, within the policy maximum',
    roles: roles(HANDLERS),
    needsAssignee: true,
    from: LIVE,
    guards: [someoneToTalkTo('given an agreed extension'), notAnswered, extensionWithinPolicy],
    to: same,
  },
  [CaseAction.HOLD]: {
    verb: 'put the case on hold',
    summary: 'Stop the clock',
    roles: roles(HANDLERS),
    needsAssignee: false,
    from: [OPEN],
    guards: [notAnswered],
    to: () => ON_HOLD,
  },
  [CaseAction.RESUME]: {
    verb: 'resume the case',
    summary: 'Restart the clock; unmet deadlines move by the working days on hold',
    roles: roles(HANDLERS),
    needsAssignee: false,
    from: [ON_HOLD],
    guards: [],
    to: () => OPEN,
  },
  [CaseAction.AGREE_STATEMENT]: {
    verb: 'agree a Statement of Complaint',
    summary: 'Record the Statement of Complaint agreed with the customer; resumes a case held for it',
    roles: roles(HANDLERS),
    needsAssignee: true,
    from: LIVE,
    guards: [statementsUsed, someoneToTalkTo('given an agreed Statement of Complaint'), notAnswered],
    to: (c) => (c.state.status === ON_HOLD && c.state.holdReason === HoldReason.AWAITING_STATEMENT_OF_COMPLAINT ? OPEN : c.state.status),
  },
  [CaseAction.RESPOND]: {
    verb: 'respond',
    summary: "The stage's outcome and remedies; drafted for sign-off where the policy requires it",
    roles: stageAndAbove,
    needsAssignee: true,
    from: [OPEN],
    guards: [lateDecisionMade, notAnswered, statementAgreed],
    to: (c) => (c.stagePolicy.signOffRole ? OPEN : RESPONDED),
  },
  [CaseAction.SIGN_OFF]: {
    verb: 'sign off the response',
    summary: 'Sign off and issue a drafted response (Hart Stage 2: the Joint Chief Executive)',
    roles: (stage) => (stage.signOffRole ? [stage.signOffRole] : MANAGERS),
    needsAssignee: false,
    from: [OPEN],
    guards: [awaitingSignOff],
    to: () => RESPONDED,
  },
  [CaseAction.ESCALATE]: {
    verb: 'escalate the case',
    summary: 'Open the next stage with a fresh clock',
    roles: roles([...HANDLERS, Role.CONTACT_CENTRE]),
    needsAssignee: false,
    // The contact centre passes on a resident's request for the next stage.
    onAnyCase: [Role.CONTACT_CENTRE],
    byComplainant: true,
    from: [OPEN, ON_HOLD, RESPONDED, CLOSED, WITH_OMBUDSMAN],
    guards: [notRefusedAsLate, escalation],
    to: () => OPEN,
  },
  [CaseAction.REFER_TO_OMBUDSMAN]: {
    verb: 'refer the case to the Ombudsman',
    summary: 'Record that the customer went to the Ombudsman; the coordinator handles the enquiry',
    roles: roles([Role.COMPLAINTS_COORDINATOR]),
    needsAssignee: false,
    from: [OPEN, ON_HOLD, RESPONDED, CLOSED],
    guards: [],
    to: () => WITH_OMBUDSMAN,
  },
  [CaseAction.ANSWER_OMBUDSMAN_ENQUIRY]: {
    verb: "answer the Ombudsman's enquiry",
    summary: "Record that the council has answered the Ombudsman's enquiry",
    roles: roles([Role.COMPLAINTS_COORDINATOR]),
    needsAssignee: false,
    from: [WITH_OMBUDSMAN],
    guards: [],
    to: same,
  },
  [CaseAction.RECORD_OMBUDSMAN_DECISION]: {
    verb: "record the Ombudsman's decision",
    summary: "Record the Ombudsman's decision; the case closes",
    roles: roles([Role.COMPLAINTS_COORDINATOR]),
    needsAssignee: false,
    from: [WITH_OMBUDSMAN],
    guards: [],
    to: () => CLOSED,
  },
  [CaseAction.RECORD_CONTACT]: {
    verb: 'record a contact',
    summary: 'Note a call, letter or visit on the timeline',
    roles: roles([...HANDLERS, Role.CONTACT_CENTRE]),
    needsAssignee: false,
    onAnyCase: [Role.CONTACT_CENTRE],
    from: [OPEN, ON_HOLD, RESPONDED, CLOSED, WITH_OMBUDSMAN],
    guards: [],
    to: same,
  },
  [CaseAction.RETURN_FOR_CHANGES]: {
    verb: 'return the response for changes',
    summary: 'Refuse sign-off: the drafted response goes back to its author with the reason',
    roles: (stage) => (stage.signOffRole ? [stage.signOffRole] : MANAGERS),
    needsAssignee: false,
    from: [OPEN],
    guards: [awaitingSignOff],
    to: same,
  },
  [CaseAction.NOTIFY_DELAY]: {
    verb: 'tell the customer of a delay',
    summary: 'Explain a delay with the reason and a new date; the promised date stays (a late answer is still late)',
    roles: roles(HANDLERS),
    needsAssignee: true,
    from: [OPEN],
    guards: [someoneToTalkTo('told of a delay'), notAnswered, delayDateAhead],
    to: same,
  },
  [CaseAction.DECIDE_LATE_COMPLAINT]: {
    verb: 'decide whether a late complaint is considered',
    summary: 'Accept a late complaint (it proceeds) or refuse it (closed as not investigated, with the reason)',
    roles: roles([Role.COMPLAINTS_COORDINATOR]),
    needsAssignee: false,
    from: LIVE,
    guards: [lateDecisionDue],
    to: (c) => (c.accept === false ? CLOSED : c.state.status),
  },
  [CaseAction.SET_CATEGORIES]: {
    verb: 'set the categories',
    summary: 'Correct what the complaint is about, for the figures',
    roles: roles(HANDLERS),
    needsAssignee: false,
    from: [OPEN, ON_HOLD, RESPONDED, CLOSED, WITH_OMBUDSMAN],
    guards: [],
    to: same,
  },
  [CaseAction.SET_STAFF_INVOLVED]: {
    verb: 'name the staff the complaint is about',
    summary: 'Staff the complaint is about never handle it, at any stage',
    roles: roles(HANDLERS),
    needsAssignee: false,
    from: [OPEN, ON_HOLD, RESPONDED, CLOSED, WITH_OMBUDSMAN],
    guards: [handlerNotInvolved],
    to: same,
  },
  [CaseAction.RESTRICT_CONTACT]: {
    verb: 'restrict contact',
    summary: 'Unreasonable behaviour: restrict how the complainant may contact the council, with notice and a review date',
    roles: roles(MANAGERS),
    needsAssignee: false,
    from: [OPEN, ON_HOLD, RESPONDED, CLOSED, WITH_OMBUDSMAN],
    guards: [someoneToTalkTo('given a contact restriction')],
    to: same,
  },
  [CaseAction.RECORD_ADJUSTMENT]: {
    verb: 'record a reasonable adjustment',
    summary: 'Record an adjustment the complainant needs, and when to review it',
    roles: roles([...HANDLERS, Role.CONTACT_CENTRE]),
    needsAssignee: false,
    onAnyCase: [Role.CONTACT_CENTRE],
    from: [OPEN, ON_HOLD, RESPONDED, CLOSED, WITH_OMBUDSMAN],
    guards: [someoneToTalkTo('given a reasonable adjustment')],
    to: same,
  },
  [CaseAction.COMPLETE_REMEDY_ACTION]: {
    verb: 'record a remedy as done',
    summary: 'Record that a promised remedy has been carried out',
    roles: roles(HANDLERS),
    needsAssignee: false,
    from: [OPEN, ON_HOLD, RESPONDED, CLOSED, WITH_OMBUDSMAN],
    // The owner of a remedy may record it done, even once someone else handles the case.
    ownedBy: (state) => state.remedyActionOwners,
    guards: [remedyActionsOpen],
    to: same,
  },
  [CaseAction.CLOSE]: {
    verb: 'close the case',
    summary: 'Close a case whose response has been issued',
    roles: roles(HANDLERS),
    needsAssignee: false,
    from: [RESPONDED],
    guards: [],
    to: () => CLOSED,
  },
};

const words = (v: string): string => v.toLowerCase().replace(/_/g, ' ');

/** The roles that may take an action at a stage of a policy. */
export function rolesFor(policy: CouncilPolicy, stage: number, action: CaseAction): readonly Role[] {
  return CASE_ACTION_RULES[action].roles(requireStage(policy, stage));
}

/** The Head of Service of the case's service area, the complaints coordinator, or ADMIN (the coordinator's powers). */
function oversees(actor: CaseActor, state: CaseSnapshot): boolean {
  if (actor.roles.includes(Role.ADMIN) || actor.roles.includes(Role.COMPLAINTS_COORDINATOR)) return true;
  return actor.roles.includes(Role.HEAD_OF_SERVICE) && (actor.serviceAreas ?? []).includes(state.serviceArea);
}

function who(c: Ctx, rule: ActionRule): Refusal | null {
  const kind = c.actor.kind ?? 'STAFF';
  if (kind === 'SYSTEM') return null;
  if (kind === 'COMPLAINANT') return rule.byComplainant ? null : ['FORBIDDEN', `Only council staff can ${rule.verb}.`];
  const allowed = rule.roles(c.stagePolicy);
  // ADMIN holds the coordinator's powers within its own council (the services' decision; the seeds do not name it).
  const admin = c.actor.roles.includes(Role.ADMIN);
  if (!admin && !c.actor.roles.some((r) => allowed.includes(r)))
    return ['FORBIDDEN', `Only ${allowed.map(words).join(' or ')} can ${rule.verb} at ${stageName(c)}.`];
  if (rule.needsAssignee && !c.state.assigneeId) return ['CONFLICT', `Assign the case to a handler before you ${rule.verb}.`];
  const handles =
    (c.state.assigneeId !== null && c.state.assigneeId === c.actor.id) || Boolean(rule.ownedBy?.(c.state).includes(c.actor.id));
  const anyCase = (rule.onAnyCase ?? []).some((r) => c.actor.roles.includes(r));
  if (handles || anyCase || oversees(c.actor, c.state)) return null;
  return [
    'FORBIDDEN',
    `Only the case's handler, the Head of Service for ${c.state.serviceArea} or the complaints coordinator can ${rule.verb}.`,
  ];
}

/**
 * Whether `actor` may take `action` now, and the status it leads to. Checks, in order: the status allows it,
 * the actor's role, the assignee, then the action's own rules.
 */
export function checkTransition(input: TransitionInput): TransitionCheck {
  const rule = CASE_ACTION_RULES[input.action];
  const c: Ctx = { ...input, stagePolicy: requireStage(input.policy, input.state.stage) };
  const refused =
    (rule.from.includes(input.state.status)
      ? null
      : (['CONFLICT', `You cannot ${rule.verb} while the case is ${words(input.state.status)}.`] as Refusal)) ??
    who(c, rule) ??
    rule.guards.reduce<Refusal | null>((found, guard) => found ?? guard(c), null);
  if (refused) return { allowed: false, code: refused[0], reason: refused[1], ...(refused[2] ? { field: refused[2] } : {}) };
  const toStage =
    input.action === CaseAction.ESCALATE ? input.policy.stages.find((s) => s.number > input.state.stage)!.number : input.state.stage;
  return { allowed: true, to: rule.to(c), toStage };
}

/** `assignCase` naming oneself is taking the case, for an officer (TAKE); a manager's choice, of anyone, is ASSIGN. */
export function assignmentAction(actor: Pick<CaseActor, 'id' | 'roles'>, assigneeId: string): CaseAction {
  const manager = actor.roles.some((r) => r === Role.ADMIN || MANAGERS.includes(r));
  return assigneeId === actor.id && !manager ? CaseAction.TAKE : CaseAction.ASSIGN;
}

/**
 * What `actor` may do to the case now: an action is listed when some valid input from them would be accepted
 * (an extension of one working day, the smallest there is; an escalation to the next stage).
 */
export function allowedActions(policy: CouncilPolicy, state: CaseSnapshot, actor: CaseActor, now: Date): CaseAction[] {
  const smallest = { extensionWorkingDays: 1, newRespondBy: earliestDelayDate(policy, state, now) };
  return Object.values(CaseAction).filter((action) => checkTransition({ policy, state, action, actor, now, ...smallest }).allowed);
}

/** checkTransition, throwing a CodedError when the action is not allowed. */
export function assertTransition(input: TransitionInput): { to: CaseStatus; toStage: number } {
  const check = checkTransition(input);
  if (!check.allowed) throw new CodedError(check.code, check.reason, check.field);
  return { to: check.to, toStage: check.toStage };
}
