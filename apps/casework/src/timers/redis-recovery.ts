import type { Logger, MikroORM, Redis } from '@redress/platform';
import type { TimerQueue } from './case-timers';
import { reconcileCaseTimers } from './reconcile-timers';
import { queueRedis, timersMarkerKeys, timersStillPlanned } from './timers-marker';

/**
 * Redis holds the SLA timers' triggers only; PostgreSQL holds the deadlines. A Redis that loses its data (FLUSHALL, a
 * restart without persistence, a failover to an empty replica) loses every trigger, and the regular reconcile
 * (SLA_RECONCILE_EVERY_MS, 5 minutes) would bring them back only at its next run. So each reconcile first writes a
 * marker key to Redis; the casework worker checks it every few seconds and whenever its connection becomes ready
 * again (after Redis restarted), and when the marker is gone it re-plans every open case's timers at once. Job ids are
 * deterministic, so a timer still pending is never added twice, and replicas re-plan one at a time (a short lock).
 */
/** REDIS_LOSS_CHECK_MS: how often the casework worker looks for the marker (default 2 s). */
export function lossCheckEveryMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.REDIS_LOSS_CHECK_MS?.trim();
  if (!raw) return 2000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 50)
    throw new Error(`REDIS_LOSS_CHECK_MS must be a whole number of milliseconds (50 or more), got "${raw}"`);
  return n;
}

export interface RecoveryDeps {
  orm: MikroORM;
  timers: TimerQueue;
  /** The connection the timers queue uses: its `ready` (after a reconnect) prompts a check at once. */
  redis: Redis;
  logger: Logger;
  everyMs?: number;
  register: (name: string, close: () => unknown) => void;
  now?: () => Date;
}

export interface RedisLossWatch {
  /** Checks now; true when the timers were re-planned. */
  check(): Promise<boolean>;
}

export function watchForRedisDataLoss(deps: RecoveryDeps): RedisLossWatch {
  const now = deps.now ?? (() => new Date());
  let running: Promise<boolean> | null = null;
  const recover = async (): Promise<boolean> => {
    if (await timersStillPlanned(deps.timers)) return false;
    const client = await queueRedis(deps.timers);
    const { lock } = timersMarkerKeys(deps.timers);
    // One replica re-plans; the lock lapses if it dies meanwhile, and the marker is still missing for the next one.
    if ((await client.set(lock, String(process.pid), 'PX', 120_000, 'NX')) !== 'OK') return false;
    try {
      const started = Date.now();
      deps.logger.warn(
        'Redis holds no marker of a full plan of the SLA timers (a new Redis, or one that lost its data): ' +
          'planning every open case’s timers now',
      );
      const { timers } = await reconcileCaseTimers(deps.orm.em.fork(), deps.timers, now());
      deps.logger.warn({ timers, ms: Date.now() - started }, 'SLA timers planned again in Redis');
      return true;
    } finally {
      await client.del(lock);
    }
  };
  const check = () => {
    running ??= recover().finally(() => (running = null));
    return running;
  };
  const safely = () =>
    void check().catch((err: Error) => deps.logger.error({ err: err.message }, 'could not check Redis for lost timers (will try again)'));
  safely();
  const interval = setInterval(safely, deps.everyMs ?? lossCheckEveryMs());
  deps.redis.on('ready', safely);
  deps.register('redis data-loss watch', () => {
    clearInterval(interval);
    deps.redis.off('ready', safely);
  });
  return { check };
}
