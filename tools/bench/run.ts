import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Channel, ComplainantType, FeedbackKind, StatisticsDimension, findCouncilPolicy, stageDeadlines } from '@redress/policy';
import { QUEUES } from '@redress/contracts';
import { createLogger, createQueue, createRedis } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import { caseworkModule, plannedTimers, scheduleTimers } from '@redress/casework';
import { intakeModule, submitFeedback } from '@redress/intake';
import { recordEvent, reportingModule, statistics } from '@redress/reporting';
import { platformBench } from './platform-bench';
import { reportBench } from './report-bench';
import { ratio, writeResults } from './results';

// usage: npm run bench [-- --scale 2] [-- --only platform|report]
// Each line times one piece of Redress against the plainest way to do the same I/O, in the same run, and
// prints the ratio: compare ratios between runs, not milliseconds (machines are noisy).
const scale = Number(process.argv[process.argv.indexOf('--scale') + 1]) || 1;
const n = (x: number) => Math.round(x * scale);

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function inBatches<T>(items: T[], width: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (i < items.length) await fn(items[i++]);
    }),
  );
}

const rows: { what: string; count: number; ours: number; raw: number; memMb: number }[] = [];
function report(what: string, count: number, ours: number, raw: number, memBefore: number) {
  rows.push({ what, count, ours, raw, memMb: (process.memoryUsage().heapUsed - memBefore) / 1e6 });
}

