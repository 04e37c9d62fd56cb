import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { EVENT_ROUTES, eventJobId } from '@redress/contracts';
import type { JobMap, OutboxJobName, QueueName } from '@redress/contracts';
import type { Queue } from 'bullmq';
import type { Logger } from './logger';
import { indexSql, schemaOf } from './orm';

/** An event written in the same transaction as the change it reports; the relay publishes it later. */
@Entity({ tableName: 'outbox_event' })
@Index({ name: 'outbox_event_unpublished_idx', expression: indexSql('"occurred_at"', '"published_at" is null') })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 64 })
  type!: OutboxJobName;

  @Property({ type: 'json' })
  payload!: object;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;
}

export type EventBody<J extends OutboxJobName> = Omit<JobMap[J], 'v' | 'eventId' | 'occurredAt'>;

export function newOutboxEvent<J extends OutboxJobName>(type: J, body: EventBody<J>, now: Date): OutboxEvent {
  const event = new OutboxEvent();
  event.id = randomUUID();
  event.type = type;
  event.occurredAt = now;
  event.payload = { v: 1, eventId: event.id, occurredAt: now.toISOString(), ...body };
  return event;
}

/**
 * Published events are transport, not record: an accepted complaint's event carries the complainant's contact
 * details, so rows published before `before` are deleted (the retention sweep calls this). Returns how many.
 */
export async function purgePublishedOutbox(em: EntityManager, before: Date): Promise<number> {
  const res = await em
    .getConnection()
    .execute(`delete from "${schemaOf(em)}"."outbox_event" where "published_at" is not null and "published_at" < ?`, [before], 'run');
  return (res as { affectedRows?: number }).affectedRows ?? 0;
}

/** DDL for a service's outbox table; each service's first migration calls it for its own schema. */
export const outboxTableSql = (schema: string): string[] => [
  `create table "${schema}"."outbox_event" ("id" uuid primary key, "type" varchar(64) not null, "payload" jsonb not null, ` +
    '"occurred_at" timestamptz not null, "published_at" timestamptz null)',
  `create index "outbox_event_unpublished_idx" on "${schema}"."outbox_event" ("occurred_at") where "published_at" is null`,
];

export interface OutboxRelayOptions {
  orm: MikroORM;
  schema: string;
  queues: ReadonlyMap<QueueName, Queue>;
  logger: Logger;
  pollMs: number;
  batchSize?: number;
}

/**
 * Publishes unpublished outbox rows to their queues with job id = event id, so a retry never duplicates a
 * job still held; consumers are idempotent for the rest. Replicas share the work through SKIP LOCKED.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: OutboxRelayOptions) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.options.pollMs);
    this.nudge();
  }

  /** Ask for a publish round now (after a commit); rounds never overlap. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((err: Error) => this.options.logger.error({ err: err.message }, 'outbox relay round failed; will retry'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.publishBatch();
      total += n;
      if (n < (this.options.batchSize ?? 100)) return total;
    }
  }

  private async publishBatch(): Promise<number> {
    const { orm, schema, queues } = this.options;
    const knex = orm.em.getConnection().getKnex();
    return knex.transaction(async (trx) => {
      const rows: { id: string; type: OutboxJobName; payload: object }[] = await trx
        .withSchema(schema)
        .select('id', 'type', 'payload')
        .from('outbox_event')
        .whereNull('published_at')
        .orderBy('occurred_at')
        .limit(this.options.batchSize ?? 100)
        .forUpdate()
        .skipLocked();
      for (const row of rows) {
        for (const queueName of EVENT_ROUTES[row.type]) {
          const queue = queues.get(queueName);
          if (!queue) throw new Error(`outbox relay has no queue ${queueName} for ${row.type}`);
          await queue.add(row.type, row.payload, { jobId: eventJobId(row.id) });
        }
      }
      if (rows.length) {
        await trx
          .withSchema(schema)
          .table('outbox_event')
          .whereIn(
            'id',
            rows.map((r) => r.id),
          )
          .update({ published_at: new Date() });
      }
      return rows.length;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
