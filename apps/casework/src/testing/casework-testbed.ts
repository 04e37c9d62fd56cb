import { QUEUES } from '@redress/contracts';
import { createLogger, createQueue, createRedis } from '@redress/platform';
import type { MikroORM, PlatformConfig, Redis } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { Isolation } from '@redress/platform/testing';
import { createCaseworkOrm } from '../casework.orm';
import type { TimerQueue } from '../timers/case-timers';

export interface CaseworkTestbed {
  isolation: Isolation;
  config: PlatformConfig;
  orm: MikroORM;
  redis: Redis;
  timers: TimerQueue;
}

/**
 * Casework against the real PostgreSQL and Redis, in a schema and queue prefix of the suite's own: registers the
 * suite's beforeAll/afterAll and returns the testbed, filled in once beforeAll has run.
 */
export function caseworkTestbed(suite: string): CaseworkTestbed {
  const isolation = isolate(suite);
  const bed = { isolation, config: isolation.config('casework') } as CaseworkTestbed;
  beforeAll(async () => {
    bed.orm = await createCaseworkOrm(bed.config, createLogger('test', 'silent'));
    bed.redis = createRedis(bed.config.redisUrl);
    bed.timers = createQueue(QUEUES.slaTimers, { connection: bed.redis, prefix: isolation.queuePrefix });
  });
  afterAll(async () => {
    await bed.timers?.close();
    bed.redis?.disconnect();
    await bed.orm?.close();
    await isolation.cleanup();
  });
  return bed;
}
