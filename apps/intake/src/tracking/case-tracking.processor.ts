import type { CaseChangedEvent, CaseOpenedEvent, CaseRespondedEvent, JobOutcome } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import { CaseTracking } from './case-tracking.entity';

/**
 * case.opened / case.changed → the tracking row. Idempotent and order-safe: an event no newer than the
 * last one applied changes nothing. The outcome, reasons and remedies are the latest response's (case.responded),
 * so a draft awaiting sign-off never reaches the resident.
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
    lastEventAt: at,
  });
  em.persist(row);
  await em.flush();
  return { outcome: 'done' };
}

/**
 * case.responded → the latest response on the tracking row: its stage, outcome, reasons and remedies. Idempotent and
 * order-safe: a response no later than the one held changes nothing. The row exists (casework opened the case, and
 * its case.opened came first on this queue); if it does not yet, the job fails and is retried.
 */
export async function applyCaseResponse(em: EntityManager, event: CaseRespondedEvent): Promise<JobOutcome> {
  const row = await em.findOne(CaseTracking, { reference: event.reference });
  if (!row) throw new Error(`no tracking row yet for case ${event.caseId}`);
  const at = new Date(event.respondedAt);
  if (row.respondedAt && row.respondedAt.getTime() >= at.getTime()) return { outcome: 'skipped', why: 'a response no older is held' };
  Object.assign(row, {
    responseStage: event.stage,
    responseStageName: event.stageName,
    respondedAt: at,
    outcome: event.outcome,
    findings: event.findings,
    remedies: [...event.remedies],
  });
  await em.flush();
  return { outcome: 'done' };
}
