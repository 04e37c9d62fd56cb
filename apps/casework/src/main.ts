import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { createQueue, runSubgraph } from '@redress/platform';
import { caseworkModule, caseworkSubgraph } from './casework.module';

runSubgraph(caseworkModule, caseworkSubgraph(), {
  // Mutations move deadlines, so the server reschedules their SLA timers after each commit.
  extendContext: ({ config, redis, register }) => {
    const timers = createQueue(QUEUES.slaTimers, { connection: redis, prefix: config.queuePrefix });
    register('sla-timers queue', () => timers.close());
    return { timers };
  },
}).catch((err: Error) => {
  console.error(`casework failed to start: ${err.message}`);
  process.exit(1);
});
