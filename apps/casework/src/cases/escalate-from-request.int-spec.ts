import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { QUEUES } from '@redress/contracts';
import type { CaseEscalateJob } from '@redress/contracts';
import { OutboxEvent, createLogger, createQueue, createWorker } from '@redress/platform';
import type { CountedWorker, Redis, TypedQueue } from '@redress/platform';
import { caseworkTestbed } from '../testing/casework-testbed';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { Case } from './case.entity';
import { escalateFromRequest } from './escalate-from-request';
import { openCase } from './open-case';

jest.setTimeout(60_000);

const bed = caseworkTestbed('escalate-from-request');
let queue: TypedQueue<'escalations'>;
let events: QueueEvents;
let eventsConnection: Redis;
let worker: CountedWorker;
// The worker's clock: Wednesday 25 November 2026, before Stage 1's reply is due.
let now = new Date('2026-11-25T10:00:00Z');

beforeAll(async () => {
  const options = { connection: bed.redis, prefix: bed.isolation.queuePrefix };
  queue = createQueue(QUEUES.escalations, options);
  eventsConnection = bed.redis.duplicate();
  events = new QueueEvents(QUEUES.escalations, { connection: eventsConnection, prefix: bed.isolation.queuePrefix });
  await events.waitUntilReady();
  worker = createWorker(
    QUEUES.escalations,
    { 'case.escalate': (job) => escalateFromRequest(bed.orm.em.fork(), bed.timers, job, now) },
    { ...options, logger: createLogger('test', 'silent') },
  );
});
afterAll(async () => {
  await worker?.close();
  await events?.close();
  eventsConnection?.disconnect();
  await queue?.close();
});

async function openStage1(receivedAt: string): Promise<Case> {
  return openCase(bed.orm.em.fork(), newCaseOpenJob(receivedAt, { stage: 1 }), new Date(receivedAt));
}

const request = (c: Case, requestedAt: string): CaseEscalateJob => ({
  v: 1,
  eventId: randomUUID(),
  occurredAt: requestedAt,
  caseId: c.id,
  reference: c.reference,
  councilId: c.councilId,
  fromStage: 1,
  toStage: 2,
  reason: 'Nobody has replied',
  requestedAt,
  requestedBy: 'PUBLIC',
  requestedByName: 'The customer',
});

/** Delivers the job as the outbox relay does (job id = event id) and waits for the worker to finish it. */
async function deliver(job: CaseEscalateJob): Promise<unknown> {
  const added = await queue.add('case.escalate', job, { jobId: `evt-${job.eventId}`, attempts: 8 });
  return added.waitUntilFinished(events, 20_000);
}

const timelineOf = async (id: string) =>
  (await bed.orm.em.fork().findOneOrFail(Case, { id }, { populate: ['timeline'] })).timeline.getItems();

describe('a resident’s escalation request, delivered on the escalations queue', () => {
  it('refused by the policy: on the timeline with the reason, the resident told, the job completed at once', async () => {
    const c = await openStage1('2026-11-23T10:00:00Z');
    const job = request(c, '2026-11-25T09:00:00Z');
    const outcome = await deliver(job);
    expect(outcome).toEqual({ outcome: 'refused', code: 'CONFLICT', reason: expect.stringMatching(/has not replied yet/) });
    // The same request delivered again (a replayed event): its refusal is recorded once, the resident told once.
    expect(await deliver({ ...job, eventId: randomUUID() })).toEqual({
      outcome: 'skipped',
      why: 'refusal of this request already recorded',
    });
    expect(worker.outcomes['case.escalate']).toMatchObject({ refused: 1 });
    expect(await queue.getFailedCount()).toBe(0);

    const timeline = await timelineOf(c.id);
    const refusal = timeline.find((e) => e.type === 'ESCALATION_REFUSED');
    expect(refusal).toMatchObject({ actor: 'The customer', detail: expect.stringMatching(/Stage 1.*has not replied yet/) });
    const told = timeline.filter((e) => e.type === 'MESSAGE_TO_CUSTOMER').map((e) => e.detail);
    expect(told).toEqual([
      expect.stringMatching(/^To Jo Bloggs by email .*We cannot move your complaint on from Stage 1: .*has not replied yet/),
    ]);
    const fresh = await bed.orm.em.fork().findOneOrFail(Case, { id: c.id }, { populate: ['stages'] });
    expect([fresh.currentStage, fresh.status, fresh.stages.length]).toEqual([1, 'OPEN', 1]);
    const changed = await bed.orm.em.fork().find(OutboxEvent, { type: 'case.changed' });
    expect(
      changed
        .map((e) => e.payload as { caseId: string; change: string })
        .filter((p) => p.caseId === c.id)
        .map((p) => p.change),
    ).toEqual(['ESCALATION_REFUSED']);
  });

  it('allowed once the deadline has passed: the next stage opens, and a second delivery changes nothing', async () => {
    const c = await openStage1('2026-11-02T10:00:00Z');
    now = new Date('2026-11-25T10:00:00Z');
    const job = request(c, '2026-11-24T09:00:00Z');
    expect(await deliver(job)).toEqual({ outcome: 'done' });
    expect(await deliver({ ...job, eventId: randomUUID() })).toEqual({ outcome: 'skipped', why: 'case already moved on from stage 1' });
    const fresh = await bed.orm.em.fork().findOneOrFail(Case, { id: c.id }, { populate: ['stages'] });
    expect([fresh.currentStage, fresh.stages.length]).toEqual([2, 2]);
    expect((await timelineOf(c.id)).filter((e) => e.type === 'ESCALATED')).toHaveLength(1);
  });

  it('a case that does not exist is skipped, not retried', async () => {
    const ghost = { ...request({ id: randomUUID(), reference: 'HDC-2026-999999', councilId: 'hart' } as Case, '2026-11-24T09:00:00Z') };
    expect(await deliver(ghost)).toEqual({ outcome: 'skipped', why: 'case not found' });
  });
});
