import type { CaseChange } from '@redress/contracts';
import { assertTransition, customerMessage, findCouncilPolicy } from '@redress/policy';
import type { CaseAction, CaseActor, CaseStatus, CouncilPolicy, CustomerMessageKind, Remedy } from '@redress/policy';
import type { GraphQLResolveInfo } from 'graphql';
import { audit, lockRow, newOutboxEvent, notFound, selectedFields, signedInStaff } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import type { CaseworkContext } from '../casework.context';
import { StaffMember } from '../staff/staff-member.entity';
import type { TimerQueue } from '../timers/case-timers';
import { plannedTimers, rescheduleTimers } from '../timers/case-timers';
import { RemedyAction } from '../remedies/remedy-action.entity';
import { Case, CaseEvent } from './case.entity';
import type { CaseStage } from './case.entity';
import { caseChangedEvent, caseRespondedEvent } from './case-events';
import { toCaseView } from './case.mapper';
import { caseSnapshot, currentStage } from './case-snapshot';
import { oweMessage } from '../messages/owed-message';
import type { CaseView } from './case.types';

/** The whole case, as a command needs it. A read loads less where the query asks for less (`casePopulateFor`). */
export const CASE_POPULATE = ['stages', 'stages.breaches', 'timeline', 'complainant'] as const;
export type CasePart = (typeof CASE_POPULATE)[number];

/**
 * What a read of a case loads for the fields the query selects (at `path` below the field: `['edges', 'node']` in a
 * connection): its stages always (the current stage and the overdue flag come from them), its breaches, timeline and
 * complainant only when asked for. Each is a join and rows to map: a work queue asks for none of them.
 */
export function casePopulateFor(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[] = []): CasePart[] {
  const fields = selectedFields(info, path);
  const breaches = ['stage', 'stages'].some((f) => selectedFields(info, [...path, f]).has('breaches'));
  return [
    'stages',
    ...(breaches ? (['stages.breaches'] as const) : []),
    ...(fields.has('timeline') ? (['timeline'] as const) : []),
    ...(fields.has('complainant') ? (['complainant'] as const) : []),
  ];
}

export interface CommandScope {
  c: Case;
  stage: CaseStage;
  staff: StaffIdentity;
  policy: CouncilPolicy;
  tx: EntityManager;
  now: Date;
  /** The action asked for, and what the policy core decided it leads to. */
  action: CaseAction;
  decision: { to: CaseStatus; toStage: number };
}

export interface CommandResult {
  change: CaseChange;
  /** Timeline line: what happened, in words a colleague understands. */
  detail: string;
  onTime?: boolean;
  /** When it happened, if not now (a phone call logged afterwards). */
  at?: Date;
  previousStage?: number;
  /** REMEDY_COMPLETED: the remedy carried out (for reporting's service improvements). */
  remedy?: Remedy;
  /** The customer is owed a message about this change. */
  notify?: { kind: CustomerMessageKind; reason?: string | null; accepted?: boolean };
}

