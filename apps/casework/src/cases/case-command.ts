import type { CaseChange } from '@redress/contracts';
import { checkAction, customerMessage, findCouncilPolicy } from '@redress/policy';
import type { CaseAction, CaseState, CouncilPolicy, CustomerMessageKind } from '@redress/policy';
import { audit, newOutboxEvent, notFound, signedInStaff } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import type { CaseworkContext } from '../casework.context';
import type { TimerQueue } from '../timers/case-timers';
import { plannedTimers, rescheduleTimers } from '../timers/case-timers';
import { Case, CaseEvent } from './case.entity';
import type { CaseStage } from './case.entity';
import { caseChangedEvent } from './case-events';
import { toCaseView } from './case.mapper';
import type { CaseView } from './case.types';

export const CASE_POPULATE = ['stages', 'stages.breaches', 'timeline', 'complainant'] as const;

export interface CommandScope {
  c: Case;
  stage: CaseStage;
  staff: StaffIdentity;
  policy: CouncilPolicy;
  tx: EntityManager;
  now: Date;
}

export interface CommandResult {
  change: CaseChange;
  /** Timeline line: what happened, in words a colleague understands. */
  detail: string;
  onTime?: boolean;
  /** When it happened, if not now (a phone call logged afterwards). */
  at?: Date;
  previousStage?: number;
  /** The customer is owed a message about this change. */
  notify?: { kind: CustomerMessageKind; reason?: string | null };
}

/** Who the council writes to: the representative where one acts, else the complainant; nobody for an anonymous complaint. */
function recipientOf(c: Case): string | null {
  const r = c.representative;
  if (r) return `${r.name} (representative) by ${r.email ? `email ${r.email}` : r.postalAddress ? 'post' : `telephone ${r.phone ?? 'unknown'}`}`;
  const p = c.complainant?.getEntity();
  if (!p) return null;
  return `${p.name} by ${p.email ? `email ${p.email}` : p.postalAddress ? 'post' : `telephone ${p.phone ?? 'unknown'}`}`;
}

/** Loads a case of the caller's council; another council's case is "not found", exactly like a missing one. */
export async function loadCaseFor(ctx: CaseworkContext, caseId: string): Promise<Case> {
  const c = await ctx.em.findOne(Case, { id: caseId }, { populate: CASE_POPULATE });
  if (!c || c.councilId !== ctx.auth.staff?.council) throw notFound(`No case ${caseId} in your council.`);
  return c;
}

export const currentStage = (c: Case): CaseStage => c.stages.getItems().find((s) => s.number === c.currentStage)!;

/** What the policy's case rules need to know. */
export function caseState(c: Case): CaseState {
  const stage = currentStage(c);
  return {
    reference: c.reference,
    status: c.status,
    stage: stage.number,
    acknowledged: Boolean(stage.acknowledgedAt),
    responded: Boolean(stage.respondedAt),
    drafted: Boolean(stage.responseDraftedAt && !stage.respondedAt),
    statementRequired: stage.statementRequired,
    statementAgreed: Boolean(stage.statementAgreedAt),
    assigneeId: c.assigneeId,
    respondBy: stage.respondBy,
  };
}

/** Who made a change: a member of staff, or the system acting on a request (an escalation from the public). */
export interface Actor { name: string; staff: StaffIdentity | null }

/**
 * Every change to a case goes through here: apply in one transaction with its timeline entry and
 * case.changed event, then move the SLA timers to match the stored deadlines.
 */
export async function applyCaseChange(
  em: EntityManager,
  timers: TimerQueue,
  c: Case,
  actor: Actor,
  now: Date,
  apply: (scope: CommandScope) => CommandResult | Promise<CommandResult>,
): Promise<Case> {
  const policy = findCouncilPolicy(c.councilId)!;
  const before = plannedTimers(c, currentStage(c));
  await em.transactional(async (tx) => {
    const staff = actor.staff ?? { sub: 'system', name: actor.name, roles: [], council: c.councilId };
    const result = await apply({ c, stage: currentStage(c), staff, policy, tx, now });
    const stage = currentStage(c);
    tx.create(CaseEvent, { case: c, at: result.at ?? now, type: result.change, actor: actor.name, detail: result.detail });
    const recipient = result.notify ? recipientOf(c) : null;
    if (result.notify && recipient) {
      const text = customerMessage({ ...result.notify, policy, reference: c.reference, stage: stage.number, respondBy: stage.respondBy, outcome: stage.outcome, findings: stage.findings, remedies: stage.remedies });
      tx.create(CaseEvent, { case: c, at: now, type: 'MESSAGE_TO_CUSTOMER', actor: 'Redress', detail: `To ${recipient}: ${text}` });
    }
    tx.persist(newOutboxEvent('case.changed', caseChangedEvent(c, stage, result.change, { onTime: result.onTime ?? null, previousStage: result.previousStage ?? null }), now));
    await audit(tx, actor.staff, `CHANGE_${result.change}`, [c.id], now);
  });
  await rescheduleTimers(timers, before, plannedTimers(c, currentStage(c)), now);
  return c;
}

/** A staff change from a resolver: within the caller's council, allowed by the policy's case rules, then applied. */
export async function runCaseCommand(
  ctx: CaseworkContext,
  caseId: string,
  action: CaseAction,
  apply: (scope: CommandScope) => CommandResult | Promise<CommandResult>,
): Promise<CaseView> {
  const staff = signedInStaff(ctx.auth);
  const c = await loadCaseFor(ctx, caseId);
  checkAction(findCouncilPolicy(c.councilId)!, caseState(c), action, staff.roles);
  const now = ctx.now();
  await applyCaseChange(ctx.em, ctx.timers, c, { name: staff.name, staff }, now, apply);
  return toCaseView(c, now);
}
