import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { createWorker, done, runWorkers, skipped } from '@redress/platform';
import { recordEvent } from './events/record-event';
import { reportingModule } from './reporting.module';

runWorkers(reportingModule, ({ orm, schema, queueOptions, logger }) => [
  createWorker(
    QUEUES.reportingEvents,
    {
      'submission.received': async (e) =>
        (await recordEvent(orm.em.fork(), schema, 'submission.received', e, new Date())) ? done : skipped('event already recorded'),
      'case.opened': async (e) =>
        (await recordEvent(orm.em.fork(), schema, 'case.opened', e, new Date())) ? done : skipped('event already recorded'),
      'case.changed': async (e) =>
        (await recordEvent(orm.em.fork(), schema, 'case.changed', e, new Date())) ? done : skipped('event already recorded'),
    },
    { ...queueOptions, logger, concurrency: 1 }, // in order: projections apply events as they happened
  ),
]).catch((err: Error) => {
  console.error(`reporting worker failed to start: ${err.message}`);
  process.exit(1);
});
