import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { createWorker, runWorkers } from '@redress/platform';
import { caseworkModule } from './casework.module';
import { openCase } from './cases/open-case';

runWorkers(
  caseworkModule,
  ({ orm, queueOptions, logger }) => [
    createWorker(QUEUES.caseIntake, { 'case.open': async (job) => void (await openCase(orm.em.fork(), job, new Date())) }, { ...queueOptions, logger }),
  ],
  { publishesTo: [QUEUES.reportingEvents, QUEUES.intakeCaseStatus] },
).catch((err: Error) => {
  console.error(`casework worker failed to start: ${err.message}`);
  process.exit(1);
});
