import type { CaseEscalateJob, JobOutcome } from '@redress/contracts';
import { isCodedError } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import type { TimerQueue } from '../timers/case-timers';
import { Case } from './case.entity';
import { CASE_POPULATE, applyCaseChange, recordRefusal } from './case-command';
import type { Actor } from './case-command';
import { escalateCase } from './escalate-case';

/**
 * case.escalate from the escalations queue: the resident's request (checked by intake against its reference
 * and email, or passed on by the contact centre), decided by the case machine as the complainant asking, on
 * the date it was made. Idempotent: a case no longer at the stage the request was made from has already moved.
 * A request the policy refuses (intake's projection was behind) is recorded on the timeline with the reason,
 * and the resident is told; the job completes, because asking again cannot change the answer.
 */
export async function escalateFromRequest(em: EntityManager, timers: TimerQueue, job: CaseEscalateJob, now: Date): Promise<JobOutcome> {
  const c = await em.findOne(Case, { id: job.caseId }, { populate: CASE_POPULATE });
  if (!c) return { outcome: 'skipped', why: 'case not found' };
  if (c.currentStage !== job.fromStage) return { outcome: 'skipped', why: `case already moved on from stage ${job.fromStage}` };
  const requestedAt = new Date(job.requestedAt);
  const actor: Actor = { name: job.requestedByName, staff: null, asks: { id: job.requestedBy, roles: [], kind: 'COMPLAINANT' } };
  try {
    await applyCaseChange(em, timers, c, actor, now, { action: 'ESCALATE', requestedAt }, (scope) =>
      escalateCase(scope, job.reason, requestedAt),
    );
    return { outcome: 'done' };
  } catch (err) {
    if (!isCodedError(err)) throw err;
    const recorded = await recordRefusal(em.fork(), c.id, actor, 'ESCALATION_REFUSED', err.message, requestedAt, now);
    if (recorded === 'ALREADY_RECORDED') return { outcome: 'skipped', why: 'refusal of this request already recorded' };
    return { outcome: 'refused', code: err.code, reason: err.message };
  }
}
