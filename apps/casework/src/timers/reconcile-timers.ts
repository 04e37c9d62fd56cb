import { CaseStatus } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import { Case } from '../cases/case.entity';
import { plannedTimers, scheduleTimers } from './case-timers';
import type { TimerQueue } from './case-timers';

/**
 * PostgreSQL is the truth for deadlines; Redis only holds triggers. Re-plan every open case's timers and
 * add those missing (pending ones are untouched thanks to deterministic ids). A deadline already past gets
 * a due trigger with no delay, so breaches missed while the platform was down are recorded at once.
 */
export async function reconcileTimers(em: EntityManager, queue: TimerQueue, now: Date, batchSize = 500): Promise<number> {
  let scheduled = 0;
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
    for (const c of cases) {
      const stage = c.stages.getItems().find((s) => s.number === c.currentStage);
      if (!stage) continue;
      const timers = plannedTimers(c, stage);
      await scheduleTimers(queue, timers, now);
      scheduled += timers.length;
    }
    em.clear();
    if (cases.length < batchSize) return scheduled;
    after = cases[cases.length - 1].id;
  }
}
