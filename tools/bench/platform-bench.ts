import { performance } from 'node:perf_hooks';
import { QUEUES } from '@redress/contracts';
import { createQueue, createRedis } from '@redress/platform';
import { startPrivateRedis } from '@redress/platform/testing';
import { join } from 'node:path';
import { buildAll } from '../build';
import { PLATFORM_PROCESSES, ROOT, metricsPortKey } from '../processes';
import { freePort, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';
import { percentile, ratio } from './results';

/**
 * The figures measured on the whole platform, started as the end-to-end suites start it (its own schemas and queue
 * prefix) on a Redis of its own (so that it can be flushed): gateway_overhead, rss_mb, redis_recovery_s. The platform
 * runs the production build (as production does: plain node, no transpiler), or with `--dev-runtime` the sources
 * through @swc-node/register as `npm start` runs them.
 */
const SUBMIT = 'mutation BenchSubmit($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { reference outcome } }';
const CASE_READ = 'query BenchCaseRead($r: String!) { case(reference: $r) { reference status stage { number respondBy } } }';

async function inParallel<T>(items: readonly T[], width: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (i < items.length) await fn(items[i++]);
    }),
  );
}

async function until<T>(probe: () => Promise<T | null>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resident memory of every process (their /metrics), in MiB. */
async function residentMemory(platform: RunningPlatform, workerPorts: Record<string, number>): Promise<Record<string, number>> {
  const { ports } = platform;
  const targets: Record<string, number> = {
    gateway: ports.GATEWAY,
    intake: ports.INTAKE,
    casework: ports.CASEWORK,
    reporting: ports.REPORTING,
    communications: ports.COMMUNICATIONS,
    ...workerPorts,
  };
  const rss: Record<string, number> = {};
  for (const [name, port] of Object.entries(targets)) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('process_resident_memory_bytes'));
    if (line) rss[name] = Math.round(Number(line.slice(line.lastIndexOf(' ') + 1)) / 2 ** 20);
  }
  return rss;
}

