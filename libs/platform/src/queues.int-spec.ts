import { QUEUES } from '@redress/contracts';
import { isolate } from './test-isolation';
import { createLogger } from './logger';
import { createQueue, createRedis, createWorker, done, retryDelayMs, RETRY_CAP_MS } from './index';

jest.setTimeout(30_000);

describe('retrying a job that failed on a fault', () => {
  it('waits twice as long each time from half a second, never more than a minute, for about an hour in all', () => {
    expect([1, 2, 3, 4, 8, 9, 20].map(retryDelayMs)).toEqual(
      [500, 1000, 2000, 4000, 64_000, RETRY_CAP_MS, RETRY_CAP_MS].map((ms) => Math.min(ms, RETRY_CAP_MS)),
    );
    const total = Array.from({ length: 63 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total / 60_000).toBeGreaterThan(55);
  });

  it('retries on a real queue with that backoff until the job goes through', async () => {
    const isolation = isolate('queue-retry');
    const { redisUrl } = isolation.config('intake');
    const connection = createRedis(redisUrl);
    const workerConnection = createRedis(redisUrl);
    const queue = createQueue(QUEUES.escalations, { connection, prefix: isolation.queuePrefix });
    let tries = 0;
    const finished = new Promise<number>((resolve) => {
      const worker = createWorker(
        QUEUES.escalations,
        {
          'case.escalate': async () => {
            tries += 1;
            // The database is down for the first two tries.
            if (tries < 3) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
            return done;
          },
        },
        { connection: workerConnection, prefix: isolation.queuePrefix, logger: createLogger('test', 'silent') },
      );
      worker.on('completed', () => void worker.close().then(() => resolve(tries)));
    });
    try {
      await queue.add('case.escalate', { v: 1 } as never);
      expect(await finished).toBe(3);
    } finally {
      await queue.close();
      connection.disconnect();
      workerConnection.disconnect();
      await isolation.cleanup();
    }
  });
});
