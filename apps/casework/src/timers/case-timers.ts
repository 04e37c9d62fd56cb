import { timerJobId } from '@redress/contracts';
import {
  endOfLondonDay,
  expectedResponseDate,
  findCouncilPolicy,
  nextProgressUpdateOn,
  progressUpdateAt,
  reminderAt,
} from '@redress/policy';
import type { ProgressUpdateFacts } from '@redress/policy';
import type { SlaTimerJob, TimerDeadline } from '@redress/contracts';
import type { TypedQueue } from '@redress/platform';
import type { Case, CaseStage } from '../cases/case.entity';
import { isAnonymous } from '../cases/case-snapshot';

export interface PlannedTimer {
  job: SlaTimerJob;
  fireAt: Date;
}

/** The timeline entry of a message to the customer (written with each change that owes one, and by the progress timer). */
export const CUSTOMER_MESSAGE = 'MESSAGE_TO_CUSTOMER';

type TimedCase = Pick<
  Case,
  | 'id'
  | 'councilId'
  | 'status'
  | 'currentStage'
  | 'complainant'
  | 'ombudsmanEnquiryDueAt'
  | 'ombudsmanEnquiryAnsweredAt'
  | 'ombudsmanEnquiryOverdueAt'
> & { timeline?: Case['timeline'] };

export interface PlanOptions {
  /** When the customer was last written to (null: never); read from the timeline when it is loaded, else no progress timer. */
  lastCustomerMessageAt?: Date | null;
}

/** The last message to the customer on a loaded timeline (null: none); undefined when the timeline is not loaded. */
export function lastCustomerMessageIn(c: Pick<TimedCase, 'timeline'>): Date | null | undefined {
  if (!c.timeline?.isInitialized()) return undefined;
  return c.timeline
    .getItems()
    .filter((e) => e.type === CUSTOMER_MESSAGE)
    .reduce<Date | null>((last, e) => (!last || e.at > last ? e.at : last), null);
}

/** The case and its current stage as the policy core's progress-update rule reads them. */
export const progressFacts = (c: Pick<TimedCase, 'status' | 'complainant'>, stage: CaseStage, last: Date | null): ProgressUpdateFacts => ({
  stage: stage.number,
  status: c.status,
  anonymous: isAnonymous(c),
  stageOpenedAt: stage.openedAt,
  extensionWorkingDays: stage.extensionWorkingDays,
  expectedResponseBy: stage.expectedResponseBy,
  lastCustomerMessageAt: last,
});

/** The handler is reminded before the date the customer now expects (a delay notice's new date, when given). */
export const responseReminderDueAt = (stage: CaseStage): Date =>
  stage.expectedResponseBy ? endOfLondonDay(expectedResponseDate(stage.respondBy, stage.expectedResponseBy)) : stage.respondDueAt;

/** The next regular progress update's trigger, when the policy owes the customer one. */
function progressTimer(c: TimedCase, stage: CaseStage, last: Date | null | undefined): PlannedTimer | null {
  const policy = last === undefined ? undefined : findCouncilPolicy(c.councilId);
  const on = policy ? nextProgressUpdateOn(policy, progressFacts(c, stage, last ?? null)) : null;
  if (!on) return null;
  const at = progressUpdateAt(on);
  const job: SlaTimerJob = { v: 1, caseId: c.id, stage: stage.number, deadline: 'PROGRESS_UPDATE', fire: 'DUE', dueAt: at.toISOString() };
  return { job, fireAt: at };
}

/**
 * The timers a case's current stage should have: a reminder and a due trigger for each deadline not yet
 * met (the response's reminder before the date a delay notice gave, its due trigger at the promise), and the next
 * regular progress update the policy owes. None while on hold (the clock is stopped) and no acknowledgement timer
 * for an anonymous complaint (nobody to acknowledge). Pure: derived from what is stored.
 */
export function plannedTimers(c: TimedCase, stage: CaseStage, options: PlanOptions = {}): PlannedTimer[] {
  if (stage.number !== c.currentStage || c.status === 'CLOSED') return [];
  const timers: PlannedTimer[] = [];
  const breached = new Set(stage.breaches.isInitialized() ? stage.breaches.getItems().map((b) => `${b.kind}-${b.dueAt.getTime()}`) : []);
  const job = (deadline: TimerDeadline, dueAt: Date) => ({
    v: 1 as const,
    caseId: c.id,
    stage: stage.number,
    deadline,
    dueAt: dueAt.toISOString(),
  });
  const remind = (deadline: TimerDeadline, dueAt: Date) =>
    timers.push({ job: { ...job(deadline, dueAt), fire: 'REMINDER' }, fireAt: reminderAt(dueAt) });
  // A deadline already recorded as breached has nothing left to trigger.
  const fallsDue = (deadline: TimerDeadline, dueAt: Date) =>
    breached.has(`${deadline}-${dueAt.getTime()}`)
      ? undefined
      : timers.push({ job: { ...job(deadline, dueAt), fire: 'DUE' }, fireAt: dueAt });
  const add = (deadline: TimerDeadline, dueAt: Date) => {
    if (breached.has(`${deadline}-${dueAt.getTime()}`)) return;
    remind(deadline, dueAt);
    fallsDue(deadline, dueAt);
  };
  if (c.status === 'WITH_OMBUDSMAN') {
    // The council's own deadline now is its answer to the Ombudsman's enquiry.
    if (c.ombudsmanEnquiryDueAt && !c.ombudsmanEnquiryAnsweredAt && !c.ombudsmanEnquiryOverdueAt)
      add('OMBUDSMAN_ENQUIRY', c.ombudsmanEnquiryDueAt);
    return timers;
  }
  if (stage.heldSince) return [];
  if (!stage.acknowledgedAt && !isAnonymous(c)) add('ACKNOWLEDGEMENT', stage.acknowledgeDueAt);
  if (!stage.respondedAt) {
    const remindFor = responseReminderDueAt(stage);
    if (remindFor.getTime() === stage.respondDueAt.getTime()) add('RESPONSE', stage.respondDueAt);
    else {
      remind('RESPONSE', remindFor);
      fallsDue('RESPONSE', stage.respondDueAt);
    }
  }
  const progress = progressTimer(c, stage, 'lastCustomerMessageAt' in options ? options.lastCustomerMessageAt : lastCustomerMessageIn(c));
  if (progress) timers.push(progress);
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
