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
  const id = `${suite
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 16)}_${randomBytes(3).toString('hex')}`;
  const schemaPrefix = `t_${id}_`;
  const queuePrefix = `t-${id}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SCHEMA_PREFIX: schemaPrefix,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    OUTBOX_POLL_MS: '100',
  };
  return {
    schemaPrefix,
    queuePrefix,
    env,
    config: (service) => loadConfig(service, env),
    cleanup: async () => {
      const base = loadConfig('intake', env);
      // Under `npm test` the schemas go at the end of the run (tools/test.sh): MikroORM reads the catalogue of every
      // schema when it migrates or compares, and a schema dropped meanwhile by another suite fails that read.
      if (process.env.TEST_SCHEMAS_DROPPED_AFTER_RUN !== '1') await dropSchemas(base.databaseUrl, `${schemaPrefix}%`);
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

/** Drops the schemas whose names are like `pattern` (a test run's own: `t_…`). */
export async function dropSchemas(databaseUrl: string, pattern: string): Promise<number> {
  const db = knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 1 } });
  try {
    const schemas: { nspname: string }[] = (await db.raw('select nspname from pg_namespace where nspname like ?', [pattern])).rows;
    for (const { nspname } of schemas) await db.raw(`drop schema if exists "${nspname}" cascade`);
    return schemas.length;
  } finally {
    await db.destroy();
  }
}

/**
 * A Redis server of the test's own (for tests that flush or stop Redis): started from the local
 * redis-server binary on a free port, nothing persisted.
 */
export async function startPrivateRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  const port = await new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no free port'))));
    });
  });
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  const probe = new IORedis(url, { maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
  for (let i = 0; i < 100; i++) {
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  probe.disconnect();
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
