import type { LocalDate } from './calendar/local-date';
import { CaseStatus, Outcome, Remedy, Role } from './enums';
import { ombudsmanRoute } from './messages';
import { PolicyViolation } from './policy-violation';
import type { CouncilPolicy, StagePolicy } from './types';

/** What the rules need to know about a case and its current stage. */
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
  /** The response deadline of the current stage (London date). */
  respondBy: LocalDate;
}

export type CaseAction =
  | 'ASSIGN'
  | 'ACKNOWLEDGE'
  | 'EXTEND'
  | 'HOLD'
  | 'RESUME'
  | 'AGREE_STATEMENT'
  | 'RESPOND'
  | 'SIGN_OFF'
  | 'ESCALATE'
  | 'REFER_TO_OMBUDSMAN'
  | 'RECORD_OMBUDSMAN_DECISION'
  | 'RECORD_CONTACT'
  | 'CLOSE';

const HANDLERS = [Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR];

/** Who may do what (ADMIN may do anything within its council). */
export const ACTION_ROLES: Readonly<Record<CaseAction, readonly Role[]>> = {
  ASSIGN: [Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR],
  ACKNOWLEDGE: HANDLERS,
  EXTEND: HANDLERS,
  HOLD: HANDLERS,
  RESUME: HANDLERS,
  AGREE_STATEMENT: HANDLERS,
  RESPOND: HANDLERS,
  SIGN_OFF: [Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR],
  ESCALATE: [...HANDLERS, Role.CONTACT_CENTRE],
  // Hart s.6.5: Ombudsman enquiries are coordinated by the Joint Chief Executive.
  REFER_TO_OMBUDSMAN: [Role.COMPLAINTS_COORDINATOR],
  RECORD_OMBUDSMAN_DECISION: [Role.COMPLAINTS_COORDINATOR],
  RECORD_CONTACT: [...HANDLERS, Role.CONTACT_CENTRE],
  CLOSE: HANDLERS,
};

/**
 * The status an action leaves a case in (unlisted actions keep it). RESPOND issues a response only where no
 * sign-off is needed; otherwise SIGN_OFF does.
 */
export function statusAfter(policy: CouncilPolicy, state: Pick<CaseState, 'status' | 'stage'>, action: CaseAction): CaseStatus {
  switch (action) {
    case 'HOLD':
      return CaseStatus.ON_HOLD;
    case 'RESUME':
    case 'ESCALATE':
      return CaseStatus.OPEN;
    case 'RESPOND':
      return currentStage(policy, state).signOffRole ? state.status : CaseStatus.RESPONDED;
    case 'SIGN_OFF':
      return CaseStatus.RESPONDED;
    case 'REFER_TO_OMBUDSMAN':
      return CaseStatus.WITH_OMBUDSMAN;
    case 'RECORD_OMBUDSMAN_DECISION':
    case 'CLOSE':
      return CaseStatus.CLOSED;
    default:
      return state.status;
  }
}

/** The actions that need someone to own the case first. */
export const NEEDS_ASSIGNEE: ReadonlySet<CaseAction> = new Set<CaseAction>(['EXTEND', 'RESPOND']);

const describe = (status: CaseStatus) => status.toLowerCase().replace('_', ' ');
const violation = (code: PolicyViolation['code'], message: string, field?: string) => new PolicyViolation(code, message, field);

function requireStatus(state: CaseState, allowed: readonly CaseStatus[], what: string): void {
  if (!allowed.includes(state.status)) throw violation('CONFLICT', `${state.reference} is ${describe(state.status)}: ${what}.`);
}

/**
 * Whether an action is allowed on a case in its current state under the council's policy; throws a
 * PolicyViolation that says why not. Role checks come first, then the state rules.
 */
export function checkAction(policy: CouncilPolicy, state: CaseState, action: CaseAction, roles: readonly Role[]): void {
  if (!roles.includes(Role.ADMIN) && !roles.some((r) => ACTION_ROLES[action].includes(r))) {
    throw violation('FORBIDDEN', `This needs one of the roles ${ACTION_ROLES[action].join(', ')}.`);
  }
  if (NEEDS_ASSIGNEE.has(action) && !state.assigneeId) throw violation('CONFLICT', `${state.reference} has nobody assigned: assign it first.`);
  const open = [CaseStatus.OPEN, CaseStatus.ON_HOLD];
  switch (action) {
    case 'ACKNOWLEDGE':
      requireStatus(state, open, 'only an open case can be acknowledged');
      if (state.acknowledged) throw violation('CONFLICT', `${state.reference} has already been acknowledged at this stage.`);
      return;
    case 'EXTEND':
    case 'AGREE_STATEMENT':
      requireStatus(state, open, 'it has already been answered');
      return;
    case 'HOLD':
      requireStatus(state, [CaseStatus.OPEN], 'only an open case can be put on hold');
      return;
    case 'RESUME':
      requireStatus(state, [CaseStatus.ON_HOLD], 'only a case on hold can be resumed');
      return;
    case 'RESPOND':
      requireStatus(state, [CaseStatus.OPEN], 'only an open case (not on hold) can be responded to');
      if (state.responded || state.drafted) throw violation('CONFLICT', `${state.reference} already has a response at this stage.`);
      // Hampshire appendix 1: "The investigation will not commence until the Statement of Complaint has been agreed."
      if (state.statementRequired && !state.statementAgreed) throw violation('CONFLICT', `${state.reference} needs an agreed Statement of Complaint before it is investigated and answered.`);
      return;
    case 'SIGN_OFF': {
      const role = currentStage(policy, state).signOffRole;
      if (!role) throw violation('CONFLICT', `${currentStage(policy, state).name} responses need no sign-off under ${policy.councilName}'s policy.`);
      if (!roles.includes(role)) throw violation('FORBIDDEN', `Only ${role} can sign off a ${currentStage(policy, state).name} response.`);
      if (!state.drafted) throw violation('CONFLICT', `${state.reference} has no drafted response waiting for sign-off.`);
      return;
    }
    case 'REFER_TO_OMBUDSMAN':
      if (state.status === CaseStatus.WITH_OMBUDSMAN) throw violation('CONFLICT', `${state.reference} is already with the Ombudsman.`);
      return;
    case 'RECORD_OMBUDSMAN_DECISION':
      requireStatus(state, [CaseStatus.WITH_OMBUDSMAN], 'it has not been referred to the Ombudsman');
      return;
    case 'CLOSE':
      if (state.status === CaseStatus.CLOSED) throw violation('CONFLICT', `${state.reference} is already closed.`);
      if (!state.responded) throw violation('CONFLICT', `${state.reference} has no issued response yet: respond first (NOT_INVESTIGATED with a reason closes without investigating).`);
      return;
    default: // ASSIGN, ESCALATE (see escalationTarget), RECORD_CONTACT
      return;
  }
}

