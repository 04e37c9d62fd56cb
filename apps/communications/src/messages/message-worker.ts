import { DelayedError } from 'bullmq';
import { QUEUES } from '@redress/contracts';
import { createWorker } from '@redress/platform';
import type { CountedWorker, Logger, MikroORM, PlatformConfig, QueueOptions } from '@redress/platform';
import { recordAlertMail } from '../staff-alerts/record-alert-mail';
import { MAIL_RETRY_DELAYS_MS, deliverMessage } from './deliver-message';
import type { Mailer } from './mailer';

/**
 * The notifications consumer: each message.requested recorded and sent once. A temporary failure puts the job back
 * (delayed, the try counted on the record) rather than failing it, so the mail's own schedule decides the retries.
 * Each staff.alert is recorded once and emailed within working hours (at once, or by the sweep), digested per person;
 * its retries are the sweep's, so its job completes.
 */
export function messageWorker(deps: {
  orm: MikroORM;
  mailer: Mailer;
  config: Pick<PlatformConfig, 'mailFrom'>;
  queueOptions: QueueOptions;
  logger: Logger;
  retryDelaysMs?: readonly number[];
  now?: () => Date;
}): CountedWorker {
  const now = deps.now ?? (() => new Date());
  const retryDelaysMs = deps.retryDelaysMs ?? MAIL_RETRY_DELAYS_MS;
  return createWorker(
    QUEUES.notifications,
    {
      'message.requested': (job, bullJob) =>
        deliverMessage(deps.orm.em.fork(), job, {
          mailer: deps.mailer,
          config: deps.config,
          now,
          retryDelaysMs,
          retryLater: async (delayMs) => {
            await bullJob.moveToDelayed(Date.now() + delayMs, bullJob.token);
            throw new DelayedError();
          },
        }),
      'staff.alert': (job) => recordAlertMail(deps.orm.em.fork(), job, { mailer: deps.mailer, config: deps.config, now, retryDelaysMs }),
    },
    { ...deps.queueOptions, logger: deps.logger },
  );
}
