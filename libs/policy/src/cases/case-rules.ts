import type { LocalDate } from '../calendar/london-time';
import { endOfLondonDay, startOfLondonDay } from '../calendar/london-time';
import { requireStage } from '../deadlines/stage-deadlines';
import type { CaseStatus } from '../enums';
import { ClockStart, Role } from '../enums';
import type { CouncilPolicy, StagePolicy } from '../policies/policy.types';
import { CodedError } from '../coded-error';
import { CASE_ACTION_RULES, CaseAction } from './case-machine';
import type { CaseResponseInput } from './case-response';
import { canEscalate } from './escalation';

/** What escalation's timing needs to know of a case: all that intake's projection of it holds. */
export interface EscalationState {
  status: CaseStatus;
  stage: number;
  /** A response has been issued at the current stage. */
  responded: boolean;
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
const ORDINARY: StagePolicy = {
  number: 1,
  name: 'Stage 1',
  handlerRole: Role.OFFICER,
  handlerDescription: '',
  acknowledgeWithinWorkingDays: 0,
  respondWithinWorkingDays: 0,
  responseClockFrom: ClockStart.RECEIPT,
  maxExtensionWorkingDays: null,
  signOffRole: null,
  independentOfEarlierStages: false,
};

/** Who may take each action at some stage: a first, coarse check before the case is loaded. */
export const ACTION_ROLES: Readonly<Record<CaseAction, readonly Role[]>> = Object.fromEntries(
  Object.values(CaseAction).map((a) => [a, CASE_ACTION_RULES[a].roles(ORDINARY)]),
) as Record<CaseAction, readonly Role[]>;

/** The actions that need the case to have a handler first. */
export const NEEDS_ASSIGNEE: ReadonlySet<CaseAction> = new Set(Object.values(CaseAction).filter((a) => CASE_ACTION_RULES[a].needsAssignee));

export const currentStage = (policy: CouncilPolicy, state: { stage: number }): StagePolicy => requireStage(policy, state.stage);

/**
 * The stage a request for escalation opens, on the London date it was made (see canEscalate); throws a
 * CodedError with a message for the customer when it cannot open one.
 */
export function escalationTarget(
  policy: CouncilPolicy,
  state: EscalationState,
  requestedOn: LocalDate,
  requestedStage?: number | null,
): EscalationDecision {
  const check = canEscalate({
    policy,
    stage: state.stage,
    status: state.status,
    // Only whether the stage has replied matters here, not when.
    respondedAt: state.responded ? new Date(0) : null,
    respondDueAt: endOfLondonDay(state.respondBy),
    now: startOfLondonDay(requestedOn),
    requestedStage,
  });
  if (!check.allowed) throw new CodedError(check.code, check.message);
  const skipped = requestedStage != null && requestedStage > check.toStage;
  const explanation = skipped
    ? `Stages cannot be skipped, so your complaint moves to ${check.toStageName} rather than Stage ${requestedStage}.`
    : '';
  return { toStage: check.toStage, toStageName: check.toStageName, skipped, explanation };
}
