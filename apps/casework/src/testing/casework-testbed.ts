import { QUEUES } from '@redress/contracts';
import { createLogger, createQueue, createRedis } from '@redress/platform';
import type { MikroORM, PlatformConfig, Redis, StaffIdentity } from '@redress/platform';
import { Role } from '@redress/policy';
import type { CaseworkContext } from '../casework.context';
import { isolate } from '@redress/platform/testing';
import type { Isolation } from '@redress/platform/testing';
import { caseworkSchema, createCaseworkOrm } from '../casework.orm';
import type { TimerQueue } from '../timers/case-timers';

export interface CaseworkTestbed {
  isolation: Isolation;
  config: PlatformConfig;
  orm: MikroORM;
  redis: Redis;
  timers: TimerQueue;
  /** A request's context at `now`, made by `staff` (Hart's Stage 1 officer unless told). */
  contextAt: (now: string, staff?: StaffIdentity) => CaseworkContext;
}

export const HART_OFFICER: StaffIdentity = { sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' };

/**
 * Casework against the real PostgreSQL and Redis, in a schema and queue prefix of the suite's own: registers the
 * suite's beforeAll/afterAll and returns the testbed, filled in once beforeAll has run.
 */
export function caseworkTestbed(suite: string): CaseworkTestbed {
  const isolation = isolate(suite);
  const bed = { isolation, config: isolation.config('casework') } as CaseworkTestbed;
  bed.contextAt = (now, staff = HART_OFFICER) => ({
    auth: { staff },
    em: bed.orm.em.fork(),
    schema: caseworkSchema(bed.config),
    now: () => new Date(now),
    timers: bed.timers,
  });
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
