import { AlertKind, deliveryFailedAlertMessage, messageOutcomeLine } from '@redress/policy';
import type { MessageOutcomeFacts } from '@redress/policy';
import type { JobOutcome, MessageDeliveredEvent, MessageFailedEvent } from '@redress/contracts';
import { audit, done, lockRow, schemaOf, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { alertCoordinator, raiseAlert } from '../alerts/raise-alert';
import { Case, CaseEvent } from '../cases/case.entity';

interface Outcome {
  event: MessageDeliveredEvent | MessageFailedEvent;
  facts: MessageOutcomeFacts;
}

/** Whether this message's outcome of this kind is already on the timeline: the audit row written with the line. */
async function alreadyRecorded(tx: EntityManager, action: string, messageId: string): Promise<boolean> {
  const rows: unknown[] = await tx
    .getConnection()
    .execute(
      `select 1 from "${schemaOf(tx)}"."audit_log" where "action" = ? and "ids" @> ?::jsonb limit 1`,
      [action, JSON.stringify([messageId])],
      'all',
      tx.getTransactionContext(),
    );
  return rows.length > 0;
}

/** The case's handler is told a message did not reach the customer, else the complaints coordinator; once per message. */
async function alertDeliveryFailed(tx: EntityManager, c: Case, messageId: string, facts: MessageOutcomeFacts, now: Date): Promise<void> {
  const alert = {
    councilId: c.councilId,
    kind: AlertKind.DELIVERY_FAILED,
    caseId: c.id,
    reference: c.reference,
    message: deliveryFailedAlertMessage(c.reference, facts),
    dedupeKey: `delivery-failed:${messageId}`,
  };
  if (c.assigneeId) await raiseAlert(tx, { ...alert, recipientId: c.assigneeId }, now);
  else await alertCoordinator(tx, alert, now);
}

async function record(em: EntityManager, { event, facts }: Outcome, now: Date): Promise<JobOutcome> {
  if (!event.caseId) return skipped('no case: a receipt or a compliment is recorded by communications alone');
  const caseId = event.caseId;
  return em.transactional(async (tx) => {
    // One outcome line per message however often the event is delivered: decided under a lock on the case.
    await lockRow(tx, 'case', caseId);
    const c = await tx.findOne(Case, { id: caseId, councilId: event.councilId });
    if (!c) return skipped('case not found');
    if (c.anonymisedAt) return skipped("the case's personal data has been anonymised");
    const line = messageOutcomeLine(facts);
    const action = `CHANGE_${line.type}` as const;
    if (await alreadyRecorded(tx, action, event.messageId)) return skipped('already on the timeline');
    const at = Number.isNaN(Date.parse(event.occurredAt)) ? now : new Date(event.occurredAt);
    tx.create(CaseEvent, { case: c, at, type: line.type, actor: 'Redress', detail: line.detail });
    if (facts.status === 'FAILED') await alertDeliveryFailed(tx, c, event.messageId, facts, now);
    await audit(tx, null, action, [c.id, event.messageId], now);
    return done;
  });
}

/** message.delivered: "Sent by email to …" (or not sent, and why) on the case's timeline, once per message. */
export const recordMessageDelivered = (em: EntityManager, event: MessageDeliveredEvent, now: Date): Promise<JobOutcome> =>
  record(
    em,
    {
      event,
      facts: {
        kind: event.kind,
        status: event.status,
        method: event.method,
        recipient: event.recipient,
        subject: event.subject,
        reason: event.reason,
      },
    },
    now,
  );

/** message.failed: a MESSAGE_FAILED line with the server's reason, and a DELIVERY_FAILED alert, once per message. */
export const recordMessageFailed = (em: EntityManager, event: MessageFailedEvent, now: Date): Promise<JobOutcome> =>
  record(
    em,
    {
      event,
      facts: {
        kind: event.kind,
        status: 'FAILED',
        method: event.method,
        recipient: event.recipient,
        subject: event.subject,
        reason: event.failure,
      },
    },
    now,
  );
