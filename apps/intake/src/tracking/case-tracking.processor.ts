import type { CaseChangedEvent, CaseOpenedEvent, JobOutcome } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import { CaseTracking } from './case-tracking.entity';

/**
 * case.opened / case.changed → the tracking row. Idempotent and order-safe: an event no newer than the
 * last one applied changes nothing.
 */
export async function applyCaseSnapshot(em: EntityManager, event: CaseOpenedEvent | CaseChangedEvent): Promise<JobOutcome> {
  const at = new Date(event.occurredAt);
  const existing = await em.findOne(CaseTracking, { reference: event.reference });
  if (existing && existing.lastEventAt.getTime() >= at.getTime())
    return { outcome: 'skipped', why: 'an event no older was already applied' };
  const row = existing ?? new CaseTracking();
  Object.assign(row, {
    reference: event.reference,
    caseId: event.caseId,
    councilId: event.councilId,
    status: event.status,
    stage: event.stage,
    stageName: event.stageName,
    acknowledgeBy: event.acknowledgeBy,
    respondBy: event.respondBy,
    outcome: 'outcome' in event ? event.outcome : null,
    lastEventAt: at,
  });
  em.persist(row);
  await em.flush();
  return { outcome: 'done' };
}
