import type { Job } from 'bullmq';
import { SlaKind } from '@redress/policy';
import type { SlaAlertJob, SlaTimerJob } from '@redress/contracts';
import { QUEUES, timerJobId } from '@redress/contracts';
import { OutboxEvent, createLogger, createQueue, createRedis } from '@redress/platform';
import { isolate, startPrivateRedis } from '@redress/platform/testing';
import type { MikroORM, Redis } from '@redress/platform';
import { createCaseworkOrm } from '../casework.orm';
import { Case, SlaBreach } from '../cases/case.entity';
import { toCaseView } from '../cases/case.mapper';
import { openCase } from '../cases/open-case';
import { CASE_POPULATE } from '../cases/case-command';
import { REMINDER_BEFORE_MS, plannedTimers, scheduleTimers } from './case-timers';
import type { TimerQueue } from './case-timers';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { reconcileTimers } from './reconcile-timers';
import { processSlaTimer } from './sla-timer.processor';
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

async function open(receivedAt: string, now: Date): Promise<Case> {
  const c = await openCase(orm.em.fork(), caseOpen(receivedAt), now);
  await scheduleTimers(queue, c.stages.getItems().flatMap((s) => plannedTimers(c, s)), now);
  return c;
}

/** Runs every timer job whose moment has come (as the worker would), without waiting for BullMQ's clock. */
async function drainDueTimers(caseId: string, now: Date): Promise<string[]> {
  const jobs = (await queue.getJobs(['wait', 'delayed', 'prioritized'])) as Job<SlaTimerJob>[];
  const fireAt = (t: SlaTimerJob) => Date.parse(t.dueAt) - (t.fire === 'REMINDER' ? REMINDER_BEFORE_MS : 0);
  const due = jobs.filter((j) => j.name === 'sla.timer' && j.data.caseId === caseId && fireAt(j.data) <= now.getTime());
  const outcomes: string[] = [];
  for (const j of due) {
    outcomes.push(`${j.data.deadline}/${j.data.fire}: ${await processSlaTimer(orm.em.fork(), j.data, now)}`);
    await j.remove();
  }
  return outcomes.sort();
}

const view = async (id: string, now: Date) => toCaseView(await orm.em.fork().findOneOrFail(Case, { id }, { populate: CASE_POPULATE }), now);

describe('SLA timers (real PostgreSQL, a Redis of the test\'s own)', () => {
  it('records the breaches of a case received months ago and never acknowledged as soon as it is opened', async () => {
    const now = new Date();
    const c = await open('2026-03-02T10:00:00Z', now);
    // The due triggers of deadlines already past have no delay; past reminders are not sent.
    expect(await drainDueTimers(c.id, now)).toEqual(['ACKNOWLEDGEMENT/DUE: BREACHED', 'RESPONSE/DUE: BREACHED']);
    const v = await view(c.id, now);
    expect(v.overdue).toBe(true);
    expect(v.stage.breaches.map((b) => b.kind).sort()).toEqual(['ACKNOWLEDGEMENT', 'RESPONSE']);
    expect(v.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['SLA_BREACHED']));
  });

  it('records a breach once however often its timer fires, and alerts once', async () => {
    const now = new Date();
    const c = await open('2026-03-02T10:00:00Z', now);
    const stage = c.stages.getItems()[0];
    const due: SlaTimerJob = { v: 1, caseId: c.id, stage: stage.number, deadline: 'RESPONSE', fire: 'DUE', dueAt: stage.respondDueAt.toISOString() };
    expect(await processSlaTimer(orm.em.fork(), due, now)).toBe('BREACHED');
    expect(await processSlaTimer(orm.em.fork(), due, now)).toBe('ALREADY_RECORDED');
    const em = orm.em.fork();
    expect(await em.count(SlaBreach, { stage: { case: c.id }, kind: SlaKind.RESPONSE })).toBe(1);
    const alerts = (await em.find(OutboxEvent, { type: 'sla.alert' })).filter((e) => (e.payload as { caseId: string; deadline: string; fire: string }).caseId === c.id);
    expect(alerts.filter((a) => (a.payload as { deadline: string; fire: string }).deadline === 'RESPONSE' && (a.payload as { fire: string }).fire === 'DUE')).toHaveLength(1);
  });

  it('does nothing when a timer is stale: the deadline was met or moved since it was set', async () => {
    const opened = new Date('2026-11-23T10:00:00Z');
    const c = await open('2026-11-23T10:00:00Z', opened);
    const stage = c.stages.getItems()[0];
    const ackDue: SlaTimerJob = { v: 1, caseId: c.id, stage: stage.number, deadline: 'ACKNOWLEDGEMENT', fire: 'DUE', dueAt: stage.acknowledgeDueAt.toISOString() };
    const em = orm.em.fork();
    const loaded = await em.findOneOrFail(Case, { id: c.id }, { populate: ['stages'] });
    loaded.stages.getItems()[0].acknowledgedAt = opened;
    await em.flush();
    const later = new Date(stage.acknowledgeDueAt.getTime() + 1000);
    expect(await processSlaTimer(orm.em.fork(), ackDue, later)).toBe('STALE');
    const moved: SlaTimerJob = { v: 1, caseId: c.id, stage: stage.number, deadline: 'RESPONSE', fire: 'DUE', dueAt: new Date(stage.respondDueAt.getTime() - 86_400_000).toISOString() };
    expect(await processSlaTimer(orm.em.fork(), moved, later)).toBe('STALE');
    expect(await orm.em.fork().count(SlaBreach, { stage: { case: c.id } })).toBe(0);
  });

  it('rebuilds every timer from PostgreSQL after Redis is wiped', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const c = await open('2026-11-23T10:00:00Z', now);
    const expected = plannedTimers(c, c.stages.getItems()[0]).map((t) => timerJobId(t.job)).sort();
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
    Object.assign(loaded, { status: 'WITH_OMBUDSMAN', ombudsmanReference: '26 000 111', ombudsmanEnquiryRespondBy: '2026-11-20', ombudsmanEnquiryDueAt: new Date('2026-11-20T23:59:59.999Z') });
    await em.flush();
    const planned = plannedTimers(loaded, loaded.stages.getItems()[0]);
    expect(planned.map((t) => `${t.job.deadline}/${t.job.fire}`)).toEqual(['OMBUDSMAN_ENQUIRY/REMINDER', 'OMBUDSMAN_ENQUIRY/DUE']);
    const due = planned[1].job;
    expect(await processSlaTimer(orm.em.fork(), due, now)).toBe('BREACHED');
    expect(await processSlaTimer(orm.em.fork(), due, now)).toBe('ALREADY_RECORDED');
    const alert = (await orm.em.fork().find(OutboxEvent, { type: 'sla.alert' })).map((e) => e.payload as SlaAlertJob).find((a) => a.caseId === c.id && a.deadline === 'OMBUDSMAN_ENQUIRY')!;
    expect(await deliverSlaAlert(orm.em.fork(), alert, now)).toBe('hart-coordinator');
    const answered = await orm.em.fork().findOneOrFail(Case, { id: c.id });
    answered.ombudsmanEnquiryAnsweredAt = now;
    await orm.em.fork().persistAndFlush(answered);
    expect(await processSlaTimer(orm.em.fork(), { ...due, fire: 'REMINDER' }, now)).toBe('STALE');
  });
});
