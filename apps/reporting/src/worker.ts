import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { createWorker, runWorkers } from '@redress/platform';
import { recordEvent } from './events/record-event';
import { reportingModule } from './reporting.module';

runWorkers(reportingModule, ({ orm, schema, queueOptions, logger }) => [
  createWorker(
    QUEUES.reportingEvents,
    {
      'submission.received': async (e) => void (await recordEvent(orm.em.fork(), schema, 'submission.received', e, new Date())),
      'case.opened': async (e) => void (await recordEvent(orm.em.fork(), schema, 'case.opened', e, new Date())),
      'case.changed': async (e) => void (await recordEvent(orm.em.fork(), schema, 'case.changed', e, new Date())),
    },
    { ...queueOptions, logger, concurrency: 1 }, // in order: projections apply events as they happened
  ),
]).catch((err: Error) => {
  console.error(`reporting worker failed to start: ${err.message}`);
  process.exit(1);
});
