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

/**
 * done: a reminder sent, a breach recorded or a progress update written; skipped, with why: a missing case, a stale
 * timer, a breach already recorded. `queue` plans the next progress update after one is written.
 */
export async function processSlaTimer(em: EntityManager, job: SlaTimerJob, now: Date, queue?: TimerQueue): Promise<JobOutcome> {
  if (job.deadline === 'PROGRESS_UPDATE') return processProgressUpdate(em, job, now, queue);
  const c = await em.findOne(Case, { id: job.caseId }, { populate: ['stages'] });
  if (!c) return skipped('case not found');
  if (job.deadline === 'OMBUDSMAN_ENQUIRY') return processEnquiryTimer(em, c, job, now);
  const stage = c.stages.getItems().find((s) => s.number === job.stage);
  if (!stage) return skipped(`stage ${job.stage} not found on the case`);
  const due = liveDueAt(c, stage, job);
  if (typeof due === 'string') return skipped(due);
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
    await em.transactional(async (tx) => {
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
    });
    return done;
  }
  if (now.getTime() < due.getTime()) return skipped(FIRED_EARLY);
  try {
    await em.transactional(async (tx) => {
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
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return skipped('the breach is already recorded');
    throw err;
  }
  breaches.inc({ kind });
  return done;
}
