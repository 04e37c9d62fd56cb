import { EVENT_ROUTES, QUEUES } from '@redress/contracts';
import type { OutboxJobName, QueueName } from '@redress/contracts';
import type { MikroORM } from '@redress/platform';

/**
 * What a consumer does with one event: the same function the service's worker runs for that queue. `key` names the
 * case (or submission) the event belongs to: events with one key are delivered one after another, in order.
 */
export type Consumer = (type: OutboxJobName, payload: Record<string, unknown>, key: string) => Promise<void>;

/** The queues whose consumers history runs: the case opener, reporting's read model, intake's tracking. */
export type ConsumedQueue = typeof QUEUES.caseIntake | typeof QUEUES.reportingEvents | typeof QUEUES.intakeCaseStatus;
export type Consumers = Readonly<Record<ConsumedQueue, Consumer>>;

/**
 * Every queue, and what history does with the events routed to it. A consumer delivers them in process to the
 * function the service's worker runs; DROP marks them published without delivery (historical messages to residents
 * and staff alerts: nobody should be emailed today about a complaint of 2024). Typed over every queue, so that a
 * queue added to libs/contracts has to be decided on here.
 */
export type Routing = Readonly<Record<QueueName, Consumer | 'DROP'>>;

export interface RelayCounts {
  delivered: Partial<Record<QueueName, number>>;
  dropped: Partial<Record<QueueName, number>>;
  events: number;
}

const refuse =
  (queue: QueueName): Consumer =>
  async (type) => {
    throw new Error(`history does not expect ${type} on ${queue}`);
  };

/** Where each queue's events go in history: the consumers the services' workers run, or nowhere (and why). */
export function historyRouting(consumers: Consumers): Routing {
  return {
    ...consumers,
    // Timers and alerts of the past: the stories fire the deadlines they miss; nobody is told today of 2024's alerts.
    [QUEUES.slaTimers]: 'DROP',
    [QUEUES.slaAlerts]: 'DROP',
    // Residents' messages (receipts, acknowledgements, responses) of past years are not sent now; nor staff alert mail.
    [QUEUES.notifications]: 'DROP',
    [QUEUES.messageOutcomes]: 'DROP',
    [QUEUES.messageRecords]: 'DROP',
    // Compliments and comments alert their Head of Service when they arrive: years-old alerts would bury today's.
    [QUEUES.feedback]: 'DROP',
    // Consumed by the councils' own service systems, outside Redress.
    [QUEUES.serviceRequests]: 'DROP',
    // History asks for no escalation through intake and erases nobody: an event there would be a fault.
    [QUEUES.escalations]: refuse(QUEUES.escalations),
    [QUEUES.dataProtection]: refuse(QUEUES.dataProtection),
  };
}

interface Row {
  id: string;
  type: OutboxJobName;
  payload: Record<string, unknown>;
}

/** The events of one case (or one submission) must reach each consumer in order; different cases need not wait. */
const partitionOf = (row: Row): string => {
  const p = row.payload;
  const submission = p.submission as { submissionId?: string } | undefined;
  return String(p.caseId ?? submission?.submissionId ?? p.submissionId ?? row.id);
};

async function inParallel<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(width, items.length)) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

/**
 * The outbox relay, in process: reads a service's unpublished outbox rows in the order they occurred (as
 * `OutboxRelay` does), routes each by `EVENT_ROUTES` to the consumer of each of its queues, and marks the rows
 * published. BullMQ is the transport the running platform uses between these same two ends; here the consumer is
 * called directly, the events of each case in order and different cases side by side, which is what lets years of
 * history be built in a couple of minutes. Returns what went where.
 */
export async function relayOutbox(
  orm: MikroORM,
  schema: string,
  routing: Routing,
  options: { concurrency: number; pageSize?: number },
): Promise<RelayCounts> {
  const knex = orm.em.getConnection().getKnex();
  const counts: RelayCounts = { delivered: {}, dropped: {}, events: 0 };
  for (;;) {
    const rows: Row[] = await knex
      .withSchema(schema)
      .select('id', 'type', 'payload')
      .from('outbox_event')
      .whereNull('published_at')
      .orderBy([{ column: 'occurred_at' }, { column: 'id' }])
      .limit(options.pageSize ?? 5000);
    if (!rows.length) return counts;
    const partitions = new Map<string, Row[]>();
    for (const row of rows) {
      const key = partitionOf(row);
      const list = partitions.get(key);
      if (list) list.push(row);
      else partitions.set(key, [row]);
    }
    await inParallel([...partitions], options.concurrency, async ([key, events]) => {
      for (const row of events) await deliver(row, key, routing, counts);
    });
    await knex
      .withSchema(schema)
      .table('outbox_event')
      .whereIn(
        'id',
        rows.map((r) => r.id),
      )
      .update({ published_at: new Date() });
    counts.events += rows.length;
  }
}

async function deliver(row: Row, key: string, routing: Routing, counts: RelayCounts): Promise<void> {
  await Promise.all(
    EVENT_ROUTES[row.type].map(async (queue) => {
      const consumer = routing[queue];
      if (consumer === 'DROP') {
        counts.dropped[queue] = (counts.dropped[queue] ?? 0) + 1;
        return;
      }
      await consumer(row.type, row.payload, key);
      counts.delivered[queue] = (counts.delivered[queue] ?? 0) + 1;
    }),
  );
}
