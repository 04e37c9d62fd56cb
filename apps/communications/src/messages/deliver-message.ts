import { LockMode } from '@mikro-orm/core';
import { DeliveryMethod, DeliveryStatus, chooseDelivery } from '@redress/policy';
import type { JobOutcome, MessageRequestedJob } from '@redress/contracts';
import { audit, done, newOutboxEvent, skipped } from '@redress/platform';
import type { EntityManager, PlatformConfig } from '@redress/platform';
import type { MessageDocument } from '@redress/messages';
import { senderFor } from './mailer';
import type { Mailer } from './mailer';
import { Message } from './message.entity';
import { composeFor, printLetter, renderEmail } from './render';

/**
 * How long to wait before each new try after a temporary failure (a 4xx reply, a server that cannot be reached):
 * about two hours in all, then the message has FAILED and the handler hears of it.
 */
export const MAIL_RETRY_DELAYS_MS: readonly number[] = [10_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 3_600_000];

export interface DeliveryDeps {
  mailer: Mailer;
  config: Pick<PlatformConfig, 'mailFrom'>;
  now: () => Date;
  retryDelaysMs: readonly number[];
  /** Puts the job back for a later try (BullMQ: moveToDelayed, then DelayedError); never returns. */
  retryLater: (delayMs: number) => Promise<never>;
}

/** What the delivered / failed events say of a message. */
const eventOf = (m: Message) => ({
  messageId: m.id,
  kind: m.kind,
  councilId: m.councilId,
  caseId: m.caseId,
  reference: m.reference,
  method: m.method,
  recipient: m.recipient,
  // What the timeline line quotes ("Sent by email to …: <subject>").
  subject: m.subject,
});

/** message.delivered (SENT or SUPPRESSED) or message.failed, in the caller's transaction: casework puts it on the timeline. */
export function outcomeEvent(m: Message, now: Date) {
  if (m.status === DeliveryStatus.FAILED)
    return newOutboxEvent('message.failed', { ...eventOf(m), failure: m.failure ?? 'not delivered' }, now);
  const status = m.status === DeliveryStatus.SUPPRESSED ? 'SUPPRESSED' : 'SENT';
  return newOutboxEvent('message.delivered', { ...eventOf(m), status, reason: status === 'SUPPRESSED' ? m.failure : null }, now);
}

/**
 * Records the owed message once per messageId, rendered from its document and with its method chosen, in one
 * transaction with what follows at once: a suppressed message is final (its event written with it); a letter waits
 * to be printed; an email waits to be sent. A redelivered job finds the record as it is.
 */
export async function recordMessage(
  em: EntityManager,
  job: MessageRequestedJob,
  doc: MessageDocument,
  now: Date,
): Promise<{ message: Message; created: boolean }> {
  return em.transactional(async (tx) => {
    const largePrint = doc.largePrint;
    const delivery = chooseDelivery(job.kind, job.recipient, job.allowedMethods);
    const rendered = renderEmail(doc);
    const inserted = await tx
      .createQueryBuilder(Message)
      .insert({
        id: job.messageId,
        kind: job.kind,
        councilId: job.councilId,
        caseId: job.caseId,
        reference: job.reference,
        stage: job.stage,
        recipient: delivery.recipient,
        recipientRole: job.recipient?.role ?? null,
        postalAddress: delivery.postalAddress,
        largePrint,
        method: delivery.method,
        subject: rendered.subject,
        body: rendered.text,
        html: rendered.html,
        status: delivery.method ? DeliveryStatus.QUEUED : DeliveryStatus.SUPPRESSED,
        failure: delivery.method ? null : delivery.suppressed,
        attempts: 0,
        createdAt: now,
        sentAt: null,
      })
      .onConflict('id')
      .ignore()
      .execute('run');
    const created = (inserted.affectedRows ?? 0) > 0;
    const message = await tx.findOneOrFail(Message, { id: job.messageId });
    if (created && message.status === DeliveryStatus.SUPPRESSED) tx.persist(outcomeEvent(message, now));
    return { message, created };
  });
}

type SendStep = { outcome: JobOutcome } | { retryIn: number };

/** Marks the message FAILED for good, with the reason staff will read; its event goes with it. */
function fail(tx: EntityManager, m: Message, failure: string, now: Date): SendStep {
  m.status = DeliveryStatus.FAILED;
  m.failure = failure;
  tx.persist(outcomeEvent(m, now));
  return { outcome: done };
}

