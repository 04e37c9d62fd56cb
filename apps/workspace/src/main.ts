import type { Server } from 'node:http';
import { createLogger, createRedis, onShutdown } from '@redress/platform';
import { loadWorkspaceConfig } from './workspace-config';
import { loadSignInClient } from './auth/sign-in-client';
import { createWorkspaceApp } from './workspace-app';

async function main(): Promise<void> {
  const config = loadWorkspaceConfig();
  const logger = createLogger('workspace', config.logLevel);
  const register = onShutdown(logger);
  const redis = createRedis(config.redisUrl);
  register('redis', () => redis.quit());
  const signIn = await loadSignInClient(config.signIn);
  const app = createWorkspaceApp(config, redis, logger, signIn);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, '0.0.0.0', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  register('http server', () => new Promise((r) => server.close(r)));
  logger.info({ port: config.port, issuer: config.signIn.issuerUrl }, `staff workspace ready at ${config.signIn.publicUrl}`);
}

main().catch((err: Error) => {
  console.error(`workspace failed to start: ${err.message}`);
  process.exit(1);
});
