import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { SlaKind, expectedResponseDate } from '@redress/policy';
import type { JobOutcome, SlaTimerJob } from '@redress/contracts';
import { breachesDetected, done, newOutboxEvent, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import type { CaseStage } from '../cases/case.entity';
import { Case, CaseEvent, SlaBreach } from '../cases/case.entity';
import { caseChangedEvent } from '../cases/case-events';
import type { TimerQueue } from './case-timers';
import { responseReminderDueAt } from './case-timers';
import { processProgressUpdate } from './progress-update.processor';

/** The stored due instant the timer is for, or why there is none (a stale timer: the deadline was met, moved or paused). */
function liveDueAt(c: Case, stage: CaseStage, job: SlaTimerJob): Date | string {
  if (c.currentStage !== job.stage) return 'stale: the case has moved to another stage';
  if (stage.heldSince) return 'stale: the case is on hold';
  if (c.status === 'CLOSED' || c.status === 'WITH_OMBUDSMAN') return `stale: the case is ${c.status.toLowerCase().replace(/_/g, ' ')}`;
  const ack = job.deadline === 'ACKNOWLEDGEMENT';
  if (ack ? stage.acknowledgedAt : stage.respondedAt) return `stale: the ${ack ? 'acknowledgement' : 'response'} was made`;
  // The response's reminder is for the date the customer now expects (a delay notice's); its breach, the promise.
  const due = ack ? stage.acknowledgeDueAt : job.fire === 'REMINDER' ? responseReminderDueAt(stage) : stage.respondDueAt;
  return due.getTime() === Date.parse(job.dueAt) ? due : 'stale: the deadline has moved';
}

/** redress_breaches_detected_total, registered when the worker loads this (so /metrics lists it before the first). */
const breaches = breachesDetected();

const FIRED_EARLY = 'fired before the deadline (clock skew): the due trigger stays scheduled by the reconciler';

/**
 * A timer fired: re-read the case and decide again. A stale timer (deadline met, moved, on hold, stage
 * changed) does nothing. A real breach is recorded once on the stage, goes on the timeline, and is put on
 * sla-alerts for the handler's manager; a reminder alerts the handler. Never moves the case.
 */
/** The council's answer to an Ombudsman enquiry: reminded, then chased to the complaints coordinator once. */
async function processEnquiryTimer(em: EntityManager, c: Case, job: SlaTimerJob, now: Date): Promise<JobOutcome> {
  const live =
    c.status === 'WITH_OMBUDSMAN' && !c.ombudsmanEnquiryAnsweredAt && c.ombudsmanEnquiryDueAt?.getTime() === Date.parse(job.dueAt);
  if (!live) return skipped('stale: the enquiry was answered or its deadline moved');
  if (job.fire === 'DUE' && c.ombudsmanEnquiryOverdueAt) return skipped('the overdue enquiry is already recorded');
  if (job.fire === 'DUE' && now.getTime() < Date.parse(job.dueAt)) return skipped(FIRED_EARLY);
  const alert = {
    caseId: c.id,
    reference: c.reference,
    councilId: c.councilId,
    stage: c.currentStage,
    deadline: 'OMBUDSMAN_ENQUIRY' as const,
    dueAt: job.dueAt,
    assigneeId: c.assigneeId,
    fire: job.fire,
  };
  await em.transactional(async (tx) => {
    if (job.fire === 'DUE') c.ombudsmanEnquiryOverdueAt = now;
    tx.create(CaseEvent, {
      case: c,
      at: now,
      type: job.fire === 'DUE' ? 'OMBUDSMAN_ENQUIRY_OVERDUE' : 'OMBUDSMAN_ENQUIRY_REMINDER',
      actor: null,
      detail:
        `The answer to the Ombudsman's enquiry (${c.ombudsmanReference}) ` +
        `${job.fire === 'DUE' ? 'was' : 'is'} due by ${c.ombudsmanEnquiryRespondBy}`,
    });
    tx.persist(newOutboxEvent('sla.alert', alert, now));
  });
  if (job.fire === 'DUE') breaches.inc({ kind: 'OMBUDSMAN_ENQUIRY' });
  return done;
}

/** What a fired acknowledgement or response timer leads to: an outcome, and what to write for it (nothing when stale). */
interface TimerDecision {
  outcome: JobOutcome;
  write?: (tx: EntityManager) => void;
  /** A breach this records (for the counter, once committed). */
  breach?: SlaKind;
}

/** A timer for a stage's acknowledgement or response: the ones that come due in bursts. */
export type StageTimerJob = SlaTimerJob & { deadline: 'ACKNOWLEDGEMENT' | 'RESPONSE' };
export const isStageTimer = (job: SlaTimerJob): job is StageTimerJob => job.deadline === 'ACKNOWLEDGEMENT' || job.deadline === 'RESPONSE';

/** Decides a fired acknowledgement or response timer on its loaded case (stages, and their breaches when loaded). */
function decideStageTimer(c: Case, job: StageTimerJob, now: Date): TimerDecision {
  const stage = c.stages.getItems().find((s) => s.number === job.stage);
  if (!stage) return { outcome: skipped(`stage ${job.stage} not found on the case`) };
  const due = liveDueAt(c, stage, job);
  if (typeof due === 'string') return { outcome: skipped(due) };
  const kind = job.deadline === 'ACKNOWLEDGEMENT' ? SlaKind.ACKNOWLEDGEMENT : SlaKind.RESPONSE;
  const alert = {
    caseId: c.id,
    reference: c.reference,
    councilId: c.councilId,
    stage: stage.number,
    deadline: job.deadline,
    dueAt: job.dueAt,
    assigneeId: c.assigneeId,
  };
  if (job.fire === 'REMINDER') {
    return {
      outcome: done,
      write: (tx) => {
        tx.create(CaseEvent, {
          case: c,
          at: now,
          type: 'SLA_REMINDER',
          actor: null,
          detail:
            `${kind.toLowerCase()} due by ` +
            `${job.deadline === 'ACKNOWLEDGEMENT' ? stage.acknowledgeBy : expectedResponseDate(stage.respondBy, stage.expectedResponseBy)}`,
        });
        tx.persist(newOutboxEvent('sla.alert', { ...alert, fire: 'REMINDER' }, now));
      },
    };
  }
  if (now.getTime() < due.getTime()) return { outcome: skipped(FIRED_EARLY) };
  if (stage.breaches.isInitialized() && stage.breaches.getItems().some((b) => b.kind === kind && b.dueAt.getTime() === due.getTime()))
    return { outcome: skipped(ALREADY_RECORDED) };
  return {
    outcome: done,
    breach: kind,
    write: (tx) => {
      tx.create(SlaBreach, { id: randomUUID(), stage, kind, dueAt: due, detectedAt: now });
      tx.create(CaseEvent, {
        case: c,
        at: now,
        type: 'SLA_BREACHED',
        actor: null,
        detail: `${kind.toLowerCase()} was due by ${job.deadline === 'ACKNOWLEDGEMENT' ? stage.acknowledgeBy : stage.respondBy}`,
      });
      tx.persist(newOutboxEvent('sla.alert', { ...alert, fire: 'DUE' }, now));
      tx.persist(newOutboxEvent('case.changed', caseChangedEvent(c, stage, 'SLA_BREACHED', { sla: kind }), now));
    },
  };
}

const ALREADY_RECORDED = 'the breach is already recorded';

/**
 * done: a reminder sent, a breach recorded or a progress update written; skipped, with why: a missing case, a stale
 * timer, a breach already recorded. `queue` plans the next progress update after one is written.
 */
export async function processSlaTimer(em: EntityManager, job: SlaTimerJob, now: Date, queue?: TimerQueue): Promise<JobOutcome> {
  if (job.deadline === 'PROGRESS_UPDATE') return processProgressUpdate(em, job, now, queue);
  const c = await em.findOne(Case, { id: job.caseId }, { populate: ['stages'] });
  if (!c) return skipped('case not found');
  if (!isStageTimer(job)) return processEnquiryTimer(em, c, job, now);
  const decision = decideStageTimer(c, job, now);
  if (!decision.write) return decision.outcome;
  try {
    await em.transactional(async (tx) => decision.write!(tx));
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return skipped(ALREADY_RECORDED);
    throw err;
  }
  if (decision.breach) breaches.inc({ kind: decision.breach });
  return decision.outcome;
}

/**
 * Acknowledgement and response timers fired together, decided on their cases read at once and written in one
 * transaction. Deadlines fall at the end of a working day, so a council's timers come due in bursts of hundreds; one
 * transaction each would record them seconds late. A breach recorded meanwhile elsewhere (another replica) fails the
 * whole transaction on its unique key: then each is recorded on its own, and that one is skipped as already recorded.
 */
export async function processStageTimers(em: EntityManager, jobs: readonly StageTimerJob[], now: Date): Promise<JobOutcome[]> {
  const ids = [...new Set(jobs.map((j) => j.caseId))];
  const cases = new Map(
    (await em.find(Case, { id: { $in: ids } }, { populate: ['stages', 'stages.breaches'] })).map((c) => [c.id, c] as const),
  );
  const decisions = jobs.map((job): TimerDecision => {
    const c = cases.get(job.caseId);
    return c ? decideStageTimer(c, job, now) : { outcome: skipped('case not found') };
  });
  const writes = decisions.filter((d) => d.write);
  if (!writes.length) return decisions.map((d) => d.outcome);
  try {
    await em.transactional(async (tx) => {
      for (const d of writes) d.write!(tx);
    });
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    return Promise.all(jobs.map((job) => processSlaTimer(em.fork(), job, now)));
  }
  for (const d of writes) if (d.breach) breaches.inc({ kind: d.breach });
  return decisions.map((d) => d.outcome);
}