/**
 * One try at handing a queued email to the mail server, holding the record's row lock so that two deliveries of the
 * same job never both send it. Sent: SENT, its event and the audit row. Refused for good: FAILED with the server's
 * reason. Not now: the attempt is counted and the job tries again later, until the tries run out.
 */
async function sendQueuedEmail(em: EntityManager, id: string, deps: DeliveryDeps): Promise<SendStep> {
  return em.transactional(async (tx) => {
    const m = await tx.findOneOrFail(Message, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (m.status !== DeliveryStatus.QUEUED) return { outcome: skipped(`message already ${m.status.toLowerCase()}`) };
    const from = senderFor(deps.config, m.councilId);
    if (!from)
      return fail(
        tx,
        m,
        `Not sent: there is no sender address for ${m.councilId} (set MAIL_FROM, or the policy's contact email).`,
        deps.now(),
      );
    const result = await deps.mailer.send({ messageId: m.id, from, to: m.recipient!, subject: m.subject, text: m.body, html: m.html });
    m.attempts += 1;
    const now = deps.now();
    if (result.sent) {
      m.status = DeliveryStatus.SENT;
      m.sentAt = now;
      m.failure = null;
      tx.persist(outcomeEvent(m, now));
      await audit(tx, null, 'SEND_MESSAGE', [m.id, ...(m.caseId ? [m.caseId] : [])], now);
      return { outcome: done };
    }
    if (result.permanent) return fail(tx, m, `Not delivered: ${result.reason}.`, now);
    if (m.attempts > deps.retryDelaysMs.length) return fail(tx, m, `Not delivered after ${m.attempts} attempts: ${result.reason}.`, now);
    m.failure = `Not delivered yet (attempt ${m.attempts}; we will try again): ${result.reason}.`;
    return { retryIn: deps.retryDelaysMs[m.attempts - 1] };
  });
}

/**
 * Prints a queued letter once: the PDF is rendered outside any transaction (it takes a moment), then written under
 * the record's row lock only if the letter is still QUEUED, so two deliveries of the same job print it once. Printed:
 * SENT, the PDF kept with it (case handlers read it as `letterPdf`), its event and the audit row.
 */
async function printQueuedLetter(em: EntityManager, queued: Message, doc: MessageDocument, deps: DeliveryDeps): Promise<JobOutcome> {
  const printedAt = deps.now();
  const pdf = await printLetter(doc, queued, printedAt);
  return em.transactional(async (tx) => {
    const m = await tx.findOneOrFail(Message, { id: queued.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (m.status !== DeliveryStatus.QUEUED) return skipped(`message already ${m.status.toLowerCase()}`);
    m.letterPdf = pdf;
    m.attempts += 1;
    m.status = DeliveryStatus.SENT;
    m.sentAt = printedAt;
    m.failure = null;
    tx.persist(outcomeEvent(m, printedAt));
    await audit(tx, null, 'SEND_MESSAGE', [m.id, ...(m.caseId ? [m.caseId] : [])], printedAt);
    return done;
  });
}

/**
 * notifications · message.requested: record once, then send it by email or print the letter, once. Two deliveries
 * of one job (replicas, a retry) never both send: the row lock. The one exception is the database failing between
 * the mail server's acceptance and the commit: the retry sends it again, with the same Message-ID (mail systems
 * treat it as the same message). A second copy of a receipt is better than none.
 */
export async function deliverMessage(em: EntityManager, job: MessageRequestedJob, deps: DeliveryDeps): Promise<JobOutcome> {
  const doc = composeFor(job);
  const { message, created } = await recordMessage(em, job, doc, deps.now());
  if (message.status === DeliveryStatus.SUPPRESSED) return created ? done : skipped('message already recorded as suppressed');
  if (message.status !== DeliveryStatus.QUEUED) return skipped(`message already ${message.status.toLowerCase()}`);
  if (message.method === DeliveryMethod.LETTER) return printQueuedLetter(em, message, doc, deps);
  const step = await sendQueuedEmail(em, message.id, deps);
  if ('retryIn' in step) return deps.retryLater(step.retryIn);
  return step.outcome;
}
