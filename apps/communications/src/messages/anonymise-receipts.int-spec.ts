import { randomUUID } from 'node:crypto';
import { DeliveryStatus, MessageKind } from '@redress/policy';
import type { SubmissionAnonymisedEvent } from '@redress/contracts';
import { communicationsTestbed, messageJob, recipient } from '../testing/communications-testbed';
import { ANONYMISED_BODY } from './anonymise-messages';
import { anonymiseReceipts } from './anonymise-receipts';
import { Message } from './message.entity';

jest.setTimeout(60_000);

const bed = communicationsTestbed('anonymise-receipts');

const anonymised = (reference: string, councilId = 'hart'): SubmissionAnonymisedEvent => ({
  v: 1,
  eventId: randomUUID(),
  occurredAt: '2027-06-01T02:00:00.000Z',
  submissionId: randomUUID(),
  reference,
  councilId,
  reason: 'RETENTION',
  messageOwed: true,
});

describe('submission.anonymised: a contact with no case loses the words and address of what was sent for it', () => {
  it('clears the receipt of that reference in that council only, keeps what was sent and when, and does it once', async () => {
    const comment = messageJob({
      kind: MessageKind.RECEIPT,
      caseId: null,
      stage: null,
      recipient: recipient({ name: 'Rita Retention', email: 'rita.receipt@example.org' }),
      body: 'Thank you for your comment about the licensing pages at 12 High Street.',
      fields: { feedback: 'comment' },
    });
    // Anonymised before its receipt reached the record (another queue): tried again later, not lost.
    await expect(anonymiseReceipts(bed.orm.em.fork(), anonymised(comment.reference))).rejects.toThrow(/not on the delivery record yet/);
    // A contact that was owed nothing (a telephone comment) has nothing to wait for.
    expect(await anonymiseReceipts(bed.orm.em.fork(), { ...anonymised(comment.reference), messageOwed: false })).toEqual({
      outcome: 'skipped',
      why: 'no message of the contact holds personal data',
    });
    const other = messageJob({ kind: MessageKind.RECEIPT, caseId: null });
    const elsewhere = messageJob({ kind: MessageKind.RECEIPT, caseId: null, councilId: 'hampshire', reference: comment.reference });
    for (const job of [comment, other, elsewhere]) await bed.deliver(job);
    const before = await bed.orm.em.fork().findOneOrFail(Message, { id: comment.messageId });
    expect(before).toMatchObject({ status: DeliveryStatus.SENT, recipient: 'rita.receipt@example.org' });

    expect(await anonymiseReceipts(bed.orm.em.fork(), anonymised(comment.reference))).toEqual({ outcome: 'done' });
    const after = await bed.orm.em.fork().findOneOrFail(Message, { id: comment.messageId });
    expect(after).toMatchObject({
      kind: MessageKind.RECEIPT,
      status: DeliveryStatus.SENT,
      method: before.method,
      sentAt: before.sentAt,
      recipient: null,
      postalAddress: null,
      subject: `Message about ${comment.reference}`,
      body: ANONYMISED_BODY,
      html: '',
    });
    expect(JSON.stringify(after)).not.toMatch(/Rita|rita\.receipt|High Street/);
    // Another reference, and the same reference in another council, keep theirs.
    for (const untouched of [other, elsewhere])
      expect(await bed.orm.em.fork().findOneOrFail(Message, { id: untouched.messageId })).toMatchObject({
        recipient: untouched.recipient!.email,
        body: expect.stringContaining(untouched.body),
      });

    // Delivered again: nothing left to clear.
    expect(await anonymiseReceipts(bed.orm.em.fork(), anonymised(comment.reference))).toEqual({
      outcome: 'skipped',
      why: 'no message of the contact holds personal data',
    });
  });
});
