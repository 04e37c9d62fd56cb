import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { createWorker, purgePublishedOutbox, runOnSchedule, runWorkers } from '@redress/platform';
import { communicationsModule } from './communications.module';
import { createMailer } from './messages/mailer';
import { messageWorker } from './messages/message-worker';
import { anonymiseMessages } from './messages/anonymise-messages';

runWorkers(
  communicationsModule,
  ({ orm, config, queueOptions, logger, register }) => {
    const mailer = createMailer(config.smtp);
    register('mail transport', () => mailer.close());
    logger.info({ smtp: config.smtp.display }, 'sending mail through this server');
    // Published events carry addresses: transport, not record, so they go a day after publishing (as in every service).
    runOnSchedule(
      'outbox purge',
      config.retentionSweepEveryMs,
      () => purgePublishedOutbox(orm.em.fork(), new Date(Date.now() - 24 * 60 * 60_000)),
      { logger, register },
    );
    return [
      messageWorker({ orm, mailer, config, queueOptions, logger }),
      // Retention and erasure reach the delivery record: addresses and words go, the record of what was sent stays.
      createWorker(
        QUEUES.messageRecords,
        { 'case.anonymised': (event) => anonymiseMessages(orm.em.fork(), event) },
        { ...queueOptions, logger },
      ),
    ];
  },
  // message.delivered / message.failed, written with each record, for casework's timeline.
  { publishesTo: [QUEUES.messageOutcomes] },
).catch((err: Error) => {
  console.error(`communications worker failed to start: ${err.message}`);
  process.exit(1);
});