export async function platformBench(scale = 1, devRuntime = process.argv.includes('--dev-runtime')): Promise<void> {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  const compiled = devRuntime ? undefined : (await buildAll({ outDir: join(ROOT, 'tmp', 'bench-dist') })).outDir;
  const runtime = compiled ? 'production build' : 'swc-node (as npm start)';
  const redis = await startPrivateRedis();
  const workers = PLATFORM_PROCESSES.filter((p) => p.name.endsWith('-worker'));
  const workerPorts: Record<string, number> = {};
  for (const w of workers) workerPorts[w.name] = await freePort();
  const started = performance.now();
  const platform = await startPlatform(
    'bench-platform',
    {
      REDIS_URL: redis.url,
      LOG_LEVEL: 'warn',
      ...Object.fromEntries(workers.map((w) => [metricsPortKey(w), String(workerPorts[w.name])])),
    },
    { compiled },
  );
  const startSeconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nplatform (${runtime}) started for the bench in ${startSeconds} s, on a Redis of its own (${redis.url})`);
  const queueRedis = createRedis(redis.url);
  const timers = createQueue(QUEUES.slaTimers, { connection: queueRedis, prefix: platform.isolation.queuePrefix });
  try {
    const tokens = await seededStaffTokens(['hart-coordinator', 'hart-officer']);
    const casework = `http://127.0.0.1:${platform.ports.CASEWORK}/graphql`;

    // The load: submissions through the gateway, 16 at once; each becomes a case with its SLA timers.
    const count = n(400);
    const references: string[] = [];
    const loadStarted = performance.now();
    await inParallel([...Array(count).keys()], 16, async (i) => {
      const res = await gql<{ submitFeedback: { reference: string } }>(platform.gatewayUrl, SUBMIT, {
        input: {
          councilId: 'hart',
          kind: 'COMPLAINT',
          channel: 'WEB_FORM',
          serviceArea: 'waste',
          summary: `Bench complaint ${i}`,
          details: 'The bin was not collected.',
          complainant: { type: 'RESIDENT', name: 'Bench Resident', email: `bench-${i}@example.org` },
        },
      });
      if (!res.data) throw new Error(`submission failed: ${JSON.stringify(res.errors)}`);
      references.push(res.data.submitFeedback.reference);
    });
    const submitSeconds = (performance.now() - loadStarted) / 1000;
    await until(
      async () => {
        const res = await gql<{ cases: { totalCount: number } }>(
          platform.gatewayUrl,
          '{ cases(first: 1) { totalCount } }',
          {},
          tokens['hart-coordinator'],
        );
        return (res.data?.cases.totalCount ?? 0) >= count ? true : null;
      },
      300_000,
      'every submission opened as a case',
    );
    console.log(`load: ${count} submissions in ${submitSeconds.toFixed(1)} s (${(count / submitSeconds).toFixed(1)}/s), every one a case`);

    // gateway_overhead: p50 of one case read through the gateway / straight to the casework subgraph, one at a time.
    const reads = n(200);
    const viaGateway: number[] = [];
    const direct: number[] = [];
    const read = async (url: string, into: number[] | null, reference: string) => {
      const t = performance.now();
      const res = await gql(url, CASE_READ, { r: reference }, tokens['hart-officer']);
      if (!res.data?.case) throw new Error(`case read failed: ${JSON.stringify(res.errors)}`);
      into?.push(performance.now() - t);
    };
    for (let i = 0; i < 20; i++) {
      await read(platform.gatewayUrl, null, references[i % references.length]);
      await read(casework, null, references[i % references.length]);
    }
    for (let i = 0; i < reads; i++) {
      const reference = references[i % references.length];
      await read(platform.gatewayUrl, viaGateway, reference);
      await read(casework, direct, reference);
    }
    const gw = percentile(viaGateway, 50);
    const cw = percentile(direct, 50);
    ratio('gateway_overhead', gw / cw, '<=', 1.5, { gateway_p50_ms: gw.toFixed(2), casework_p50_ms: cw.toFixed(2), reads, runtime });

    // rss_mb: the largest resident memory of any one process, after the load.
    const rss = await residentMemory(platform, workerPorts);
    const [largest, mb] = Object.entries(rss).sort((a, b) => b[1] - a[1])[0];
    ratio('rss_mb', mb, '<=', 200, { process: largest, runtime });
    console.log(
      `resident memory, MiB: ${Object.entries(rss)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );

    // redis_recovery_s: FLUSHALL, then seconds until every open case's timers are back in Redis.
    const pending = async () => {
      const c = await timers.getJobCounts('wait', 'delayed', 'prioritized', 'active');
      return c.wait + c.delayed + c.prioritized + c.active;
    };
    let expected = await pending();
    await until(
      async () => {
        await new Promise((r) => setTimeout(r, 1000));
        const now = await pending();
        const steady = now === expected;
        expected = now;
        return steady ? true : null;
      },
      120_000,
      'the timers to settle',
    );
    const flushedAt = performance.now();
    await queueRedis.flushall();
    await until(async () => ((await pending()) >= expected ? true : null), 120_000, 'the timers back after FLUSHALL');
    const seconds = (performance.now() - flushedAt) / 1000;
    ratio('redis_recovery_s', seconds, '<=', 10, { open_cases: count, timers: expected });
  } finally {
    await timers.close();
    queueRedis.disconnect();
    await platform.stop();
    await redis.stop();
  }
}

// `node -r @swc-node/register tools/bench/platform-bench.ts [--scale N]`: these figures alone.
if (require.main === module) {
  const scale = Number(process.argv[process.argv.indexOf('--scale') + 1]) || 1;
  platformBench(scale)
    .then(async () => (await import('./results')).writeResults())
    .then(() => process.exit(0))
    .catch((err: Error) => {
      console.error(err);
      process.exit(1);
    });
}
