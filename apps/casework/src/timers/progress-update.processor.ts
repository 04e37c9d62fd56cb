import { customerMessage, findCouncilPolicy, londonDate, nextProgressUpdateOn, progressUpdateAt } from '@redress/policy';
import type { JobOutcome, SlaTimerJob } from '@redress/contracts';
import { done, lockRow, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { Case, CaseEvent } from '../cases/case.entity';
import { recipientOf } from '../cases/case-command';
import { currentStage } from '../cases/case-snapshot';
import { oweMessage } from '../messages/owed-message';
import type { PlannedTimer, TimerQueue } from './case-timers';
import { CUSTOMER_MESSAGE, plannedTimers, progressFacts, scheduleTimers } from './case-timers';

/** When the customer was last written to about the case (null: never). */
export async function lastCustomerMessageAt(em: EntityManager, caseId: string): Promise<Date | null> {
  const last = await em.findOne(CaseEvent, { case: caseId, type: CUSTOMER_MESSAGE }, { orderBy: { at: 'desc' }, fields: ['at'] });
  return last?.at ?? null;
}

/**
 * A progress update's timer fired: under a lock on the case, decide again from the stored timeline (Hampshire
 * appendix 1 "regular updates"; Hart §6.2). When no message has gone to the customer for the policy's interval, write
 * the update; the update is then the last message, so the same timer firing again writes nothing. Then plan the next.
 */
export async function processProgressUpdate(em: EntityManager, job: SlaTimerJob, now: Date, queue?: TimerQueue): Promise<JobOutcome> {
  const { outcome, next } = await em.transactional(async (tx): Promise<{ outcome: JobOutcome; next?: PlannedTimer[] }> => {
    await lockRow(tx, 'case', job.caseId);
    const c = await tx.findOne(Case, { id: job.caseId }, { populate: ['stages', 'complainant'] });
    if (!c) return { outcome: skipped('case not found') };
    const stage = currentStage(c);
    if (stage.number !== job.stage) return { outcome: skipped('stale: the case has moved to another stage') };
    const policy = findCouncilPolicy(c.councilId)!;
    const last = await lastCustomerMessageAt(tx, c.id);
    const on = nextProgressUpdateOn(policy, progressFacts(c, stage, last));
    const recipient = recipientOf(c);
    if (!on || !recipient) return { outcome: skipped('stale: no progress update is owed now') };
    const plan = (lastAt: Date | null) =>
      plannedTimers(c, stage, { lastCustomerMessageAt: lastAt }).filter((t) => t.job.deadline === 'PROGRESS_UPDATE');
    if (now.getTime() < progressUpdateAt(on).getTime())
      return { outcome: skipped(`not yet due: the customer was written to since; the next update is due on ${on}`), next: plan(last) };
    const text = customerMessage({
      kind: 'PROGRESS_UPDATE',
      policy,
      reference: c.reference,
      stage: stage.number,
      respondBy: stage.respondBy,
      expectedResponseBy: stage.expectedResponseBy,
      today: londonDate(now),
    });
    tx.create(CaseEvent, { case: c, at: now, type: CUSTOMER_MESSAGE, actor: 'Redress', detail: `To ${recipient}: ${text}` });
    await oweMessage(tx, c, stage, { kind: 'PROGRESS_UPDATE', body: text }, now);
    return { outcome: done, next: plan(now) };
  });
  if (queue && next?.length) await scheduleTimers(queue, next, now);
  return outcome;
}