export const currentStage = (policy: CouncilPolicy, state: Pick<CaseState, 'stage'>): StagePolicy => policy.stages.find((s) => s.number === state.stage)!;

export interface ResponseDecision { outcome: Outcome; remedies: readonly Remedy[]; notInvestigatedReason?: string | null }

/** A response's outcome and remedies against the policy (s.6.3 outcomes; s.11 an apology where at fault). */
export function checkResponse(policy: CouncilPolicy, response: ResponseDecision): void {
  if (!policy.outcomes.includes(response.outcome)) throw violation('BAD_USER_INPUT', `${response.outcome} is not an outcome in ${policy.councilName}'s policy.`, 'input.outcome');
  if (response.outcome === Outcome.NOT_INVESTIGATED && !response.notInvestigatedReason?.trim()) {
    throw violation('BAD_USER_INPUT', 'notInvestigatedReason is required when the outcome is NOT_INVESTIGATED.', 'input.notInvestigatedReason');
  }
  const unknown = response.remedies.filter((r) => !policy.remedies.includes(r));
  if (unknown.length) throw violation('BAD_USER_INPUT', `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a remedy in ${policy.councilName}'s policy. Valid: ${policy.remedies.join(', ')}.`, 'input.remedies');
  const atFault = response.outcome === Outcome.UPHELD || response.outcome === Outcome.PARTIALLY_UPHELD;
  if (policy.apologyWhenAtFault && atFault && !response.remedies.includes(Remedy.APOLOGY)) {
    throw violation('BAD_USER_INPUT', `${policy.councilName}'s policy: where the council is found at fault, the response includes an apology (add APOLOGY to remedies).`, 'input.remedies');
  }
}

export interface EscalationDecision { toStage: number; toStageName: string; skipped: boolean; explanation: string }

/**
 * The stage a request for escalation opens (DESIGN "Decisions"): allowed once the current stage has
 * responded or its response deadline has passed; always the next stage, even when a later one was asked
 * for (stages cannot be skipped); after the final stage, the Ombudsman.
 */
export function escalationTarget(policy: CouncilPolicy, state: CaseState, requestedOn: LocalDate, requestedStage?: number | null): EscalationDecision {
  const stage = currentStage(policy, state);
  const next = policy.stages.find((s) => s.number > state.stage);
  if (state.status === CaseStatus.WITH_OMBUDSMAN) throw violation('CONFLICT', `${state.reference} is with the Local Government and Social Care Ombudsman.`);
  if (!next) throw violation('BAD_USER_INPUT', `${stage.name} is the last stage of ${policy.councilName}'s complaints procedure. ${ombudsmanRoute()}`);
  if (!state.responded && requestedOn <= state.respondBy) {
    throw violation('CONFLICT', `${stage.name} has not replied yet and its deadline (${state.respondBy}) has not passed: ${next.name} can be asked for after either.`);
  }
  const skipped = Boolean(requestedStage && requestedStage > next.number);
  // Hampshire appendix 1: "If a Stage 3 investigation is requested but the complainant has not yet completed Stage 2, we will explain the process".
  const explanation = skipped ? `Stages cannot be skipped, so your complaint moves to ${next.name} rather than Stage ${requestedStage}.` : '';
  return { toStage: next.number, toStageName: next.name, skipped, explanation };
}

/** Where the policy wants independence, a later stage may not be handled by anyone who handled an earlier one. */
export function checkIndependence(policy: CouncilPolicy, stage: number, assigneeId: string, earlierHandlers: readonly string[]): void {
  const s = policy.stages.find((x) => x.number === stage)!;
  if (s.independentOfEarlierStages && earlierHandlers.includes(assigneeId)) {
    throw violation('BAD_USER_INPUT', `${s.name} must be handled by someone not involved at an earlier stage; ${assigneeId} was.`, 'assigneeId');
  }
}