/** Who the council writes to: the representative where one acts, else the complainant; nobody for an anonymous complaint. */
export function recipientOf(c: Case): string | null {
  const r = c.representative;
  if (r)
    return `${r.name} (representative) by ${r.email ? `email ${r.email}` : r.postalAddress ? 'post' : `telephone ${r.phone ?? 'unknown'}`}`;
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

export { currentStage };

/** The signed-in member of staff as the case machine sees them: their roles, and the service areas the directory gives them. */
export async function staffActor(em: EntityManager, staff: StaffIdentity): Promise<CaseActor> {
  const member = await em.findOne(StaffMember, { id: staff.sub, councilId: staff.council });
  return { id: staff.sub, roles: staff.roles, serviceAreas: member?.serviceAreas ?? [], kind: 'STAFF' };
}

/** The action and what it needs to be checked with: the actual extension length, the stage asked for. */
export interface CaseRequest {
  action: CaseAction;
  extensionWorkingDays?: number;
  requestedStage?: number | null;
  /** When the request was made, if not now (a resident's escalation request carried on a queue). */
  requestedAt?: Date;
  /** ASSIGN: who is to handle it. NOTIFY_DELAY: the new date. DECIDE_LATE_COMPLAINT: the decision. SET_STAFF_INVOLVED: who. */
  assigneeId?: string;
  newRespondBy?: string;
  accept?: boolean;
  staffInvolved?: readonly string[];
  /** COMPLETE_REMEDY_ACTION: the owner of the action being recorded (else the owners of every open action count). */
  remedyActionOwnerId?: string;
}

/** Remedy actions of the case promised and not yet done (the case machine's COMPLETE_REMEDY_ACTION needs one). */
export const openRemedyActionOwners = async (em: EntityManager, caseId: string): Promise<string[]> =>
  (await em.find(RemedyAction, { case: caseId, completedAt: null }, { fields: ['ownerId'] })).map((a) => a.ownerId);

/** Who made a change: a member of staff, or someone else acting through the system (a resident's escalation request). */
export interface Actor {
  name: string;
  staff: StaffIdentity | null;
  /** Who the policy core's case machine holds to its rules. */
  asks: CaseActor;
}

/**
 * Every change to a case goes through here: the policy core's case machine decides it, with the stored case,
 * the real actor and the real input; then it is applied in one transaction with its timeline entry and
 * case.changed event, and the SLA timers move to match the stored deadlines.
 */
export async function applyCaseChange(
  em: EntityManager,
  timers: TimerQueue,
  c: Case,
  actor: Actor,
  now: Date,
  request: CaseRequest,
  apply: (scope: CommandScope) => CommandResult | Promise<CommandResult>,
): Promise<Case> {
  const policy = findCouncilPolicy(c.councilId)!;
  const { requestedAt, remedyActionOwnerId, ...input } = request;
  const owners = remedyActionOwnerId ? [remedyActionOwnerId] : await openRemedyActionOwners(em, c.id);
  const decision = assertTransition({
    ...input,
    policy,
    state: caseSnapshot(c, owners),
    actor: actor.asks,
    now: requestedAt ?? now,
  });
  const before = plannedTimers(c, currentStage(c));
  const answered = { stage: currentStage(c).number, at: currentStage(c).respondedAt };
  await em.transactional(async (tx) => {
    const staff = actor.staff ?? { sub: 'system', name: actor.name, roles: [], council: c.councilId };
    const result = await apply({ c, stage: currentStage(c), staff, policy, tx, now, action: request.action, decision });
    const stage = currentStage(c);
    tx.create(CaseEvent, { case: c, at: result.at ?? now, type: result.change, actor: actor.name, detail: result.detail });
    if (result.notify) {
      const text = customerMessage({
        ...result.notify,
        policy,
        reference: c.reference,
        stage: stage.number,
        respondBy: stage.respondBy,
        expectedResponseBy: stage.expectedResponseBy,
        outcome: stage.outcome,
        findings: stage.findings,
        remedies: stage.remedies,
      });
      const recipient = recipientOf(c);
      if (recipient)
        tx.create(CaseEvent, { case: c, at: now, type: 'MESSAGE_TO_CUSTOMER', actor: 'Redress', detail: `To ${recipient}: ${text}` });
      // Owed to an anonymous complainant too: communications records it as not sent, and why.
      await oweMessage(tx, c, stage, { ...result.notify, body: text }, now);
    }
    tx.persist(
      newOutboxEvent(
        'case.changed',
        caseChangedEvent(c, stage, result.change, {
          onTime: result.onTime ?? null,
          previousStage: result.previousStage ?? null,
          remedy: result.remedy ?? null,
        }),
        now,
      ),
    );
    // A response issued by this change (sent, signed off, a late complaint refused): what the resident was told, for tracking.
    if (stage.respondedAt && (stage.number !== answered.stage || !answered.at))
      tx.persist(newOutboxEvent('case.responded', caseRespondedEvent(c, stage), now));
    await audit(tx, actor.staff, `CHANGE_${result.change}`, [c.id], now);
  });
  await rescheduleTimers(timers, before, plannedTimers(c, currentStage(c)), now);
  return c;
}

/**
 * A request the policy refused, made by someone who is not at the screen (a resident's escalation request on a
 * queue): on the timeline with the reason, the message the customer is owed, and a case.changed event so that
 * the refusal is told and counted. The case itself does not change. Reloads the case in `em` (a fresh fork).
 */
export async function recordRefusal(
  em: EntityManager,
  caseId: string,
  actor: Actor,
  change: 'ESCALATION_REFUSED',
  reason: string,
  requestedAt: Date,
  now: Date,
): Promise<'RECORDED' | 'ALREADY_RECORDED'> {
  const c = await em.findOneOrFail(Case, { id: caseId }, { populate: CASE_POPULATE });
  const policy = findCouncilPolicy(c.councilId)!;
  const stage = currentStage(c);
  return em.transactional(async (tx) => {
    // Dated by the request, so a request delivered again finds its refusal and records nothing more.
    await lockRow(tx, 'case', caseId);
    if (await tx.count(CaseEvent, { case: caseId, type: change, at: requestedAt, actor: actor.name })) return 'ALREADY_RECORDED';
    tx.create(CaseEvent, { case: c, at: requestedAt, type: change, actor: actor.name, detail: reason });
    const recipient = recipientOf(c);
    const text = customerMessage({
      kind: change,
      reason,
      policy,
      reference: c.reference,
      stage: stage.number,
      respondBy: stage.respondBy,
    });
    if (recipient)
      tx.create(CaseEvent, { case: c, at: now, type: 'MESSAGE_TO_CUSTOMER', actor: 'Redress', detail: `To ${recipient}: ${text}` });
    await oweMessage(tx, c, stage, { kind: change, reason, body: text }, now);
    tx.persist(newOutboxEvent('case.changed', caseChangedEvent(c, stage, change, {}), now));
    await audit(tx, actor.staff, `CHANGE_${change}`, [c.id], now);
    return 'RECORDED';
  });
}

/** A staff change from a resolver: within the caller's council, decided by the policy's case rules, then applied. */
export async function runCaseCommand(
  ctx: CaseworkContext,
  caseId: string,
  request: CaseAction | CaseRequest,
  apply: (scope: CommandScope) => CommandResult | Promise<CommandResult>,
): Promise<CaseView> {
  const staff = signedInStaff(ctx.auth);
  const c = await loadCaseFor(ctx, caseId);
  const now = ctx.now();
  const asks = await staffActor(ctx.em, staff);
  await applyCaseChange(
    ctx.em,
    ctx.timers,
    c,
    { name: staff.name, staff, asks },
    now,
    typeof request === 'string' ? { action: request } : request,
    apply,
  );
  return toCaseView(c, now);
}
