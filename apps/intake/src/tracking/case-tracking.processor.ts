import type { CaseOpenedEvent } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import { CaseTracking } from './case-tracking.entity';

/** case.opened → the tracking row. Idempotent: an event older than what is stored changes nothing. */
export async function applyCaseOpened(em: EntityManager, event: CaseOpenedEvent): Promise<void> {
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
    lastEventAt: at,
  });
  em.persist(row);
  await em.flush();
}
