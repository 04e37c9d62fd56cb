import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { QUEUES } from '@redress/contracts';
import type { MessageRecipient, MessageRequestedJob } from '@redress/contracts';
import { MessageKind } from '@redress/policy';
import { createLogger, createQueue, createRedis, loadConfig } from '@redress/platform';
import type { CountedWorker, MikroORM, PlatformConfig, Redis, TypedQueue } from '@redress/platform';
import { isolate, startTestSmtp } from '@redress/platform/testing';
import type { Isolation, TestSmtp } from '@redress/platform/testing';
import { createCommunicationsOrm } from '../communications.orm';
import { createMailer } from '../messages/mailer';
import type { Mailer } from '../messages/mailer';
import { messageWorker } from '../messages/message-worker';

export interface CommunicationsTestbed {
  isolation: Isolation;
  config: PlatformConfig;
  orm: MikroORM;
  redis: Redis;
  smtp: TestSmtp;
  mailer: Mailer;
  queue: TypedQueue<'notifications'>;
  worker: CountedWorker;
  /** Puts the job on the notifications queue as the outbox relay does (job id = event id) and waits for its outcome. */
  deliver(job: MessageRequestedJob): Promise<unknown>;
}

/**
 * Communications against the real PostgreSQL, Redis and a real SMTP server (smtp-server on a free port), in a schema
 * and queue prefix of the suite's own, with the notifications worker running (retries after 100 and 200 ms).
 */
export function communicationsTestbed(suite: string): CommunicationsTestbed {
  const isolation = isolate(suite);
  const bed = { isolation } as CommunicationsTestbed;
  let events: QueueEvents;
  let eventsConnection: Redis;
  beforeAll(async () => {
    bed.smtp = await startTestSmtp();
    bed.config = loadConfig('communications', { ...isolation.env, SMTP_URL: bed.smtp.url, MAIL_FROM: 'hart=complaints@hart.gov.uk' });
    bed.orm = await createCommunicationsOrm(bed.config, createLogger('test', 'silent'));
    bed.redis = createRedis(bed.config.redisUrl);
    bed.mailer = createMailer(bed.config.smtp);
    const queueOptions = { connection: bed.redis, prefix: isolation.queuePrefix };
    bed.queue = createQueue(QUEUES.notifications, queueOptions);
    eventsConnection = bed.redis.duplicate();
    events = new QueueEvents(QUEUES.notifications, { connection: eventsConnection, prefix: isolation.queuePrefix });
    await events.waitUntilReady();
    bed.worker = messageWorker({
      orm: bed.orm,
      mailer: bed.mailer,
      config: bed.config,
      queueOptions,
      logger: createLogger('test', 'silent'),
      retryDelaysMs: [100, 200],
    });
    bed.deliver = async (job) => {
      const added = await bed.queue.add('message.requested', job, { jobId: `evt-${randomUUID()}` });
      return added.waitUntilFinished(events, 20_000);
    };
  });
  afterAll(async () => {
    await bed.worker?.close();
    await events?.close();
    eventsConnection?.disconnect();
    await bed.queue?.close();
    bed.mailer?.close();
    bed.redis?.disconnect();
    await bed.orm?.close();
    await bed.smtp?.close();
    await isolation.cleanup();
  });
  return bed;
}

export const recipient = (over: Partial<MessageRecipient> = {}): MessageRecipient => ({
  role: 'COMPLAINANT',
  name: 'Jo Bloggs',
  email: `jo.${randomUUID().slice(0, 8)}@example.org`,
  postalAddress: '1 High Street, Fleet GU51 1AA',
  phone: null,
  contactPreference: null,
  adjustments: [],
  ...over,
});

let sequence = 0;

/** An acknowledgement owed on a Hart case, as casework would ask for it. */
export function messageJob(over: Partial<MessageRequestedJob> = {}): MessageRequestedJob {
  sequence += 1;
  return {
    v: 1,
    eventId: randomUUID(),
    occurredAt: '2026-11-24T10:00:00.000Z',
    messageId: randomUUID(),
    kind: MessageKind.ACKNOWLEDGEMENT,
    councilId: 'hart',
    caseId: randomUUID(),
    reference: `HDC-2026-${String(900000 + sequence).padStart(6, '0')}`,
    stage: 1,
    recipient: recipient(),
    allowedMethods: null,
    body: 'We have received your complaint about missed bin collections. We will reply by Tuesday 8 December 2026.',
    fields: { summary: 'Missed bin collections', respondBy: '2026-12-08', handlerName: 'Amy Clarke' },
    ...over,
  };
}
