import { timerJobId } from '@redress/contracts';
import { reminderAt } from '@redress/policy';
import type { SlaTimerJob, TimerDeadline } from '@redress/contracts';
import type { TypedQueue } from '@redress/platform';
import type { Case, CaseStage } from '../cases/case.entity';
import { isAnonymous } from '../cases/case-snapshot';

export interface PlannedTimer {
  job: SlaTimerJob;
  fireAt: Date;
}

/**
 * The timers a case's current stage should have: a reminder and a due trigger for each deadline not yet
 * met. None while on hold (the clock is stopped) and no acknowledgement timer for an anonymous complaint
 * (nobody to acknowledge). Pure: derived from what is stored.
 */
export function plannedTimers(
  c: Pick<
    Case,
    'id' | 'status' | 'currentStage' | 'complainant' | 'ombudsmanEnquiryDueAt' | 'ombudsmanEnquiryAnsweredAt' | 'ombudsmanEnquiryOverdueAt'
  >,
  stage: CaseStage,
): PlannedTimer[] {
  if (stage.number !== c.currentStage || c.status === 'CLOSED') return [];
  const timers: PlannedTimer[] = [];
  const breached = new Set(stage.breaches.isInitialized() ? stage.breaches.getItems().map((b) => `${b.kind}-${b.dueAt.getTime()}`) : []);
  const add = (deadline: TimerDeadline, dueAt: Date) => {
    if (breached.has(`${deadline}-${dueAt.getTime()}`)) return; // already recorded: nothing left to trigger
    const base = { v: 1 as const, caseId: c.id, stage: stage.number, deadline, dueAt: dueAt.toISOString() };
    timers.push({ job: { ...base, fire: 'REMINDER' }, fireAt: reminderAt(dueAt) });
    timers.push({ job: { ...base, fire: 'DUE' }, fireAt: dueAt });
  };
  if (c.status === 'WITH_OMBUDSMAN') {
    // The council's own deadline now is its answer to the Ombudsman's enquiry.
    if (c.ombudsmanEnquiryDueAt && !c.ombudsmanEnquiryAnsweredAt && !c.ombudsmanEnquiryOverdueAt)
      add('OMBUDSMAN_ENQUIRY', c.ombudsmanEnquiryDueAt);
    return timers;
  }
  if (stage.heldSince) return [];
  if (!stage.acknowledgedAt && !isAnonymous(c)) add('ACKNOWLEDGEMENT', stage.acknowledgeDueAt);
  if (!stage.respondedAt) add('RESPONSE', stage.respondDueAt);
  return timers;
}

export type TimerQueue = TypedQueue<'sla-timers'>;

/**
 * Adds the timers; a timer whose id is still pending is left as it is (deterministic ids). A reminder whose
 * moment has passed is not sent late; a missed due trigger is, at once.
 */
export async function scheduleTimers(queue: TimerQueue, timers: readonly PlannedTimer[], now: Date): Promise<void> {
  const current = timers.filter((t) => t.job.fire === 'DUE' || t.fireAt.getTime() > now.getTime());
  if (!current.length) return;
  await queue.addBulk(
    current.map((t) => ({
      name: 'sla.timer' as const,
      data: t.job,
      opts: { jobId: timerJobId(t.job), delay: Math.max(0, t.fireAt.getTime() - now.getTime()), removeOnComplete: true },
    })),
  );
}

/** After a change: drop the timers no longer planned, add the new ones. A stale timer left behind would only be a no-op. */
export async function rescheduleTimers(
  queue: TimerQueue,
  before: readonly PlannedTimer[],
  after: readonly PlannedTimer[],
  now: Date,
): Promise<void> {
  const keep = new Set(after.map((t) => timerJobId(t.job)));
  await Promise.all(
    before
      .map((t) => timerJobId(t.job))
      .filter((id) => !keep.has(id))
      .map((id) => queue.remove(id)),
  );
  await scheduleTimers(queue, after, now);
}
