import type { Redis } from '@redress/platform';
import type { TimerQueue } from './case-timers';

/**
 * The marker of a full plan of the SLA timers in Redis (see redis-recovery.ts): written by each reconcile before it
 * plans, gone when Redis loses its data.
 */
const markerKey = (prefix: string, queue: string) => `${prefix}:redress-marker:${queue}:timers-planned`;
const lockKey = (prefix: string, queue: string) => `${prefix}:redress-marker:${queue}:re-planning`;

type MarkedQueue = Pick<TimerQueue, 'name' | 'client'> & { opts: { prefix?: string } };

/** The queue's own connection (BullMQ types it narrowly: it is an ioredis client). */
export const queueRedis = async (queue: MarkedQueue): Promise<Redis> => (await queue.client) as unknown as Redis;

export const timersMarkerKeys = (queue: MarkedQueue) => {
  const prefix = queue.opts.prefix ?? 'bull';
  return { marker: markerKey(prefix, queue.name), lock: lockKey(prefix, queue.name) };
};

/** Marks Redis as holding every open case's timers (reconcileCaseTimers does, before it plans them). */
export async function markTimersPlanned(queue: MarkedQueue, at: Date): Promise<void> {
  const client = await queueRedis(queue);
  await client.set(timersMarkerKeys(queue).marker, at.toISOString());
}

/** Whether Redis still holds the marker of the last full plan (false: it lost its data since, or never had it). */
export async function timersStillPlanned(queue: MarkedQueue): Promise<boolean> {
  const client = await queueRedis(queue);
  return (await client.exists(timersMarkerKeys(queue).marker)) === 1;
}
