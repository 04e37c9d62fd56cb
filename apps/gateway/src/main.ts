import { closeServer, createLogger, loadConfig, onShutdown } from '@redress/platform';
import { startGateway } from './gateway';
import { closeSubgraphConnections } from './subgraph-fetcher';

async function main(): Promise<void> {
  const config = loadConfig('gateway');
  const logger = createLogger('gateway', config.logLevel);
  const register = onShutdown(logger);
  const { apollo, server, redis } = await startGateway(config, logger);
  register('redis', () => redis.quit());
  // Closed in reverse: the server stops taking requests, Apollo finishes its own, then the subgraph connections close.
  register('subgraph connections', closeSubgraphConnections);
  register('apollo', () => apollo.stop());
  register('http server', () => closeServer(server));
  logger.info({ port: config.port }, `gateway ready at http://localhost:${config.port}/graphql`);
}

main().catch((err: Error) => {
  console.error(`gateway failed to start: ${err.message}`);
  process.exit(1);
});