async function main(): Promise<void> {
  // `--only platform`: the whole-platform figures alone; `--only report`: report_vs_sql alone (its load takes minutes).
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  if (only === 'platform' || only === 'report') {
    await (only === 'platform' ? platformBench(scale) : reportBench(scale));
    return writeResults();
  }
  const isolation = isolate('bench');
  const logger = createLogger('bench', 'silent');
  const intakeOrm = await intakeModule.createOrm(isolation.config('intake'), logger);
  const reportingOrm = await reportingModule.createOrm(isolation.config('reporting'), logger);
  const caseworkOrm = await caseworkModule.createOrm(isolation.config('casework'), logger);
  const redis = createRedis(isolation.config('intake').redisUrl);
  try {
    const knex = intakeOrm.em.getConnection().getKnex();
    const intakeSchema = intakeModule.schema(isolation.config('intake'));
    const area = findCouncilPolicy('hart')!.serviceAreas.find((a) => !a.referral)!.code;

    // 1. A submission (validate, triage, reference, submission + 2 outbox rows in one transaction) vs a raw one-row INSERT transaction.
    {
      const count = n(1000);
      await knex.raw(`create table "${intakeSchema}"."bench_raw" (id uuid primary key, body text not null)`);
      const mem = process.memoryUsage().heapUsed;
      const raw = await time(() =>
        inBatches([...Array(count).keys()], 16, () =>
          knex.transaction((trx) => trx.withSchema(intakeSchema).table('bench_raw').insert({ id: randomUUID(), body: 'x' })),
        ),
      );
      const ours = await time(() =>
        inBatches([...Array(count).keys()], 16, () =>
          submitFeedback(
            {
              councilId: 'hart',
              kind: FeedbackKind.COMPLAINT,
              channel: Channel.WEB_FORM,
              serviceArea: area,
              summary: 'Bench',
              details: 'Benchmark submission',
              complainant: { type: ComplainantType.RESIDENT, name: 'Bench', email: 'bench@example.org' },
            },
            { em: intakeOrm.em.fork(), schema: intakeSchema, staff: null, now: new Date() },
          ),
        ),
      );
      report('submitFeedback vs 1-row INSERT tx (16 at once)', count, ours, raw, mem);
    }

    // 2. Scheduling SLA timers for opened cases vs raw pipelined ZADD of as many members.
    {
      const cases = n(2500);
      const queue = createQueue(QUEUES.slaTimers, { connection: redis, prefix: isolation.queuePrefix });
      const policy = findCouncilPolicy('hart')!;
      const now = new Date();
      const plans = [...Array(cases).keys()].map(() => {
        const d = stageDeadlines({ policy, stage: 1, openedAt: now });
        const stage = {
          number: 1,
          acknowledgedAt: null,
          respondedAt: null,
          heldSince: null,
          acknowledgeDueAt: d.acknowledgeDueAt,
          respondDueAt: d.respondDueAt,
          breaches: { isInitialized: () => false },
        };
        return plannedTimers({ id: randomUUID(), status: 'OPEN', currentStage: 1, complainant: {} } as never, stage as never);
      });
      const jobs = plans.reduce((k, p) => k + p.length, 0);
      const mem = process.memoryUsage().heapUsed;
      const raw = await time(async () => {
        for (let i = 0; i < jobs; i += 1000) {
          const pipe = redis.pipeline();
          for (let j = i; j < Math.min(jobs, i + 1000); j++) pipe.zadd(`${isolation.queuePrefix}:raw`, Date.now() + j, `m${j}`);
          await pipe.exec();
        }
      });
      const ours = await time(async () => {
        for (let i = 0; i < plans.length; i += 250) await scheduleTimers(queue, plans.slice(i, i + 250).flat(), now);
      });
      report('scheduleTimers (BullMQ delayed jobs) vs pipelined ZADD', jobs, ours, raw, mem);
      // Per second, ours / raw: the same two timings, the other way up.
      ratio('timers_vs_redis', raw / ours, '>=', 0.1, {
        timers_per_s: ((jobs / ours) * 1000).toFixed(0),
        zadd_per_s: ((jobs / raw) * 1000).toFixed(0),
        timers: jobs,
      });
      await queue.close();
    }

    // 3. Working-day deadlines (bank holidays, Europe/London) vs adding days to a timestamp.
    {
      const count = n(50_000);
      const policy = findCouncilPolicy('hampshire')!;
      const start = Date.parse('2026-01-01T09:00:00Z');
      const mem = process.memoryUsage().heapUsed;
      let sink = 0;
      const raw = await time(async () => {
        for (let i = 0; i < count; i++) sink += new Date(start + (i % 365) * 86_400_000 + 20 * 86_400_000).getUTCDate();
      });
      const ours = await time(async () => {
        for (let i = 0; i < count; i++)
          sink += stageDeadlines({ policy, stage: 1, openedAt: new Date(start + (i % 365) * 86_400_000) }).respondBy.length;
      });
      report(`stageDeadlines vs Date arithmetic (${sink > 0 ? 'ok' : ''})`, count, ours, raw, mem);
    }

    // 4. Reporting: statistics by service area over the read model vs a raw GROUP BY on the same rows.
    {
      const count = n(10_000);
      const rschema = reportingModule.schema(isolation.config('reporting'));
      const rknex = reportingOrm.em.getConnection().getKnex();
      for (let i = 0; i < count; i += 1000) {
        await inBatches([...Array(Math.min(1000, count - i)).keys()], 8, (j) =>
          recordEvent(
            reportingOrm.em.fork(),
            rschema,
            'submission.received',
            {
              v: 1,
              eventId: randomUUID(),
              occurredAt: '2026-05-01T09:00:00Z',
              submissionId: randomUUID(),
              reference: `B-${i + j}`,
              councilId: 'hart',
              kind: FeedbackKind.COMPLAINT,
              channel: Channel.EMAIL,
              serviceArea: `area-${(i + j) % 12}`,
              matter: 'SERVICE_FAILURE' as never,
              outcome: 'ACCEPTED' as never,
              receivedAt: new Date(Date.parse('2026-04-01T09:00:00Z') + ((i + j) % 360) * 86_400_000).toISOString(),
            },
            new Date(),
          ),
        );
      }
      const mem = process.memoryUsage().heapUsed;
      const raw = await time(async () => {
        for (let k = 0; k < 20; k++)
          await rknex.raw(
            `select service_area, count(*) from "${rschema}".received_item ` +
              `where council_id = 'hart' and received_date between '2026-04-01' and '2027-03-31' group by 1`,
          );
      });
      const ours = await time(async () => {
        for (let k = 0; k < 20; k++)
          await statistics(reportingOrm.em.fork(), rschema, 'hart', '2026-04-01', '2027-03-31', StatisticsDimension.SERVICE_AREA);
      });
      report('statistics(SERVICE_AREA) x20 vs raw GROUP BY x20', count, ours, raw, mem);
    }
  } finally {
    await Promise.all([intakeOrm.close(), reportingOrm.close(), caseworkOrm.close()]);
    redis.disconnect();
    await isolation.cleanup();
  }
  console.log('\nbenchmark                                                    rows     ours ms    raw ms   ratio   heap Δ MB');
  for (const r of rows) {
    console.log(
      `${r.what.padEnd(60)} ${String(r.count).padStart(6)} ${r.ours.toFixed(0).padStart(10)} ` +
        `${r.raw.toFixed(0).padStart(9)} ${(r.ours / r.raw).toFixed(1).padStart(7)}x ${r.memMb.toFixed(1).padStart(10)}`,
    );
  }
  // The whole platform, on a Redis of its own: gateway_overhead, rss_mb, redis_recovery_s (`--no-platform` skips it).
  if (!process.argv.includes('--no-platform')) await platformBench(scale);
  if (!process.argv.includes('--no-platform')) await reportBench(scale); // report_vs_sql: 1,000,000 cases × scale
  writeResults();
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
