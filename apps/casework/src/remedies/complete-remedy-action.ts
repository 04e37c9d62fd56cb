import { LockMode } from '@mikro-orm/core';
import { londonDate } from '@redress/policy';
import { audit, conflict, notFound } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import { RemedyAction } from './remedy-action.entity';

export interface RemedyCompletion {
  actionId: string;
  note?: string | null;
}

/**
 * Records that a promised remedy has been carried out, once: the row is locked while it is checked and marked, so
 * two people recording it at the same moment get one success and one CONFLICT. Another council's action reads as
 * missing. Returns the action with its case loaded.
 */
export async function completeRemedyAction(
  em: EntityManager,
  input: RemedyCompletion,
  staff: StaffIdentity,
  now: Date,
): Promise<RemedyAction> {
  return em.transactional(async (tx) => {
    const action = await tx.findOne(
      RemedyAction,
      { id: input.actionId, councilId: staff.council },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!action) throw notFound(`No remedy action ${input.actionId} in your council.`);
    if (action.completedAt) throw conflict(`That remedy was already recorded as done on ${londonDate(action.completedAt)}.`);
    action.completedAt = now;
    action.completedBy = staff.sub;
    action.note = input.note?.trim() || null;
    await tx.populate(action, ['case']);
    await audit(tx, staff, 'COMPLETE_REMEDY', [action.case.id, action.id], now);
    return action;
  });
}
