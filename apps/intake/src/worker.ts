import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { createWorker, done, runOnSchedule, runWorkers } from '@redress/platform';
import { applyCaseAnonymised } from './data-protection/case-anonymised.processor';
import { sweepSubmissionRetention } from './data-protection/retention-sweep';
import { intakeModule } from './intake.module';
import { applyCaseResponse, applyCaseSnapshot } from './tracking/case-tracking.processor';

runWorkers(
  intakeModule,
  ({ orm, config, queueOptions, logger, register }) => {
    // Repeatable: an anonymised submission is skipped.
    runOnSchedule(
      'retention schedule',
      config.retentionSweepEveryMs,
      async () => {
        const n = await sweepSubmissionRetention(orm.em.fork(), config, new Date());
        if (n) logger.info({ anonymised: n }, 'retention schedule: submissions anonymised');
      },
      { logger, register },
    );
    return [
      createWorker(
        QUEUES.intakeCaseStatus,
        {
          'case.opened': (event) => applyCaseSnapshot(orm.em.fork(), event),
          'case.changed': (event) => applyCaseSnapshot(orm.em.fork(), event),
          'case.responded': (event) => applyCaseResponse(orm.em.fork(), event),
          'case.anonymised': async (event) => {
            await applyCaseAnonymised(orm.em.fork(), event);
            return done;
          },
        },
        { ...queueOptions, logger, concurrency: 1 }, // in order: projections apply events as they happened
      ),
    ];
  },
  {
    publishesTo: [
      QUEUES.caseIntake,
      QUEUES.reportingEvents,
      QUEUES.escalations,
      QUEUES.serviceRequests,
      QUEUES.dataProtection,
      QUEUES.feedback,
      QUEUES.notifications,
      // submission.anonymised: a contact with no case, anonymised, reaches the delivery record too.
      QUEUES.messageRecords,
    ],
  },
).catch((err: Error) => {
  console.error(`intake worker failed to start: ${err.message}`);
  process.exit(1);
});
