import { AlertKind, endOfLondonDay, formatLongDate, londonDate } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import { CaseEvent } from '../cases/case.entity';
import { raiseAlert } from '../alerts/raise-alert';
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
      await raiseAlert(
        tx,
        {
          dedupeKey: `remedy-due:${action.id}`,
          recipientId: action.ownerId,
          councilId: action.councilId,
          kind: AlertKind.REMEDY_DUE,
          message:
            `${action.case.reference}: ${remedyWords(action.remedy)} was promised by ${formatLongDate(action.dueOn)} ` +
            'and is not recorded as done.',
          caseId: action.case.id,
          reference: action.case.reference,
          deadline: 'REMEDY',
          fire: 'DUE',
          dueAt: endOfLondonDay(action.dueOn),
        },
        now,
      );
      tx.create(CaseEvent, {
        case: action.case,
        at: now,
        type: 'REMEDY_OVERDUE',
        actor: null,
        detail: `${remedyWords(action.remedy)} was due by ${action.dueOn}; ${action.ownerId} reminded`,
      });
      tx.persist(action);
    }
  });
  return overdue.length;
}

const remedyWords = (remedy: string): string => remedy.toLowerCase().replace(/_/g, ' ');
