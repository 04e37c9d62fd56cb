import { BlockList, isIP } from 'node:net';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from './queues';

export interface RateLimit {
  perMinute: number;
  prefix: string;
}

/** Counts one caller's requests: the seconds they must wait when over the limit, or 0. */
export interface RateLimiter {
  consume(caller: string): Promise<number>;
}

/**
 * A fixed one-minute window per caller (rate-limiter-flexible on Redis, one atomic script per request), counted in
 * Redis so that every gateway replica shares it. A fault (Redis unreachable) rejects, as any other fault does.
 */
export function createRateLimiter(redis: Redis, limit: RateLimit): RateLimiter {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${limit.prefix}:rate`,
    points: limit.perMinute,
    duration: 60,
  });
  return {
    async consume(caller) {
      try {
        await limiter.consume(caller);
        return 0;
      } catch (err) {
        if (err instanceof RateLimiterRes) return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        throw err;
      }
    },
  };
}

/** The loopback addresses: the portal (and the staff workspace) on the same machine, as `npm start` runs them. */
export const DEFAULT_TRUSTED_PROXIES = '127.0.0.1,::1';

/** `::ffff:127.0.0.1` (an IPv4 caller on a dual-stack socket) is 127.0.0.1. */
export function plainAddress(address: string): string {
  const a = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  return mapped ? mapped[1] : a;
}

const family = (address: string): 'ipv4' | 'ipv6' | null => {
  const v = isIP(address);
  return v === 4 ? 'ipv4' : v === 6 ? 'ipv6' : null;
};

/** The proxies whose X-Forwarded-For is believed. */
export interface TrustedProxies {
  trusts(address: string): boolean;
}

/**
 * TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (`127.0.0.1,::1,10.0.0.0/8`) of the proxies and web apps
 * in front of the gateway. Unset: the loopback addresses. Empty (`TRUSTED_PROXIES=`): none, so every caller is
 * counted by its own address. A malformed entry stops the process, saying which.
 */
export function trustedProxies(setting: string | undefined = DEFAULT_TRUSTED_PROXIES): TrustedProxies {
  const list = new BlockList();
  for (const entry of setting
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, bits, extra] = entry.split('/');
    const type = family(address);
    const prefixOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (type === 'ipv4' ? 32 : 128));
    if (!type || extra !== undefined || !prefixOk)
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1, ::1, 10.0.0.0/8)`);
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return {
    trusts(address) {
      const a = plainAddress(address);
      const type = family(a);
      return type !== null && list.check(a, type);
    },
  };
}

/**
 * Who is really calling: the socket's address, unless that is a trusted proxy, in which case the last address it put in
 * X-Forwarded-For, and so on leftwards while each hop is trusted. A caller that is not trusted cannot choose its
 * bucket by sending the header itself: its own address is used.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let client = plainAddress(socketAddress ?? 'unknown');
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((h) => plainAddress(h))
    .filter(Boolean);
  while (hops.length && trusted.trusts(client)) {
    const hop = hops.pop()!;
    if (!family(hop)) break;
    client = hop;
  }
  return client;
}
