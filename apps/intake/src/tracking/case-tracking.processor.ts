import type { CaseChangedEvent, CaseOpenedEvent } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import { CaseTracking } from './case-tracking.entity';

/**
 * case.opened / case.changed → the tracking row. Idempotent and order-safe: an event no newer than the
 * last one applied changes nothing.
 */
export async function applyCaseSnapshot(em: EntityManager, event: CaseOpenedEvent | CaseChangedEvent): Promise<void> {
  const at = new Date(event.occurredAt);
  const existing = await em.findOne(CaseTracking, { reference: event.reference });
  if (existing && existing.lastEventAt.getTime() >= at.getTime()) return;
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
}
