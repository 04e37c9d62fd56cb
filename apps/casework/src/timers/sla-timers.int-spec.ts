import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { SlaKind, reminderAt } from '@redress/policy';
import type { JobOutcome, SlaAlertJob, SlaTimerJob } from '@redress/contracts';
import { QUEUES, timerJobId } from '@redress/contracts';
import { OutboxEvent, createLogger, createQueue, createRedis } from '@redress/platform';
import { isolate, startPrivateRedis } from '@redress/platform/testing';
import type { MikroORM, Redis } from '@redress/platform';
import { createCaseworkOrm } from '../casework.orm';
import { Case, SlaBreach } from '../cases/case.entity';
import { StaffAlert } from '../alerts/staff-alert.entity';
import { toCaseView } from '../cases/case.mapper';
import { openCase } from '../cases/open-case';
import { CASE_POPULATE } from '../cases/case-command';
import { plannedTimers, scheduleTimers } from './case-timers';
import type { TimerQueue } from './case-timers';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { reconcileTimers } from './reconcile-timers';
import { processSlaTimer, processStageTimers } from './sla-timer.processor';
import { deliverSlaAlert } from './sla-alert.processor';

jest.setTimeout(60_000);

const isolation = isolate('sla-timers');
let orm: MikroORM;
let redis: Redis;
let privateRedis: { url: string; stop: () => Promise<void> };
let queue: TimerQueue;

beforeAll(async () => {
  orm = await createCaseworkOrm(isolation.config('casework'), createLogger('test', 'silent'));
  privateRedis = await startPrivateRedis();
  redis = createRedis(privateRedis.url);
  queue = createQueue(QUEUES.slaTimers, { connection: redis, prefix: isolation.queuePrefix });
});
afterAll(async () => {
  await queue?.close();
  redis?.disconnect();
  await privateRedis?.stop();
  await orm?.close();
  await isolation.cleanup();
});

const caseOpen = (receivedAt: string) => newCaseOpenJob(receivedAt);
const skipped = (why: string): JobOutcome => ({ outcome: 'skipped', why });
const describeOutcome = (o: JobOutcome): string => (o.outcome === 'skipped' ? `skipped (${o.why})` : o.outcome);

async function open(receivedAt: string, now: Date): Promise<Case> {
  const c = await openCase(orm.em.fork(), caseOpen(receivedAt), now);
  await scheduleTimers(
    queue,
    c.stages.getItems().flatMap((s) => plannedTimers(c, s)),
    now,
  );
  return c;
}

/** Runs every timer job whose moment has come (as the worker would), without waiting for BullMQ's clock. */
async function drainDueTimers(caseId: string, now: Date): Promise<string[]> {
  const jobs = (await queue.getJobs(['wait', 'delayed', 'prioritized'])) as Job<SlaTimerJob>[];
  const fireAt = (t: SlaTimerJob) => (t.fire === 'REMINDER' ? reminderAt(new Date(t.dueAt)) : new Date(t.dueAt)).getTime();
  const due = jobs.filter((j) => j.name === 'sla.timer' && j.data.caseId === caseId && fireAt(j.data) <= now.getTime());
  const outcomes: string[] = [];
  for (const j of due) {
    outcomes.push(`${j.data.deadline}/${j.data.fire}: ${describeOutcome(await processSlaTimer(orm.em.fork(), j.data, now))}`);
    await j.remove();
  }
  return outcomes.sort();
}

const view = async (id: string, now: Date) => toCaseView(await orm.em.fork().findOneOrFail(Case, { id }, { populate: CASE_POPULATE }), now);

