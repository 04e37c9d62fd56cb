import type { Server } from 'node:http';
import type { Job, Queue, Worker } from 'bullmq';
import type { QueueName } from '@redress/contracts';
import type { AuthContext } from './auth';
import { createTokenVerifier } from './auth';
import { loadConfig } from './config';
import { hostConfiguredCouncils } from './council-files';
import { addConfiguredBankHolidays } from './bank-holiday-files';
import type { PlatformConfig, ServiceName } from './config';
import { onShutdown } from './lifecycle';
import { closeServer } from './http-server';
import { createLogger } from './logger';
import type { Logger } from './logger';
import type { EntityManager, MikroORM } from './orm';
import { metricsPortFrom, serveProbes } from './observability/health';
import { jobDuration, labelMetrics, registerOutboxBacklog, registerQueueDepth, timerLag } from './observability/metrics';
import { OutboxRelay } from './outbox';
import { createQueue, createRedis } from './queues';
import type { Redis } from './queues';
import { buildSubgraph, startSubgraphServer } from './subgraph';
import type { SubgraphDefinition } from './subgraph';

/** What every subgraph resolver gets. */
export interface RequestContext {
  auth: AuthContext;
  /** Forked per request: never the global EntityManager. */
  em: EntityManager;
  /** The service's own PostgreSQL schema (prefixed in tests). */
  schema: string;
  now: () => Date;
}

export interface ServiceModule {
  service: Exclude<ServiceName, 'gateway'>;
  /** The service's schema name for this configuration. */
  schema: (config: PlatformConfig) => string;
  createOrm: (config: PlatformConfig, logger: Logger) => Promise<MikroORM>;
}

async function readiness(orm: MikroORM, redis: Redis): Promise<void> {
  await orm.em.getConnection().execute('select 1');
  if ((await redis.ping()) !== 'PONG') throw new Error('redis did not answer');
}

/** Composition root of a subgraph's main.ts: config, logs, ORM (migrated), HTTP server, graceful shutdown. */
export interface SubgraphExtras {
  /** Adds service-specific things (queues…) to every request's context. */
  extendContext?: (deps: { config: PlatformConfig; redis: Redis; register: (name: string, close: () => unknown) => void }) => object;
}

export async function runSubgraph(
  module: ServiceModule,
  definition: SubgraphDefinition,
  extras: SubgraphExtras = {},
  env: NodeJS.ProcessEnv = process.env,
) {
  const config = loadConfig(module.service, env);
  hostConfiguredCouncils(config);
  addConfiguredBankHolidays(config);
  const logger = createLogger(module.service, config.logLevel);
  labelMetrics(module.service);
  const register = onShutdown(logger);
  const orm = await module.createOrm(config, logger);
  register('database pool', () => orm.close());
  const redis = createRedis(config.redisUrl);
  register('redis', () => redis.quit());
  const { schema } = await buildSubgraph(definition);
  const schemaName = module.schema(config);
  const extra = extras.extendContext?.({ config, redis, register }) ?? {};
  const { apollo, server } = await startSubgraphServer<RequestContext>({
    schema,
    port: config.port,
    production: config.env === 'production',
    logger,
    verifyToken: createTokenVerifier(config),
    context: (auth) => ({ ...extra, auth, em: orm.em.fork(), schema: schemaName, now: () => new Date() }),
    readiness: () => readiness(orm, redis),
  });
  register('apollo', () => apollo.stop());
  register('http server', () => closeServer(server));
  logger.info({ port: config.port }, `${module.service} subgraph ready at http://localhost:${config.port}/graphql`);
  return { config, logger, orm, server };
}

export interface WorkerDeps {
  config: PlatformConfig;
  logger: Logger;
  orm: MikroORM;
  redis: Redis;
  schema: string;
  queueOptions: { connection: Redis; prefix: string };
  /** Register something to close on shutdown (before the connections it uses). */
  register: (name: string, close: () => Promise<unknown> | unknown) => void;
}

/**
 * Runs a repeatable task at start and then every `everyMs`, in this process (so a wiped Redis loses no schedule);
 * a failure is logged and the next run tries again. Stopped at shutdown.
 */
export function runOnSchedule(
  name: string,
  everyMs: number,
  task: () => Promise<unknown>,
  deps: Pick<WorkerDeps, 'logger' | 'register'>,
): void {
  const run = () => void task().catch((err: Error) => deps.logger.error({ err: err.message }, `${name} failed`));
  run();
  const timer = setInterval(run, everyMs);
  deps.register(name, () => clearInterval(timer));
}

