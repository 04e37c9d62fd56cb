import { CaseStatus } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import { Case, CaseEvent } from '../cases/case.entity';
import { currentStage } from '../cases/case-snapshot';
import { CUSTOMER_MESSAGE, plannedTimers, scheduleTimers } from './case-timers';
import type { PlannedTimer, TimerQueue } from './case-timers';
import { holidayMoves, moveDeadlinesForAddedHolidays } from './holiday-deadlines';
import { markTimersPlanned } from './timers-marker';

/** The last message to the customer of each case (cases never written to are absent). */
async function lastMessages(em: EntityManager, caseIds: readonly string[]): Promise<Map<string, Date>> {
  const last = new Map<string, Date>();
  if (!caseIds.length) return last;
  const events = await em.find(CaseEvent, { case: { $in: [...caseIds] }, type: CUSTOMER_MESSAGE }, { fields: ['at', 'case'] });
  for (const e of events) {
    const id = e.case.id;
    if (!last.has(id) || e.at > last.get(id)!) last.set(id, e.at);
  }
  return last;
}

export interface ReconcileResult {
  /** Timers planned (pending ones are left as they are). */
  timers: number;
  /** Cases whose running deadlines a bank holiday added since moved. */
  deadlinesMoved: number;
}

/**
 * PostgreSQL is the truth for deadlines; Redis only holds triggers. Re-plan every open case's timers (deadlines and
 * regular progress updates) and add those missing (pending ones are untouched thanks to deterministic ids). A
 * deadline already past gets a due trigger with no delay, so breaches missed while the platform was down are
 * recorded at once. First, the running deadlines that a bank holiday added to the calendar since (at start, from
 * the deployment's configuration) moves are moved, each on its case's timeline.
 *
 * Redis is first marked as holding every timer (redis-recovery.ts): a Redis that loses its data from then on loses the
 * mark too, and is re-planned at once. The timers of a batch of cases go to Redis in one round trip.
 */
export async function reconcileCaseTimers(em: EntityManager, queue: TimerQueue, now: Date, batchSize = 500): Promise<ReconcileResult> {
  const result: ReconcileResult = { timers: 0, deadlinesMoved: 0 };
  await markTimersPlanned(queue, now);
  let after: string | undefined;
  for (;;) {
    const cases = await em.find(
      Case,
      {
        status: { $in: [CaseStatus.OPEN, CaseStatus.RESPONDED, CaseStatus.ON_HOLD, CaseStatus.WITH_OMBUDSMAN] },
        ...(after ? { id: { $gt: after } } : {}),
      },
      { populate: ['stages', 'stages.breaches'], orderBy: { id: 'asc' }, limit: batchSize },
    );
    const last = await lastMessages(
      em,
      cases.map((c) => c.id),
    );
    const batch: PlannedTimer[] = [];
    for (const found of cases) {
      if (!found.stages.getItems().some((s) => s.number === found.currentStage)) continue;
      let c = found;
      if (holidayMoves(c).length && (await moveDeadlinesForAddedHolidays(em.fork(), queue, c.id, now)).length) {
        result.deadlinesMoved += 1;
        c = await em.fork().findOneOrFail(Case, { id: c.id }, { populate: ['stages', 'stages.breaches'] });
      }
      const timers = plannedTimers(c, currentStage(c), { lastCustomerMessageAt: last.get(c.id) ?? null });
      batch.push(...timers);
      result.timers += timers.length;
    }
    await scheduleTimers(queue, batch, now);
    em.clear();
    if (cases.length < batchSize) return result;
    after = cases[cases.length - 1].id;
  }
}

/** reconcileCaseTimers, counting the timers planned. */
export async function reconcileTimers(em: EntityManager, queue: TimerQueue, now: Date, batchSize = 500): Promise<number> {
  return (await reconcileCaseTimers(em, queue, now, batchSize)).timers;
}
