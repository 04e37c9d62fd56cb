import { randomUUID } from 'node:crypto';
import { AlertKind, CaseAction, ContactPreference, adjustmentReviewProblem, telephoneAlertMessage, wantsTelephone } from '@redress/policy';
import type { AdjustmentKind } from '@redress/policy';
import { audit, badInput, signedInStaff } from '@redress/platform';
import type { EntityManager, RequestContext } from '@redress/platform';
import { raiseAlert } from '../alerts/raise-alert';
import { CaseEvent } from '../cases/case.entity';
import type { Case } from '../cases/case.entity';
import type { Complainant } from './complainant.entity';
import { ReasonableAdjustment } from './reasonable-adjustment.entity';
import { authorizePersonAction, casesOf, findComplainantFor, notClosed } from './person';

const words = (v: string): string => v.toLowerCase().replace(/_/g, ' ');

/**
 * Tell the handler to phone a person who asked for the telephone (a preference or an adjustment), once per case and
 * handler: when the case is assigned, and when the preference is recorded on a case that has a handler.
 */
export async function alertHandlerToPhone(tx: EntityManager, c: Case, person: Complainant, handlerId: string, now: Date): Promise<void> {
  const kinds = (await tx.find(ReasonableAdjustment, { complainantId: person.id }, { fields: ['kind'] })).map((a) => a.kind);
  if (!wantsTelephone(person.contactPreference, kinds)) return;
  await raiseAlert(
    tx,
    {
      recipientId: handlerId,
      councilId: c.councilId,
      // The contract has no kind of its own for "phone them": it is acting on an adjustment.
      kind: AlertKind.ADJUSTMENT_REVIEW,
      message: telephoneAlertMessage(c.reference, person.name, person.phone),
      dedupeKey: `phone:${c.id}:${handlerId}`,
      caseId: c.id,
      reference: c.reference,
    },
    now,
  );
}

/** The person's cases not yet closed that have a handler: each handler is told to phone them. */
async function alertHandlers(tx: EntityManager, cases: readonly Case[], person: Complainant, now: Date): Promise<void> {
  for (const c of notClosed(cases)) if (c.assigneeId) await alertHandlerToPhone(tx, c, person, c.assigneeId, now);
}

function onOpenCases(tx: EntityManager, cases: readonly Case[], now: Date, type: string, actor: string, detail: string): void {
  for (const c of notClosed(cases)) tx.create(CaseEvent, { case: c, at: now, type, actor, detail });
}

/** Code s.5: record an adjustment the person needs, with the need in words and when to review it. */
export async function recordReasonableAdjustment(
  ctx: RequestContext,
  input: { complainantId: string; kind: AdjustmentKind; need: string; reviewOn?: string | null },
): Promise<Complainant> {
  const staff = signedInStaff(ctx.auth);
  const now = ctx.now();
  const person = await findComplainantFor(ctx, input.complainantId);
  const problem = adjustmentReviewProblem(input.reviewOn, now);
  if (problem) throw badInput(problem, 'reviewOn');
  const cases = await casesOf(ctx.em, person.id);
  await authorizePersonAction(ctx, CaseAction.RECORD_ADJUSTMENT, cases);
  await ctx.em.transactional(async (tx) => {
    const a = tx.create(ReasonableAdjustment, {
      id: randomUUID(),
      complainantId: person.id,
      councilId: person.councilId,
      kind: input.kind,
      need: input.need.trim(),
      reviewOn: input.reviewOn ?? null,
      recordedAt: now,
      recordedBy: staff.sub,
    });
    const review = a.reviewOn ? `; review on ${a.reviewOn}` : '';
    onOpenCases(tx, cases, now, 'ADJUSTMENT_RECORDED', staff.name, `Reasonable adjustment recorded: ${words(a.kind)} (${a.need})${review}`);
    await tx.flush();
    await alertHandlers(tx, cases, person, now);
    await audit(tx, staff, 'RECORD_ADJUSTMENT', [person.id, a.id], now);
  });
  return person;
}

/** How the person prefers to be contacted; a telephone preference has their handler phone them (the written response still goes). */
export async function setContactPreference(
  ctx: RequestContext,
  complainantId: string,
  preference: ContactPreference,
): Promise<Complainant> {
  const staff = signedInStaff(ctx.auth);
  const now = ctx.now();
  const person = await findComplainantFor(ctx, complainantId);
  const cases = await casesOf(ctx.em, person.id);
  await authorizePersonAction(ctx, CaseAction.RECORD_ADJUSTMENT, cases);
  await ctx.em.transactional(async (tx) => {
    person.contactPreference = preference;
    tx.persist(person);
    onOpenCases(tx, cases, now, 'CONTACT_PREFERENCE_SET', staff.name, `Prefers contact by ${words(preference)}`);
    if (preference === ContactPreference.TELEPHONE) await alertHandlers(tx, cases, person, now);
    await audit(tx, staff, 'SET_CONTACT_PREFERENCE', [person.id], now);
  });
  return person;
}
