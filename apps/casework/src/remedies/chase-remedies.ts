import { randomUUID } from 'node:crypto';
import { endOfLondonDay, londonDate } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import { CaseEvent } from '../cases/case.entity';
import { StaffAlert } from '../staff/staff-member.entity';
import { RemedyAction } from './remedy-action.entity';

/**
 * Promised remedies past their due date and not done: alert each owner once and note it on the case, so
 * what the council said it would do is chased rather than forgotten. Safe to run as often as wanted.
 */
export async function chaseOverdueRemedies(em: EntityManager, now: Date): Promise<number> {
  const today = londonDate(now);
  const overdue = await em.find(
    RemedyAction,
    { completedAt: null, chasedAt: null, dueOn: { $lt: today } },
    { populate: ['case'], limit: 500 },
  );
  if (!overdue.length) return 0;
  await em.transactional(async (tx) => {
    for (const action of overdue) {
      action.chasedAt = now;
      tx.create(StaffAlert, {
        id: randomUUID(),
        recipientId: action.ownerId,
        caseId: action.case.id,
        reference: action.case.reference,
        deadline: 'REMEDY',
        fire: 'DUE',
        dueAt: endOfLondonDay(action.dueOn),
        createdAt: now,
        readAt: null,
      });
      tx.create(CaseEvent, {
        case: action.case,
        at: now,
        type: 'REMEDY_OVERDUE',
        actor: null,
        detail: `${action.remedy.toLowerCase().replace(/_/g, ' ')} was due by ${action.dueOn}; ${action.ownerId} reminded`,
      });
      tx.persist(action);
    }
  });
  return overdue.length;
}
