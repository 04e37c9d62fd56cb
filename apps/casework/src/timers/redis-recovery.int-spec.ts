import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { QUEUES, timerJobId } from '@redress/contracts';
import { createLogger, createQueue, createRedis } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM, Redis } from '@redress/platform';
import { createCaseworkOrm } from '../casework.orm';
import { Case } from '../cases/case.entity';
import { currentStage } from '../cases/case-snapshot';
import { openCase } from '../cases/open-case';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { plannedTimers, scheduleTimers } from './case-timers';
import type { TimerQueue } from './case-timers';
import { reconcileCaseTimers } from './reconcile-timers';
import { watchForRedisDataLoss } from './redis-recovery';
import type { RedisLossWatch } from './redis-recovery';
import { timersStillPlanned } from './timers-marker';

jest.setTimeout(90_000);

/**
 * A Redis of this test's own (`redis-server --port N --save ''`: flushed and restarted here, never the shared one), and
 * real PostgreSQL: when Redis loses its data, every open case's timers come back, each once.
 */
const isolation = isolate('redis-recovery');
let orm: MikroORM;
let redisPort = 0;
let server: ChildProcess;
let redis: Redis;
let admin: Redis;
let queue: TimerQueue;
let watch: RedisLossWatch;
const closers: (() => unknown)[] = [];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });

async function startRedisServer(): Promise<void> {
  server = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const probe = createRedis(`redis://127.0.0.1:${redisPort}`);
  try {
    for (let i = 0; i < 100; i++) {
      if ((await probe.ping().catch(() => null)) === 'PONG') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('redis-server did not start');
  } finally {
    probe.disconnect();
  }
}

const stopRedisServer = (signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill(signal);
  });

/** Every timer job in Redis, by id (waiting: due now; delayed: due later). */
async function timerIds(): Promise<string[]> {
  const jobs = await queue.getJobs(['wait', 'delayed', 'prioritized']);
  return jobs.map((j) => j.id!).sort();
}

/** What every open case should have in Redis, from PostgreSQL (past reminders are not sent late; past due triggers are, at once). */
async function expectedTimerIds(now: Date): Promise<string[]> {
  const cases = await orm.em.fork().find(Case, {}, { populate: ['stages', 'stages.breaches', 'timeline'] });
  return cases
    .flatMap((c) => plannedTimers(c, currentStage(c)))
    .filter((t) => t.job.fire === 'DUE' || t.fireAt.getTime() > now.getTime())
    .map((t) => timerJobId(t.job))
    .sort();
}

/** Polls (bounded) until Redis holds exactly `expected`: the state is asserted, not how long it took. */
async function timersBecome(expected: string[], timeoutMs = 30_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await timerIds().catch(() => []);
    if (seen.length === expected.length && seen.every((id, i) => id === expected[i])) return seen;
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen;
}

/** Polls (bounded) until Redis holds the marker of a full plan again. */
async function marked(timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await timersStillPlanned(queue).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

beforeAll(async () => {
  orm = await createCaseworkOrm(isolation.config('casework'), createLogger('test', 'silent'));
  redisPort = await freePort();
  await startRedisServer();
  redis = createRedis(`redis://127.0.0.1:${redisPort}`);
  admin = createRedis(`redis://127.0.0.1:${redisPort}`);
  queue = createQueue(QUEUES.slaTimers, { connection: redis, prefix: isolation.queuePrefix });
  const now = new Date();
  // Cases received recently (timers ahead) and months ago (deadlines past: due triggers at once, a breach not to miss).
  for (const receivedAt of [
    now.toISOString(),
    now.toISOString(),
    new Date(now.getTime() - 86_400_000).toISOString(),
    '2026-03-02T10:00:00Z',
  ]) {
    const c = await openCase(orm.em.fork(), newCaseOpenJob(receivedAt), now);
    await scheduleTimers(
      queue,
      c.stages.getItems().flatMap((s) => plannedTimers(c, s)),
      now,
    );
  }
  watch = watchForRedisDataLoss({
    orm,
    timers: queue,
    redis,
    logger: createLogger('test', 'silent'),
    everyMs: 200,
    register: (_name, close) => closers.push(close),
  });
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await queue?.close();
  redis?.disconnect();
  admin?.disconnect();
  if (server) await stopRedisServer('SIGTERM');
  await orm?.close();
  await isolation.cleanup();
});

describe('Redis that lost its data', () => {
  let expected: string[] = [];

  it('plans every open case once when Redis has no marker of a full plan, then leaves it alone', async () => {
    expected = await expectedTimerIds(new Date());
    // Four cases: acknowledgement and response, reminder and due, at the least for the recent ones.
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(await marked()).toBe(true);
    await watch.check(); // the plan under way, if any, finished
    expect(await timerIds()).toEqual(expected);
    expect(await watch.check()).toBe(false);
  });

  it('after FLUSHALL: every open case’s timers are back, each once, the overdue ones due at once', async () => {
    await admin.flushall();
    expect(await timersBecome(expected)).toEqual(expected);
    expect(await timersStillPlanned(queue)).toBe(true);
    // The past deadlines of the case received in March are due now (waiting), so their breaches are not missed.
    const waiting = (await queue.getJobs(['wait'])).map((j) => j.data as { deadline: string; fire: string });
    expect(waiting.map((j) => `${j.deadline}/${j.fire}`).sort()).toEqual(expect.arrayContaining(['ACKNOWLEDGEMENT/DUE', 'RESPONSE/DUE']));
    // Planning again (the regular reconcile, another replica) adds nothing: the ids are deterministic.
    await reconcileCaseTimers(orm.em.fork(), queue, new Date());
    expect(await timerIds()).toEqual(expected);
    const counts = await queue.getJobCounts('wait', 'delayed', 'prioritized');
    expect(counts.wait + counts.delayed + counts.prioritized).toBe(expected.length);
  });

  it('after Redis restarted empty: the timers come back once the connection is ready again', async () => {
    await stopRedisServer('SIGKILL');
    await startRedisServer();
    expect(await timersBecome(expected)).toEqual(expected);
    expect(await timersStillPlanned(queue)).toBe(true);
    const counts = await queue.getJobCounts('wait', 'delayed', 'prioritized');
    expect(counts.wait + counts.delayed + counts.prioritized).toBe(expected.length);
  });
});
