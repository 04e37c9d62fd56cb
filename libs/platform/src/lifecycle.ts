import type { Logger } from './logger';

type Closer = () => Promise<unknown> | unknown;

/**
 * Graceful shutdown: on SIGINT/SIGTERM run the closers in reverse order of registration (servers stop
 * taking requests first, then workers finish their jobs, then pools close).
 */
export function onShutdown(logger: Logger): (name: string, close: Closer) => void {
  const closers: { name: string; close: Closer }[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    for (const { name, close } of closers.reverse()) {
      try {
        await close();
      } catch (err) {
        logger.error({ err: (err as Error).message, name }, 'error while closing');
      }
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return (name, close) => closers.push({ name, close });
}
