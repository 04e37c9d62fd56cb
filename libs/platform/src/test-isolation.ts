import { randomBytes } from 'node:crypto';
import { knex } from '@mikro-orm/postgresql';
import IORedis from 'ioredis';
import { loadConfig } from './config';
import type { PlatformConfig, ServiceName } from './config';

/**
 * Each test suite owns its PostgreSQL schemas and BullMQ keys: a unique schema prefix and queue prefix,
 * dropped afterwards. Suites can run in parallel against the one database and Redis.
 */
export interface Isolation {
  schemaPrefix: string;
  queuePrefix: string;
  env: NodeJS.ProcessEnv;
  config(service: Exclude<ServiceName, 'gateway'>): PlatformConfig;
  cleanup(): Promise<void>;
}

export function isolate(suite: string): Isolation {
  const id = `${suite.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 16)}_${randomBytes(3).toString('hex')}`;
  const schemaPrefix = `t_${id}_`;
  const queuePrefix = `t-${id}`;
  const env: NodeJS.ProcessEnv = { ...process.env, SCHEMA_PREFIX: schemaPrefix, QUEUE_PREFIX: queuePrefix, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', OUTBOX_POLL_MS: '100' };
  return {
    schemaPrefix,
    queuePrefix,
    env,
    config: (service) => loadConfig(service, env),
    cleanup: async () => {
      const base = loadConfig('intake', env);
      const db = knex({ client: 'pg', connection: base.databaseUrl, pool: { min: 0, max: 1 } });
      try {
        const schemas: { nspname: string }[] = (await db.raw('select nspname from pg_namespace where nspname like ?', [`${schemaPrefix}%`])).rows;
        for (const { nspname } of schemas) await db.raw(`drop schema if exists "${nspname}" cascade`);
      } finally {
        await db.destroy();
      }
      const redis = new IORedis(base.redisUrl, { maxRetriesPerRequest: 1 });
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 1000);
          cursor = next;
          if (keys.length) await redis.del(...keys);
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}
