import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { createWorker, runWorkers } from '@redress/platform';
import { applyCaseAnonymised } from './data-protection/case-anonymised.processor';
import { sweepSubmissionRetention } from './data-protection/retention-sweep';
import { intakeModule } from './intake.module';
import { applyCaseSnapshot } from './tracking/case-tracking.processor';

runWorkers(
  intakeModule,
  ({ orm, config, queueOptions, logger, register }) => {
    // The retention schedule: at start, then daily (repeatable: an anonymised submission is skipped).
    const sweep = () =>
      sweepSubmissionRetention(orm.em.fork(), config, new Date())
        .then((n) => n && logger.info({ anonymised: n }, 'retention schedule: submissions anonymised'))
        .catch((err: Error) => logger.error({ err: err.message }, 'retention sweep failed'));
    void sweep();
    const retention = setInterval(() => void sweep(), config.retentionSweepEveryMs);
    register('retention schedule', () => clearInterval(retention));
    return [
      createWorker(
        QUEUES.intakeCaseStatus,
        {
          'case.opened': (event) => applyCaseSnapshot(orm.em.fork(), event),
          'case.changed': (event) => applyCaseSnapshot(orm.em.fork(), event),
          'case.anonymised': (event) => applyCaseAnonymised(orm.em.fork(), event),
        },
        { ...queueOptions, logger, concurrency: 1 }, // in order: projections apply events as they happened
      ),
    ];
  },
  { publishesTo: [QUEUES.caseIntake, QUEUES.reportingEvents, QUEUES.escalations, QUEUES.serviceRequests, QUEUES.dataProtection] },
).catch((err: Error) => {
  console.error(`intake worker failed to start: ${err.message}`);
  process.exit(1);
});
