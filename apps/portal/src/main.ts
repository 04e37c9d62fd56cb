import type { Server } from 'node:http';
import { createLogger, createRedis, onShutdown } from '@redress/platform';
import { loadWebConfig } from '@redress/web';
import { createPortalApp } from './portal-app';

async function main(): Promise<void> {
  const config = loadWebConfig('portal');
  const logger = createLogger('portal', config.logLevel);
  const register = onShutdown(logger);
  const redis = createRedis(config.redisUrl);
  register('redis', () => redis.quit());
  const app = createPortalApp(config, redis, logger);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, '0.0.0.0', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  register('http server', () => new Promise((r) => server.close(r)));
  logger.info({ port: config.port }, `resident portal ready at http://localhost:${config.port}`);
}

main().catch((err: Error) => {
  console.error(`portal failed to start: ${err.message}`);
  process.exit(1);
});
