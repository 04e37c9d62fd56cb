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
  const port = await freeLocalPort();
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

/** Where this machine's PostgreSQL programs are (`initdb`, `pg_ctl`): PG_BIN, else the newest under /usr/lib/postgresql. */
async function postgresBin(): Promise<string> {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const { readdir } = await import('node:fs/promises');
  const versions = (await readdir('/usr/lib/postgresql').catch(() => [] as string[])).filter((v) => /^\d+$/.test(v));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('no PostgreSQL under /usr/lib/postgresql: install it (apt-get install postgresql) or set PG_BIN');
  return `/usr/lib/postgresql/${newest}/bin`;
}

/**
 * A PostgreSQL cluster of the test's own (for tests that stop or restart the database, never the shared one): a new
 * cluster in a temporary directory, on a free port, 127.0.0.1 only, trust auth, with database `test`. `restart` stops
 * it (fast: open connections are cut, as in a failover), keeps it down `downForMs`, and starts it on the same port;
 * `stop` stops it and removes the directory. Pass `port` from a range only this test takes ports from (the harness's
 * `freePort`) so that nothing else takes the port while the cluster is down.
 */
export async function startPrivatePostgres(options: { port?: number } = {}): Promise<{
  url: string;
  restart: (downForMs?: number) => Promise<void>;
  stop: () => Promise<void>;
}> {
  const { execFile } = await import('node:child_process');
  const { chown, mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { promisify } = await import('node:util');
  const run = promisify(execFile);
  const bin = await postgresBin();
  const port = options.port ?? (await freeLocalPort());
  const dir = await mkdtemp(join(tmpdir(), 'redress-pg-'));
  // initdb refuses root: as root, the cluster is the postgres user's.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
    await chown(dir, await id('-u'), await id('-g'));
  }
  const pg = (program: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : run(join(bin, program), args);
  const data = join(dir, 'data');
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = () => pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings, '-w', '-t', '30', 'start']);
  const stopServer = () => pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
  try {
    await pg('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
    await start();
    await pg('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'test']);
  } catch (err) {
    await stopServer().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/test`,
    restart: async (downForMs = 2000) => {
      await stopServer();
      await new Promise((r) => setTimeout(r, downForMs));
      await start();
    },
    stop: async () => {
      await stopServer().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A port the system says is free on 127.0.0.1 now (port 0): for a private Redis or PostgreSQL. */
async function freeLocalPort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no free port'))));
    });
  });
}
