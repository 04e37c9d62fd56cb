import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { createWorker, runWorkers } from '@redress/platform';
import { intakeModule } from './intake.module';
import { applyCaseSnapshot } from './tracking/case-tracking.processor';

runWorkers(
  intakeModule,
  ({ orm, queueOptions, logger }) => [
    createWorker(
      QUEUES.intakeCaseStatus,
      { 'case.opened': (event) => applyCaseSnapshot(orm.em.fork(), event), 'case.changed': (event) => applyCaseSnapshot(orm.em.fork(), event) },
      { ...queueOptions, logger, concurrency: 1 }, // in order: projections apply events as they happened
    ),
  ],
  { publishesTo: [QUEUES.caseIntake, QUEUES.reportingEvents, QUEUES.escalations, QUEUES.serviceRequests] },
).catch((err: Error) => {
  console.error(`intake worker failed to start: ${err.message}`);
  process.exit(1);
});
