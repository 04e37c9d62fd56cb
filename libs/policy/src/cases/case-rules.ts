import type { LocalDate } from '../calendar/london-time';
import { endOfLondonDay, startOfLondonDay } from '../calendar/london-time';
import { requireStage } from '../deadlines/stage-deadlines';
import type { CaseStatus } from '../enums';
import { ClockStart, Role } from '../enums';
import type { CouncilPolicy, StagePolicy } from '../policies/policy.types';
import { PolicyViolation } from '../policy-violation';
import type { CaseSnapshot } from './case-machine';
import { CASE_ACTION_RULES, CaseAction, checkTransition } from './case-machine';
import type { CaseResponseInput } from './case-response';
import { canEscalate } from './escalation';

/**
 * The case rules in the shape the services call them (casework's `caseState(c)`): a lighter view of a case
 * than CaseSnapshot, checked through the same rule table as checkTransition.
 */
export interface CaseState {
  reference: string;
  status: CaseStatus;
  stage: number;
  acknowledged: boolean;
  /** A response has been issued at the current stage. */
  responded: boolean;
  /** A response is drafted and waits for sign-off. */
  drafted: boolean;
  statementRequired: boolean;
  statementAgreed: boolean;
  assigneeId: string | null;
  /** The current stage's response deadline (London date). */
  respondBy: LocalDate;
}

export type ResponseDecision = CaseResponseInput;

export interface EscalationDecision {
  toStage: number;
  toStageName: string;
  skipped: boolean;
  /** Why a later stage than the next was not opened; empty when none was asked for. */
  explanation: string;
}

// Roles for an ordinary stage (handled by an officer, no sign-off): the widest any stage allows.
const ORDINARY: StagePolicy = { number: 1, name: 'Stage 1', handlerRole: Role.OFFICER, handlerDescription: '', acknowledgeWithinWorkingDays: 0, respondWithinWorkingDays: 0, responseClockFrom: ClockStart.RECEIPT, maxExtensionWorkingDays: null, signOffRole: null, independentOfEarlierStages: false };

/** Who may take each action at some stage: a first, coarse check before the case is loaded. */
export const ACTION_ROLES: Readonly<Record<CaseAction, readonly Role[]>> = Object.fromEntries(
  Object.values(CaseAction).map((a) => [a, CASE_ACTION_RULES[a].roles(ORDINARY)]),
) as Record<CaseAction, readonly Role[]>;

/** The actions that need the case to have a handler first. */
export const NEEDS_ASSIGNEE: ReadonlySet<CaseAction> = new Set(Object.values(CaseAction).filter((a) => CASE_ACTION_RULES[a].needsAssignee));

export const currentStage = (policy: CouncilPolicy, state: Pick<CaseState, 'stage'>): StagePolicy => requireStage(policy, state.stage);

// A fact known only as "it happened": its instant does not matter to the rules checked here.
const HAPPENED = new Date(0);
const when = (happened: boolean): Date | null => (happened ? HAPPENED : null);

function snapshot(state: CaseState): CaseSnapshot {
  return {
    status: state.status,
    stage: state.stage,
    assigneeId: state.assigneeId,
    anonymous: false,
    acknowledgedAt: when(state.acknowledged),
    respondDueAt: endOfLondonDay(state.respondBy),
    respondedAt: when(state.responded),
    responseDraftedAt: when(state.drafted),
    extensionWorkingDays: 0,
    statementRequired: state.statementRequired,
    statementAgreedAt: when(state.statementAgreed),
    holdReason: null,
  };
}

/**
 * Whether `roles` may take `action` on the case now; throws a PolicyViolation saying why not. The actor is taken
 * to be the assignee, and the timing of an escalation is left to escalationTarget.
 */
export function checkAction(policy: CouncilPolicy, state: CaseState, action: CaseAction, roles: readonly Role[]): void {
  // Escalation's timing needs the request date, which escalationTarget has: here the stage counts as answered.
  const seen = action === CaseAction.ESCALATE ? { ...state, responded: true } : state;
  const check = checkTransition({ policy, state: snapshot(seen), action, actor: { id: state.assigneeId ?? '', roles }, now: HAPPENED, extensionWorkingDays: 1 });
  if (!check.allowed) throw new PolicyViolation(check.code, `${state.reference}: ${check.reason}`);
}

/** The status an action leaves a case in. */
export function statusAfter(policy: CouncilPolicy, state: Pick<CaseState, 'status' | 'stage'>, action: CaseAction): CaseStatus {
  const stagePolicy = requireStage(policy, state.stage);
  const full: CaseState = { reference: '', acknowledged: false, responded: false, drafted: false, statementRequired: false, statementAgreed: false, assigneeId: null, respondBy: '1970-01-01', ...state };
  return CASE_ACTION_RULES[action].to({ policy, state: snapshot(full), action, actor: { id: '', roles: [] }, now: HAPPENED, stagePolicy });
}

/**
 * The stage a request for escalation opens, on the London date it was made (see canEscalate); throws a
 * PolicyViolation with a message for the customer when it cannot open one.
 */
export function escalationTarget(policy: CouncilPolicy, state: CaseState, requestedOn: LocalDate, requestedStage?: number | null): EscalationDecision {
  const check = canEscalate({
    policy,
    stage: state.stage,
    status: state.status,
    respondedAt: when(state.responded),
    respondDueAt: endOfLondonDay(state.respondBy),
    now: startOfLondonDay(requestedOn),
    requestedStage,
  });
  if (!check.allowed) throw new PolicyViolation(check.code, check.message);
  const skipped = requestedStage != null && requestedStage > check.toStage;
  const explanation = skipped ? `Stages cannot be skipped, so your complaint moves to ${check.toStageName} rather than Stage ${requestedStage}.` : '';
  return { toStage: check.toStage, toStageName: check.toStageName, skipped, explanation };
}
