import type { CaseEscalateJob } from '@redress/contracts';
import { AppError } from '@redress/platform';
import type { EntityManager, Logger } from '@redress/platform';
import type { TimerQueue } from '../timers/case-timers';
import { Case, CaseEvent } from './case.entity';
import { CASE_POPULATE, applyCaseChange } from './case-command';
import { escalateCase } from './escalate-case';

/**
 * case.escalate from the escalations queue. Idempotent: a case no longer at the stage the request was made
 * from has already moved, and the job does nothing. A request casework refuses (intake's projection was
 * behind) goes on the timeline rather than being retried forever.
 */
export async function escalateFromRequest(em: EntityManager, timers: TimerQueue, job: CaseEscalateJob, now: Date, logger?: Logger): Promise<'ESCALATED' | 'ALREADY_MOVED' | 'REFUSED'> {
  const c = await em.findOne(Case, { id: job.caseId }, { populate: CASE_POPULATE });
  if (!c || c.currentStage !== job.fromStage) return 'ALREADY_MOVED';
  try {
    await applyCaseChange(em, timers, c, { name: job.requestedByName, staff: null }, now, (scope) => escalateCase(scope, job.reason, new Date(job.requestedAt)));
    return 'ESCALATED';
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    logger?.warn({ caseId: c.id, code: err.code }, 'escalation request refused by casework');
    const fresh = em.fork();
    fresh.create(CaseEvent, { case: fresh.getReference(Case, c.id), at: now, type: 'ESCALATION_REFUSED', actor: job.requestedByName, detail: err.message });
    await fresh.flush();
    return 'REFUSED';
  }
}
