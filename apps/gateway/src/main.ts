import { closeServer, createLogger, loadConfig, onShutdown } from '@redress/platform';
import { startGateway } from './gateway';

async function main(): Promise<void> {
  const config = loadConfig('gateway');
  const logger = createLogger('gateway', config.logLevel);
  const register = onShutdown(logger);
  const { apollo, server, redis } = await startGateway(config, logger);
  register('redis', () => redis.quit());
  register('apollo', () => apollo.stop());
  register('http server', () => closeServer(server));
  logger.info({ port: config.port }, `gateway ready at http://localhost:${config.port}/graphql`);
}

main().catch((err: Error) => {
  console.error(`gateway failed to start: ${err.message}`);
  process.exit(1);
});