describe("SLA timers (real PostgreSQL, a Redis of the test's own)", () => {
  it('records the breaches of a case received months ago and never acknowledged as soon as it is opened', async () => {
    const now = new Date();
    const c = await open('2026-03-02T10:00:00Z', now);
    // The due triggers of deadlines already past have no delay; past reminders are not sent.
    expect(await drainDueTimers(c.id, now)).toEqual(['ACKNOWLEDGEMENT/DUE: done', 'RESPONSE/DUE: done']);
    const v = await view(c.id, now);
    expect(v.overdue).toBe(true);
    expect(v.stage.breaches.map((b) => b.kind).sort()).toEqual(['ACKNOWLEDGEMENT', 'RESPONSE']);
    expect(v.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['SLA_BREACHED']));
  });

  it('records a breach once however often its timer fires, and alerts once', async () => {
    const now = new Date();
    const c = await open('2026-03-02T10:00:00Z', now);
    const stage = c.stages.getItems()[0];
    const due: SlaTimerJob = {
      v: 1,
      caseId: c.id,
      stage: stage.number,
      deadline: 'RESPONSE',
      fire: 'DUE',
      dueAt: stage.respondDueAt.toISOString(),
    };
    expect(await processSlaTimer(orm.em.fork(), due, now)).toEqual({ outcome: 'done' });
    expect(await processSlaTimer(orm.em.fork(), due, now)).toEqual(skipped('the breach is already recorded'));
    const em = orm.em.fork();
    expect(await em.count(SlaBreach, { stage: { case: c.id }, kind: SlaKind.RESPONSE })).toBe(1);
    const alerts = (await em.find(OutboxEvent, { type: 'sla.alert' })).filter(
      (e) => (e.payload as { caseId: string; deadline: string; fire: string }).caseId === c.id,
    );
    expect(
      alerts.filter(
        (a) => (a.payload as { deadline: string; fire: string }).deadline === 'RESPONSE' && (a.payload as { fire: string }).fire === 'DUE',
      ),
    ).toHaveLength(1);
  });

  it('does nothing when a timer is stale: the deadline was met or moved since it was set', async () => {
    const opened = new Date('2026-11-23T10:00:00Z');
    const c = await open('2026-11-23T10:00:00Z', opened);
    const stage = c.stages.getItems()[0];
    const ackDue: SlaTimerJob = {
      v: 1,
      caseId: c.id,
      stage: stage.number,
      deadline: 'ACKNOWLEDGEMENT',
      fire: 'DUE',
      dueAt: stage.acknowledgeDueAt.toISOString(),
    };
    const em = orm.em.fork();
    const loaded = await em.findOneOrFail(Case, { id: c.id }, { populate: ['stages'] });
    loaded.stages.getItems()[0].acknowledgedAt = opened;
    await em.flush();
    const later = new Date(stage.acknowledgeDueAt.getTime() + 1000);
    expect(await processSlaTimer(orm.em.fork(), ackDue, later)).toEqual(skipped('stale: the acknowledgement was made'));
    const moved: SlaTimerJob = {
      v: 1,
      caseId: c.id,
      stage: stage.number,
      deadline: 'RESPONSE',
      fire: 'DUE',
      dueAt: new Date(stage.respondDueAt.getTime() - 86_400_000).toISOString(),
    };
    expect(await processSlaTimer(orm.em.fork(), moved, later)).toEqual(skipped('stale: the deadline has moved'));
    expect(await orm.em.fork().count(SlaBreach, { stage: { case: c.id } })).toBe(0);
  });

  it('rebuilds every timer from PostgreSQL after Redis is wiped', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const c = await open('2026-11-23T10:00:00Z', now);
    const expected = plannedTimers(c, c.stages.getItems()[0])
      .map((t) => timerJobId(t.job))
      .sort();
    expect(expected).toHaveLength(4); // reminder and due, for acknowledgement and response
    await redis.flushall();
    expect(await queue.getJob(expected[0])).toBeUndefined();
    await reconcileTimers(orm.em.fork(), queue, now);
    for (const id of expected) expect(await queue.getJob(id)).toBeDefined();
  });

  it("chases the council's answer to an Ombudsman enquiry to the complaints coordinator, once, and stops when it is answered", async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const c = await open('2026-11-02T10:00:00Z', now);
    const em = orm.em.fork();
    const loaded = await em.findOneOrFail(Case, { id: c.id }, { populate: ['stages', 'stages.breaches'] });
    Object.assign(loaded, {
      status: 'WITH_OMBUDSMAN',
      ombudsmanReference: '26 000 111',
      ombudsmanEnquiryRespondBy: '2026-11-20',
      ombudsmanEnquiryDueAt: new Date('2026-11-20T23:59:59.999Z'),
    });
    await em.flush();
    const planned = plannedTimers(loaded, loaded.stages.getItems()[0]);
    expect(planned.map((t) => `${t.job.deadline}/${t.job.fire}`)).toEqual(['OMBUDSMAN_ENQUIRY/REMINDER', 'OMBUDSMAN_ENQUIRY/DUE']);
    const due = planned[1].job;
    expect(await processSlaTimer(orm.em.fork(), due, now)).toEqual({ outcome: 'done' });
    expect(await processSlaTimer(orm.em.fork(), due, now)).toEqual(skipped('the overdue enquiry is already recorded'));
    const alert = (await orm.em.fork().find(OutboxEvent, { type: 'sla.alert' }))
      .map((e) => e.payload as SlaAlertJob)
      .find((a) => a.caseId === c.id && a.deadline === 'OMBUDSMAN_ENQUIRY')!;
    expect(await deliverSlaAlert(orm.em.fork(), alert, now)).toEqual({ outcome: 'done' });
    expect((await orm.em.fork().findOneOrFail(StaffAlert, { dedupeKey: alert.eventId })).recipientId).toBe('hart-coordinator');
    const answered = await orm.em.fork().findOneOrFail(Case, { id: c.id });
    answered.ombudsmanEnquiryAnsweredAt = now;
    await orm.em.fork().persistAndFlush(answered);
    const reminder = await processSlaTimer(orm.em.fork(), { ...due, fire: 'REMINDER' }, now);
    expect(reminder).toEqual(skipped('stale: the enquiry was answered or its deadline moved'));
  });

  it('skips a timer whose case is gone, saying so', async () => {
    const now = new Date('2026-07-17T09:00:00Z');
    const job: SlaTimerJob = { v: 1, caseId: randomUUID(), stage: 1, deadline: 'RESPONSE', fire: 'DUE', dueAt: '2026-07-16T22:59:59.999Z' };
    expect(await processSlaTimer(orm.em.fork(), job, now)).toEqual(skipped('case not found'));
    expect(await processSlaTimer(orm.em.fork(), { ...job, deadline: 'OMBUDSMAN_ENQUIRY' }, now)).toEqual(skipped('case not found'));
  });

  it('alerts the handler, their manager or the coordinator; skipped, not null, with no coordinator', async () => {
    const now = new Date('2026-07-17T09:00:00Z');
    const base: SlaAlertJob = {
      v: 1,
      eventId: randomUUID(),
      occurredAt: now.toISOString(),
      caseId: randomUUID(),
      reference: 'HDC-2026-000001',
      councilId: 'hart',
      stage: 1,
      deadline: 'RESPONSE',
      fire: 'DUE',
      dueAt: '2026-07-16T22:59:59.999Z',
      assigneeId: null,
    };
    for (const [over, recipientId] of [
      [{ assigneeId: 'hart-officer' }, 'hart-head-of-service'],
      [{ assigneeId: 'hart-officer', fire: 'REMINDER' }, 'hart-officer'],
      [{ assigneeId: null }, 'hart-coordinator'],
    ] as const) {
      const alert = { ...base, ...over, eventId: randomUUID() };
      expect(await deliverSlaAlert(orm.em.fork(), alert, now)).toEqual({ outcome: 'done' });
      expect((await orm.em.fork().findOneOrFail(StaffAlert, { dedupeKey: alert.eventId })).recipientId).toBe(recipientId);
    }
    const nowhere = { ...base, eventId: randomUUID(), councilId: 'no-such-council' };
    expect(await deliverSlaAlert(orm.em.fork(), nowhere, now)).toEqual({
      outcome: 'skipped',
      why: 'nobody to alert: no-such-council has no complaints coordinator in its staff directory',
    });
    expect(await orm.em.fork().count(StaffAlert, { dedupeKey: nowhere.eventId })).toBe(0);
  });

  it('records a burst of breaches due together in one go: each once, the stale and the recorded ones skipped, as one by one', async () => {
    const now = new Date();
    const cases = await Promise.all(['2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z', '2026-03-04T10:00:00Z'].map((at) => open(at, now)));
    const due = (c: Case, deadline: 'ACKNOWLEDGEMENT' | 'RESPONSE'): SlaTimerJob & { deadline: typeof deadline } => {
      const stage = c.stages.getItems()[0];
      return {
        v: 1,
        caseId: c.id,
        stage: stage.number,
        deadline,
        fire: 'DUE',
        dueAt: (deadline === 'ACKNOWLEDGEMENT' ? stage.acknowledgeDueAt : stage.respondDueAt).toISOString(),
      };
    };
    // The first case's response breach is recorded already; the third's timer is for a deadline since moved.
    expect(await processSlaTimer(orm.em.fork(), due(cases[0], 'RESPONSE'), now)).toEqual({ outcome: 'done' });
    const moved = { ...due(cases[2], 'RESPONSE'), dueAt: '2026-01-01T23:59:59Z' };
    const burst = [
      due(cases[0], 'ACKNOWLEDGEMENT'),
      due(cases[0], 'RESPONSE'),
      due(cases[1], 'ACKNOWLEDGEMENT'),
      due(cases[1], 'RESPONSE'),
      moved,
    ];
    const gone = { ...due(cases[1], 'RESPONSE'), caseId: randomUUID() };
    expect(await processStageTimers(orm.em.fork(), [...burst, gone], now)).toEqual([
      { outcome: 'done' },
      skipped('the breach is already recorded'),
      { outcome: 'done' },
      { outcome: 'done' },
      skipped('stale: the deadline has moved'),
      skipped('case not found'),
    ]);
    const em = orm.em.fork();
    for (const c of cases.slice(0, 2)) {
      const v = await view(c.id, now);
      expect(v.stage.breaches.map((b) => b.kind).sort()).toEqual(['ACKNOWLEDGEMENT', 'RESPONSE']);
      expect(v.timeline.filter((e) => e.type === 'SLA_BREACHED')).toHaveLength(2);
    }
    expect(await em.count(SlaBreach, { stage: { case: cases[2].id } })).toBe(0);
    // Alerts for the handler's manager: one per breach, none twice.
    const alerts = await em.find(OutboxEvent, { type: 'sla.alert' });
    const ofBurst = alerts.filter((a) => cases.slice(0, 2).some((c) => JSON.stringify(a.payload).includes(c.id)));
    expect(ofBurst).toHaveLength(4);
    // Fired again (a retry after a crash): nothing more is written.
    expect((await processStageTimers(orm.em.fork(), burst.slice(0, 4), now)).every((o) => o.outcome === 'skipped')).toBe(true);
    expect(await orm.em.fork().count(SlaBreach, { stage: { case: { $in: cases.map((c) => c.id) } } })).toBe(4);
  });

  it('records a burst one by one when a breach of it was recorded meanwhile elsewhere (another replica)', async () => {
    const now = new Date();
    const c = await open('2026-03-05T10:00:00Z', now);
    const stage = c.stages.getItems()[0];
    const job = (deadline: 'ACKNOWLEDGEMENT' | 'RESPONSE') => ({
      v: 1 as const,
      caseId: c.id,
      stage: stage.number,
      deadline,
      fire: 'DUE' as const,
      dueAt: (deadline === 'ACKNOWLEDGEMENT' ? stage.acknowledgeDueAt : stage.respondDueAt).toISOString(),
    });
    // The batch reads the case before the other replica's breach lands: its transaction then meets the unique key.
    const em = orm.em.fork();
    await em.find(Case, { id: c.id }, { populate: ['stages', 'stages.breaches'] });
    await orm.em.fork().transactional(async (tx) => {
      tx.create(SlaBreach, { id: randomUUID(), stage: stage.id, kind: SlaKind.RESPONSE, dueAt: stage.respondDueAt, detectedAt: now });
    });
    expect(await processStageTimers(em, [job('ACKNOWLEDGEMENT'), job('RESPONSE')], now)).toEqual([
      { outcome: 'done' },
      skipped('the breach is already recorded'),
    ]);
    expect(await orm.em.fork().count(SlaBreach, { stage: { case: c.id } })).toBe(2);
  });
});
