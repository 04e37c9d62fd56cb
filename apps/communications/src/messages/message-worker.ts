import { DelayedError } from 'bullmq';
import { QUEUES } from '@redress/contracts';
import { createWorker } from '@redress/platform';
import type { CountedWorker, Logger, MikroORM, PlatformConfig, QueueOptions } from '@redress/platform';
import { MAIL_RETRY_DELAYS_MS, deliverMessage } from './deliver-message';
import type { Mailer } from './mailer';
import { recordAlertMail } from '../staff-alerts/alert-mail';

/**
 * The notifications consumer: each message.requested recorded and sent once; each staff.alert recorded for email. A temporary failure puts the job back
 * (delayed, the try counted on the record) rather than failing it, so the mail's own schedule decides the retries.
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
  return createWorker(
    QUEUES.notifications,
    {
      'message.requested': (job, bullJob) =>
        deliverMessage(deps.orm.em.fork(), job, {
          mailer: deps.mailer,
          config: deps.config,
          now: deps.now ?? (() => new Date()),
          retryDelaysMs: deps.retryDelaysMs ?? MAIL_RETRY_DELAYS_MS,
          retryLater: async (delayMs) => {
            await bullJob.moveToDelayed(Date.now() + delayMs, bullJob.token);
            throw new DelayedError();
          },
        }),
      // A staff alert: recorded, and emailed at once within working hours (the rest by the sweep in worker.ts).
      'staff.alert': (job) =>
        recordAlertMail(deps.orm.em.fork(), job, {
          mailer: deps.mailer,
          config: deps.config,
          now: deps.now ?? (() => new Date()),
          retryDelaysMs: deps.retryDelaysMs,
        }),
    },
    { ...deps.queueOptions, logger: deps.logger },
  );
}