/**
 * Composition root of a worker.ts: the service's queue consumers, plus (for services that write events) the
 * outbox relay publishing to the queues its events are routed to.
 */
export async function runWorkers(
  module: ServiceModule,
  start: (deps: WorkerDeps) => Worker[] | Promise<Worker[]>,
  options: { publishesTo?: readonly QueueName[] } = {},
  env: NodeJS.ProcessEnv = process.env,
) {
  const config = loadConfig(module.service, env);
  hostConfiguredCouncils(config);
  addConfiguredBankHolidays(config);
  const logger = createLogger(`${module.service}-worker`, config.logLevel);
  labelMetrics(`${module.service}-worker`);
  const metricsPort = metricsPortFrom(env);
  const register = onShutdown(logger);
  const orm = await module.createOrm(config, logger);
  register('database pool', () => orm.close());
  const redis = createRedis(config.redisUrl);
  register('redis', () => redis.quit());
  const queueOptions = { connection: redis, prefix: config.queuePrefix };
  const deps: WorkerDeps = { config, logger, orm, redis, schema: module.schema(config), queueOptions, register };
  let relay: OutboxRelay | null = null;
  if (options.publishesTo?.length) {
    const queues = new Map(options.publishesTo.map((name) => [name, createQueue(name, queueOptions)] as const));
    for (const q of queues.values()) register(`queue ${q.name}`, () => q.close());
    relay = new OutboxRelay({ orm, schema: deps.schema, queues, logger, pollMs: config.outboxPollMs });
    relay.start();
    register('outbox relay', () => relay?.stop());
  }
  const workers = await start(deps);
  for (const w of workers) register(`worker ${w.name}`, () => w.close());
  instrumentWorkers(workers);
  if (metricsPort !== null) {
    const depthQueues = workers.map((w) => createQueue(w.name as QueueName, queueOptions));
    for (const q of depthQueues) register(`queue ${q.name} (depth)`, () => q.close());
    registerQueueDepth(() => queueDepths(depthQueues));
    if (relay) registerOutboxBacklog(() => outboxBacklog(orm, deps.schema));
    const probes = await serveProbes({ port: metricsPort, logger, readiness: () => readiness(orm, redis) });
    register('probes', () => closeServer(probes));
    logger.info({ port: metricsPort }, `${module.service} worker probes at http://localhost:${metricsPort}/health, /ready, /metrics`);
  }
  logger.info({ queues: workers.map((w) => w.name), relay: Boolean(relay) }, `${module.service} workers running`);
  return { ...deps, workers, relay };
}

const DEPTH_STATES = ['waiting', 'delayed', 'active', 'failed', 'prioritized'] as const;

async function queueDepths(queues: readonly Queue[]) {
  const counts = await Promise.all(queues.map(async (q) => ({ queue: q.name, counts: await q.getJobCounts(...DEPTH_STATES) })));
  return counts.flatMap(({ queue, counts: c }) => DEPTH_STATES.map((state) => ({ queue, state, count: c[state] ?? 0 })));
}

async function outboxBacklog(orm: MikroORM, schema: string): Promise<number> {
  const rows: { n: string | number }[] = await orm.em
    .getConnection()
    .execute(`select count(*) as n from "${schema}"."outbox_event" where "published_at" is null`);
  return Number(rows[0]?.n ?? 0);
}

/** Each job's duration by queue, name and outcome; a delayed job's lag behind its due moment (its first attempt only). */
function instrumentWorkers(workers: readonly Worker[]): void {
  // Registered now, so that /metrics lists them before the first job.
  jobDuration();
  timerLag();
  const observe = (queue: string, job: Job | undefined, outcome: string) => {
    if (!job?.processedOn) return;
    const finished = job.finishedOn ?? Date.now();
    jobDuration().observe({ queue, job: job.name, outcome }, Math.max(0, finished - job.processedOn) / 1000);
    const delay = job.delay ?? job.opts.delay ?? 0;
    if (delay > 0 && (job.attemptsStarted ?? 1) <= 1)
      timerLag().observe({ queue, job: job.name }, Math.max(0, job.processedOn - (job.timestamp + delay)) / 1000);
  };
  for (const w of workers) {
    w.on('completed', (job, result: { outcome?: string } | undefined) => observe(w.name, job, result?.outcome ?? 'done'));
    w.on('failed', (job) => observe(w.name, job, 'failed'));
  }
}

export type { Server };
