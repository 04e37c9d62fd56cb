import 'reflect-metadata';
import { QUEUES } from '@redress/contracts';
import { clockFrom, createWorker, purgePublishedOutbox, runOnSchedule, runWorkers } from '@redress/platform';
import { communicationsModule } from './communications.module';
import { createMailer } from './messages/mailer';
import { messageWorker } from './messages/message-worker';
import { anonymiseMessages } from './messages/anonymise-messages';
import { anonymiseReceipts } from './messages/anonymise-receipts';
import { MAIL_RETRY_DELAYS_MS } from './messages/deliver-message';
import { sendDueAlertMail } from './staff-alerts/send-alert-mail';

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
    // The real clock, unless a test started this worker on one of its own (CLOCK_STARTS_AT, refused in production).
    const now = clockFrom(config);
    if (config.clockStartsAt) logger.warn({ clock: now().toISOString() }, 'running on a test clock (CLOCK_STARTS_AT)');
    // Staff alert mails whose working morning has come (or whose retry is due), one digest a person: they wait in
    // PostgreSQL, so a Redis flush loses none.
    runOnSchedule(
      'staff alert mail',
      config.staffAlertSweepMs,
      async () => {
        const emails = await sendDueAlertMail(orm.em.fork(), { mailer, config, now, retryDelaysMs: MAIL_RETRY_DELAYS_MS });
        if (emails) logger.info({ emails }, 'staff alert mail sent');
      },
      { logger, register },
    );
    return [
      messageWorker({ orm, mailer, config, queueOptions, logger, now }),
      // Retention and erasure reach the delivery record: addresses and words go, the record of what was sent stays.
      createWorker(
        QUEUES.messageRecords,
        {
          'case.anonymised': (event) => anonymiseMessages(orm.em.fork(), event),
          // A comment's or compliment's receipt: intake anonymised a contact that opened no case.
          'submission.anonymised': (event) => anonymiseReceipts(orm.em.fork(), event),
        },
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
