import type { JobMap } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import { PROJECTIONS, PROJECTION_TABLES } from './projections';
import type { Knex, ReportingJob } from './projections';

const project = <J extends ReportingJob>(trx: Knex, schema: string, type: J, event: JobMap[J]) =>
  (PROJECTIONS[type] as (trx: Knex, schema: string, e: JobMap[J]) => Promise<void>)(trx, schema, event);

/**
 * Appends the event to the log and applies its projection in one transaction. Idempotent by event id:
 * a redelivered event is already in the log and changes nothing.
 */
export async function recordEvent<J extends ReportingJob>(
  em: EntityManager,
  schema: string,
  type: J,
  event: JobMap[J],
  now: Date,
): Promise<boolean> {
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
    await project(trx, schema, type, event);
    return true;
  });
}

/** Throws the projections away and rebuilds them by replaying the event log in order. */
export async function rebuildProjections(em: EntityManager, schema: string): Promise<number> {
  const knex = em.getConnection().getKnex();
  return knex.transaction(async (trx) => {
    for (const table of PROJECTION_TABLES) await trx.withSchema(schema).table(table).delete();
    const events: { type: ReportingJob; payload: JobMap[ReportingJob] }[] = await trx
      .withSchema(schema)
      .from('event_log')
      .select('type', 'payload')
      .orderBy([{ column: 'occurred_at' }, { column: 'recorded_at' }]);
    for (const e of events) await project(trx, schema, e.type, e.payload);
    return events.length;
  });
}
