import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { SlaKind } from '@redress/policy';
import type { SlaTimerJob } from '@redress/contracts';
import { newOutboxEvent } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import type { CaseStage } from '../cases/case.entity';
import { Case, CaseEvent, SlaBreach } from '../cases/case.entity';
import { caseChangedEvent } from '../cases/case-events';

export type TimerOutcome = 'STALE' | 'REMINDED' | 'BREACHED' | 'ALREADY_RECORDED';

/** The stored due instant the timer is for, or null when that deadline is met, moved or paused. */
function liveDueAt(c: Case, stage: CaseStage, job: SlaTimerJob): Date | null {
  if (c.currentStage !== job.stage || stage.heldSince || c.status === 'CLOSED' || c.status === 'WITH_OMBUDSMAN') return null;
  const ack = job.deadline === 'ACKNOWLEDGEMENT';
  if (ack ? stage.acknowledgedAt : stage.respondedAt) return null;
  const due = ack ? stage.acknowledgeDueAt : stage.respondDueAt;
  return due.getTime() === Date.parse(job.dueAt) ? due : null;
}

/**
 * A timer fired: re-read the case and decide again. A stale timer (deadline met, moved, on hold, stage
 * changed) does nothing. A real breach is recorded once on the stage, goes on the timeline, and is put on
 * sla-alerts for the handler's manager; a reminder alerts the handler. Never moves the case.
 */
/** The council's answer to an Ombudsman enquiry: reminded, then chased to the complaints coordinator once. */
async function processEnquiryTimer(em: EntityManager, c: Case, job: SlaTimerJob, now: Date): Promise<TimerOutcome> {
  const live = c.status === 'WITH_OMBUDSMAN' && !c.ombudsmanEnquiryAnsweredAt && c.ombudsmanEnquiryDueAt?.getTime() === Date.parse(job.dueAt);
  if (!live) return 'STALE';
  if (job.fire === 'DUE' && (c.ombudsmanEnquiryOverdueAt || now.getTime() < Date.parse(job.dueAt))) return c.ombudsmanEnquiryOverdueAt ? 'ALREADY_RECORDED' : 'STALE';
  const alert = { caseId: c.id, reference: c.reference, councilId: c.councilId, stage: c.currentStage, deadline: job.deadline, dueAt: job.dueAt, assigneeId: c.assigneeId, fire: job.fire };
  await em.transactional(async (tx) => {
    if (job.fire === 'DUE') c.ombudsmanEnquiryOverdueAt = now;
    tx.create(CaseEvent, {
      case: c,
      at: now,
      type: job.fire === 'DUE' ? 'OMBUDSMAN_ENQUIRY_OVERDUE' : 'OMBUDSMAN_ENQUIRY_REMINDER',
      actor: null,
      detail: `The answer to the Ombudsman's enquiry (${c.ombudsmanReference}) ${job.fire === 'DUE' ? 'was' : 'is'} due by ${c.ombudsmanEnquiryRespondBy}`,
    });
    tx.persist(newOutboxEvent('sla.alert', alert, now));
  });
  return job.fire === 'DUE' ? 'BREACHED' : 'REMINDED';
}

export async function processSlaTimer(em: EntityManager, job: SlaTimerJob, now: Date): Promise<TimerOutcome> {
  const c = await em.findOne(Case, { id: job.caseId }, { populate: ['stages'] });
  if (c && job.deadline === 'OMBUDSMAN_ENQUIRY') return processEnquiryTimer(em, c, job, now);
  const stage = c?.stages.getItems().find((s) => s.number === job.stage);
  if (!c || !stage) return 'STALE';
  const due = liveDueAt(c, stage, job);
  if (!due) return 'STALE';
  const kind = job.deadline === 'ACKNOWLEDGEMENT' ? SlaKind.ACKNOWLEDGEMENT : SlaKind.RESPONSE;
  const alert = { caseId: c.id, reference: c.reference, councilId: c.councilId, stage: stage.number, deadline: job.deadline, dueAt: job.dueAt, assigneeId: c.assigneeId };
  if (job.fire === 'REMINDER') {
    await em.transactional(async (tx) => {
      tx.create(CaseEvent, { case: c, at: now, type: 'SLA_REMINDER', actor: null, detail: `${kind.toLowerCase()} due by ${job.deadline === 'ACKNOWLEDGEMENT' ? stage.acknowledgeBy : stage.respondBy}` });
      tx.persist(newOutboxEvent('sla.alert', { ...alert, fire: 'REMINDER' }, now));
    });
    return 'REMINDED';
  }
  if (now.getTime() < due.getTime()) return 'STALE'; // fired early (a clock skew): the DUE job stays scheduled by the reconciler
  try {
    await em.transactional(async (tx) => {
      tx.create(SlaBreach, { id: randomUUID(), stage, kind, dueAt: due, detectedAt: now });
      tx.create(CaseEvent, { case: c, at: now, type: 'SLA_BREACHED', actor: null, detail: `${kind.toLowerCase()} was due by ${job.deadline === 'ACKNOWLEDGEMENT' ? stage.acknowledgeBy : stage.respondBy}` });
      tx.persist(newOutboxEvent('sla.alert', { ...alert, fire: 'DUE' }, now));
      tx.persist(newOutboxEvent('case.changed', caseChangedEvent(c, stage, 'SLA_BREACHED', { sla: kind }), now));
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return 'ALREADY_RECORDED';
    throw err;
  }
  return 'BREACHED';
}
