import { CaseStatus, deadlineMoveDetail, deadlinesMovedByHolidays, endOfLondonDay, findCouncilPolicy } from '@redress/policy';
import type { CouncilPolicy, DeadlineMove, StoredStageDeadlines } from '@redress/policy';
import { audit, lockRow, newOutboxEvent } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { Case, CaseEvent } from '../cases/case.entity';
import type { CaseStage } from '../cases/case.entity';
import { caseChangedEvent } from '../cases/case-events';
import { currentStage } from '../cases/case-snapshot';
import { plannedTimers, rescheduleTimers } from './case-timers';
import type { TimerQueue } from './case-timers';

/** A stage as stored, with what its deadlines are computed from (as recomputeDeadlines computes them). */
const stored = (policy: CouncilPolicy, s: CaseStage): StoredStageDeadlines => ({
  policy,
  stage: s.number,
  openedAt: s.openedAt,
  acknowledgedAt: s.acknowledgedAt,
  extensionWorkingDays: s.extensionWorkingDays,
  workingDaysOnHold: s.workingDaysOnHold,
  acknowledgeBy: s.acknowledgeBy,
  respondBy: s.respondBy,
  acknowledged: Boolean(s.acknowledgedAt),
  responded: Boolean(s.respondedAt),
});

/** The running deadlines of a live case that a bank holiday added to the calendar since they were set moves (policy core). */
export function holidayMoves(c: Pick<Case, 'councilId' | 'status' | 'stages' | 'currentStage'>): DeadlineMove[] {
  const policy = findCouncilPolicy(c.councilId);
  if (!policy || (c.status !== CaseStatus.OPEN && c.status !== CaseStatus.ON_HOLD)) return [];
  return deadlinesMovedByHolidays(stored(policy, currentStage(c)));
}

/**
 * A one-off bank holiday announced after a case's deadlines were set (as in 2022 and 2023) moves them: under a lock
 * on the case, each unmet deadline it moves gets its new date, a timeline line naming the holiday, and the case.changed
 * event; then its timers are planned again. The deadlines then agree with the calendar, so a second run does nothing.
 */
export async function moveDeadlinesForAddedHolidays(
  em: EntityManager,
  queue: TimerQueue,
  caseId: string,
  now: Date,
): Promise<DeadlineMove[]> {
  const moved = await em.transactional(async (tx) => {
    await lockRow(tx, 'case', caseId);
    const c = await tx.findOne(Case, { id: caseId }, { populate: ['stages', 'stages.breaches', 'complainant'] });
    const moves = c ? holidayMoves(c) : [];
    if (!c || !moves.length) return null;
    const stage = currentStage(c);
    const before = plannedTimers(c, stage);
    for (const m of moves) {
      if (m.deadline === 'ACKNOWLEDGEMENT') [stage.acknowledgeBy, stage.acknowledgeDueAt] = [m.to, endOfLondonDay(m.to)];
      else [stage.respondBy, stage.respondDueAt] = [m.to, endOfLondonDay(m.to)];
      tx.create(CaseEvent, { case: c, at: now, type: 'DEADLINES_MOVED', actor: null, detail: deadlineMoveDetail(m) });
    }
    tx.persist(newOutboxEvent('case.changed', caseChangedEvent(c, stage, 'DEADLINES_MOVED'), now));
    await audit(tx, null, 'CHANGE_DEADLINES_MOVED', [c.id], now);
    return { c, stage, before, moves };
  });
  if (!moved) return [];
  await rescheduleTimers(queue, moved.before, plannedTimers(moved.c, moved.stage), now);
  return moved.moves;
}
