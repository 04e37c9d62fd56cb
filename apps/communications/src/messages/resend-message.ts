import { LockMode } from '@mikro-orm/core';
import { DeliveryMethod, DeliveryStatus } from '@redress/policy';
import { CodedError, audit, conflict, notFound } from '@redress/platform';
import type { EntityManager, PlatformConfig, StaffIdentity } from '@redress/platform';
import { outcomeEvent } from './deliver-message';
import { senderFor } from './mailer';
import type { Mailer } from './mailer';
import { Message } from './message.entity';

/**
 * Why a message cannot be sent again (null: it can): a suppressed one was never sent; a letter is printed once, and
 * another copy is printed from the PDF kept with it (the same letter, with its date), not rendered afresh.
 */
function resendProblem(m: Message): string | null {
  if (m.status === DeliveryStatus.SUPPRESSED) return `Nothing to resend: this message was never sent (${m.failure ?? 'held back'}).`;
  if (m.method === DeliveryMethod.LETTER && m.status === DeliveryStatus.QUEUED)
    return 'Nothing to resend: this letter is waiting to be printed; its PDF will be on the case (letterPdf) once it is.';
  if (m.method === DeliveryMethod.LETTER)
    return 'Nothing to resend: this is a letter. Print another copy from its PDF on the case (letterPdf); only an email is sent again.';
  return null;
}

/**
 * A case handler sends an email again (it went astray, or failed and the address was put right at the server): the
 * same subject and text to the same address, as a new attempt. Sent: SENT with the new time. Refused by the server:
 * FAILED with its reason (the answer shows it). The server not taking mail just now: nothing changes, try later.
 */
export async function resendMessage(
  em: EntityManager,
  deps: { mailer: Mailer; config: Pick<PlatformConfig, 'mailFrom'>; now: () => Date },
  staff: StaffIdentity,
  messageId: string,
): Promise<Message> {
  return em.transactional(async (tx) => {
    // Another council's message reads exactly like a missing one.
    const m = await tx.findOne(Message, { id: messageId, councilId: staff.council }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!m) throw notFound(`There is no message ${messageId}.`, 'messageId');
    const problem = resendProblem(m);
    if (problem) throw conflict(problem, 'messageId');
    const from = senderFor(deps.config, m.councilId);
    if (!from) throw conflict(`Cannot send: there is no sender address for ${m.councilId} (set MAIL_FROM).`);
    const result = await deps.mailer.send({ messageId: m.id, from, to: m.recipient!, subject: m.subject, text: m.body, html: m.html });
    if (!result.sent && !result.permanent)
      throw new CodedError(
        'SERVICE_UNAVAILABLE',
        `The mail server cannot take the message just now (${result.reason}). Please try again later.`,
      );
    const now = deps.now();
    m.attempts += 1;
    m.status = result.sent ? DeliveryStatus.SENT : DeliveryStatus.FAILED;
    m.failure = result.sent ? null : `Not delivered: ${result.reason}.`;
    if (result.sent) m.sentAt = now;
    tx.persist(outcomeEvent(m, now));
    await audit(tx, staff, 'RESEND_MESSAGE', [m.id, ...(m.caseId ? [m.caseId] : [])], now);
    return m;
  });
}
