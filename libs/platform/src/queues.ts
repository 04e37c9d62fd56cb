import { Queue, Worker, UnrecoverableError } from 'bullmq';
import type { Job, JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import type { Redis } from 'ioredis';
import type { JobMap, JobName, JobOutcome, QueueJobs, QueueName } from '@redress/contracts';
import { isCodedError } from '@redress/policy';
import type { Logger } from './logger';

export { UnrecoverableError };
export type { Redis };

/** BullMQ needs maxRetriesPerRequest: null on every connection it blocks on. */
export function createRedis(url: string): Redis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

export interface QueueOptions {
  connection: Redis;
  prefix: string;
}

export type TypedQueue<Q extends QueueName> = Queue & {
  add<J extends QueueJobs[Q]>(name: J, data: JobMap[J], opts?: JobsOptions): Promise<Job>;
};

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  // Completed jobs are removed so personal data does not linger in Redis; failures kept a while to inspect.
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600, count: 1000 },
  // A fault (the database down, say) is retried for about an hour: every accepted submission must still become a case.
  attempts: 64,
  backoff: { type: 'capped' },
};

/** The longest wait between two tries of a job that failed on a fault. */
export const RETRY_CAP_MS = 60_000;

/** `capped` backoff: doubling from 500 ms up to RETRY_CAP_MS, so that 64 tries last about an hour. */
export function retryDelayMs(attemptsMade: number): number {
  return Math.min(RETRY_CAP_MS, 500 * 2 ** Math.max(0, attemptsMade - 1));
}

export function createQueue<Q extends QueueName>(name: Q, options: QueueOptions): TypedQueue<Q> {
  return new Queue(name, {
    connection: options.connection,
    prefix: options.prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  }) as TypedQueue<Q>;
}

export type JobHandlers<Q extends QueueName> = { [J in QueueJobs[Q]]: (data: JobMap[J], job: Job) => Promise<JobOutcome> };

export const done: JobOutcome = { outcome: 'done' };
export const skipped = (why: string): JobOutcome => ({ outcome: 'skipped', why });

/** Outcomes per job name and kind, since the worker started (`done`, `skipped`, `refused`). */
export type OutcomeCounts = Record<string, Record<JobOutcome['outcome'], number>>;

/** A worker and what its jobs came to. */
export type CountedWorker = Worker & { outcomes: OutcomeCounts };

/**
 * A worker whose handlers are checked against the queue's job names at compile time; a job with a name
 * (or payload version) it does not know fails without retry instead of being guessed at.
 */
export function createWorker<Q extends QueueName>(
  name: Q,
  handlers: JobHandlers<Q>,
  options: QueueOptions & { logger: Logger; concurrency?: number },
): CountedWorker {
  const table = handlers as unknown as Record<string, (data: unknown, job: Job) => Promise<JobOutcome>>;
  const outcomes: OutcomeCounts = {};
  const count = (job: Job, result: JobOutcome): JobOutcome => {
    const seen = (outcomes[job.name] ??= { done: 0, skipped: 0, refused: 0 });
    seen[result.outcome] += 1;
    const { outcome, ...why } = result;
    options.logger[outcome === 'done' ? 'debug' : 'info']({ queue: name, job: job.name, jobId: job.id, outcome, ...why }, `job ${outcome}`);
    return result;
  };
  const worker = new Worker(
    name,
    async (job: Job) => {
      const handle = table[job.name];
      if (!handle) throw new UnrecoverableError(`queue ${name} has no processor for job "${job.name}"`);
      if ((job.data as { v?: unknown }).v !== 1) throw new UnrecoverableError(`job ${job.name} has unknown payload version`);
      try {
        return count(job, await handle(job.data, job));
      } catch (err) {
        // A refusal is a business outcome, not a fault: retrying cannot change the answer. Only faults retry.
        if (isCodedError(err)) return count(job, { outcome: 'refused', code: err.code, reason: err.message });
        throw err;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency ?? 4,
      // A worker killed mid-job (a crash, kill -9, an out-of-memory kill) holds the job's lock until it lapses: its job
      // is taken up again within about 15 s rather than BullMQ's default minute. A live worker renews its locks every
      // 5 s. A job may be orphaned so five times (a crashing deploy) before it fails.
      lockDuration: 10_000,
      stalledInterval: 5_000,
      maxStalledCount: 5,
      settings: { backoffStrategy: (attemptsMade: number) => retryDelayMs(attemptsMade) },
    },
  ) as CountedWorker;
  worker.outcomes = outcomes;
  worker.on('failed', (job, err) => options.logger.error({ queue: name, job: job?.name, jobId: job?.id, err: err.message }, 'job failed'));
  worker.on('error', (err) => options.logger.error({ queue: name, err: err.message }, 'worker error'));
  return worker;
}

export type { JobName };
