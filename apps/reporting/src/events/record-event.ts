import { londonDate } from '@redress/policy';
import type { JobMap } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';

type ReportingJob = 'submission.received' | 'case.opened' | 'case.changed';
type Knex = ReturnType<ReturnType<EntityManager['getConnection']>['getKnex']>;

/** Projection of one event into the read model (also used by replay). */
const PROJECTIONS: { [J in ReportingJob]: (trx: Knex, schema: string, e: JobMap[J]) => Promise<unknown> } = {
  'submission.received': (trx, schema, e) =>
    trx.withSchema(schema).table('received_item').insert({
      submission_id: e.submissionId,
      council_id: e.councilId,
      reference: e.reference,
      kind: e.kind,
      channel: e.channel,
      service_area: e.serviceArea,
      matter: e.matter,
      intake_outcome: e.outcome,
      received_at: e.receivedAt,
      received_date: londonDate(new Date(e.receivedAt)),
    }).onConflict('submission_id').ignore(),
  'case.opened': (trx, schema, e) =>
    trx.withSchema(schema).table('case_fact').insert({
      case_id: e.caseId,
      submission_id: e.submissionId,
      council_id: e.councilId,
      reference: e.reference,
      kind: e.kind,
      service_area: e.serviceArea,
      status: e.status,
      stage: e.stage,
      opened_at: e.occurredAt,
      received_date: londonDate(new Date(e.receivedAt)),
    }).onConflict('case_id').ignore(),
  'case.changed': (trx, schema, e) =>
    trx.withSchema(schema).table('case_fact').where('case_id', e.caseId).update({ status: e.status, stage: e.stage }),
};

/**
 * Appends the event to the log and applies its projection in one transaction. Idempotent by event id:
 * a redelivered event is already in the log and changes nothing.
 */
export async function recordEvent<J extends ReportingJob>(em: EntityManager, schema: string, type: J, event: JobMap[J], now: Date): Promise<boolean> {
  const knex = em.getConnection().getKnex();
  return knex.transaction(async (trx) => {
    const inserted = await trx
      .withSchema(schema)
      .table('event_log')
      .insert({ event_id: event.eventId, type, payload: JSON.stringify(event), occurred_at: event.occurredAt, recorded_at: now })
      .onConflict('event_id')
      .ignore()
      .returning('event_id');
    if (inserted.length === 0) return false;
    await (PROJECTIONS[type] as (trx: Knex, schema: string, e: JobMap[J]) => Promise<unknown>)(trx, schema, event);
    return true;
  });
}
