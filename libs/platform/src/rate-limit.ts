import type { Redis } from './queues';

export interface RateLimit {
  perMinute: number;
  prefix: string;
}

/**
 * A fixed one-minute window per caller, counted in Redis so every gateway replica shares it. Returns the
 * seconds to wait when the caller is over the limit, or 0.
 */
export async function overRateLimit(redis: Redis, limit: RateLimit, caller: string, now: Date): Promise<number> {
  const minute = Math.floor(now.getTime() / 60_000);
  const key = `${limit.prefix}:rate:${caller}:${minute}`;
  const [[, count]] = (await redis.multi().incr(key).expire(key, 120).exec()) as [[Error | null, number]];
  return count > limit.perMinute ? 60 - Math.floor((now.getTime() / 1000) % 60) : 0;
}
