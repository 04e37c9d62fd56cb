import { LockMode } from '@mikro-orm/core';
import { CaseAction, OMBUDSMAN_REMEDY_STAGE, londonDate } from '@redress/policy';
import { audit, conflict, notFound } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import { CASE_POPULATE, applyCaseChange, staffActor } from '../cases/case-command';
import { Case } from '../cases/case.entity';
import type { TimerQueue } from '../timers/case-timers';
import { RemedyAction } from './remedy-action.entity';

export interface RemedyCompletion {
  actionId: string;
  note?: string | null;
}

const alreadyDone = (action: RemedyAction) => conflict(`That remedy was already recorded as done on ${londonDate(action.completedAt!)}.`);
const remedyWords = (remedy: string): string => remedy.toLowerCase().replace(/_/g, ' ');

/**
 * Records that a promised remedy has been carried out, once. The case machine decides who may (COMPLETE_REMEDY_ACTION:
 * the action's owner, or whoever the machine allows on the case); it goes on the case's timeline and case.changed.
 * The row is locked while it is checked and marked, so two people recording it at the same moment get one success and
 * one CONFLICT. Another council's action reads as missing. Returns the action with its case loaded.
 */
export async function completeRemedyAction(
  em: EntityManager,
  timers: TimerQueue,
  input: RemedyCompletion,
  staff: StaffIdentity,
  now: Date,
): Promise<RemedyAction> {
  const found = await em.findOne(RemedyAction, { id: input.actionId, councilId: staff.council });
  if (!found) throw notFound(`No remedy action ${input.actionId} in your council.`);
  if (found.completedAt) throw alreadyDone(found);
  const c = await em.findOneOrFail(Case, { id: found.case.id }, { populate: CASE_POPULATE });
  let action = found;
  await applyCaseChange(
    em,
    timers,
    c,
    { name: staff.name, staff, asks: await staffActor(em, staff) },
    now,
    // The machine weighs this action's owner, not the owners of the case's other actions.
    { action: CaseAction.COMPLETE_REMEDY_ACTION, remedyActionOwnerId: found.ownerId },
    async ({ tx }) => {
      action = await tx.findOneOrFail(RemedyAction, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (action.completedAt) throw alreadyDone(action);
      action.completedAt = now;
      action.completedBy = staff.sub;
      action.note = input.note?.trim() || null;
      await audit(tx, staff, 'COMPLETE_REMEDY', [c.id, action.id], now);
      const stage = c.stages.getItems().find((st) => st.number === action.stage);
      const from =
        action.stage === OMBUDSMAN_REMEDY_STAGE ? 'recommended by the Ombudsman' : `promised at ${stage?.name ?? `stage ${action.stage}`}`;
      return {
        change: 'REMEDY_COMPLETED',
        remedy: action.remedy,
        detail: `Remedy done: ${remedyWords(action.remedy)} (${from})${action.note ? `: ${action.note}` : ''}`,
      };
    },
  );
  return action;
}
