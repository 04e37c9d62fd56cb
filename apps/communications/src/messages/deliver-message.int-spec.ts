import { AdjustmentKind, ContactPreference, DeliveryMethod, DeliveryStatus, MessageKind } from '@redress/policy';
import { OutboxEvent, smtpFromEnv } from '@redress/platform';
import { communicationsTestbed, messageJob, recipient } from '../testing/communications-testbed';
import { deliverMessage } from './deliver-message';
import { createMailer } from './mailer';
import { Message } from './message.entity';

jest.setTimeout(60_000);

const bed = communicationsTestbed('deliver-message');

const recordOf = (id: string) => bed.orm.em.fork().findOneOrFail(Message, { id });
const eventsFor = async (messageId: string) =>
  (await bed.orm.em.fork().find(OutboxEvent, {}, { orderBy: { occurredAt: 'asc' } })).filter(
    (e) => (e.payload as { messageId?: string }).messageId === messageId,
  );
const auditRows = async (id: string): Promise<{ action: string; actor: string }[]> =>
  bed.orm.em
    .getConnection()
    .execute(`select "action", "actor" from "${bed.isolation.schemaPrefix}communications"."audit_log" where "ids" @> ?::jsonb`, [
      JSON.stringify([id]),
    ]);

describe('a message owed to a resident, on the notifications queue', () => {
  it('is sent once by email, with the rendered subject and text, to the address they gave, and recorded as SENT', async () => {
    const job = messageJob();
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    const mails = bed.smtp.messagesTo(job.recipient!.email!);
    expect(mails).toHaveLength(1);
    const record = await recordOf(job.messageId);
    expect(record).toMatchObject({
      status: DeliveryStatus.SENT,
      method: DeliveryMethod.EMAIL,
      recipient: job.recipient!.email,
      attempts: 1,
    });
    expect(record.sentAt).toBeInstanceOf(Date);
    expect(mails[0].subject).toBe(record.subject);
    expect(mails[0].subject).toContain(job.reference);
    expect(mails[0].text).toContain('We will reply by Tuesday 8 December 2026.');
    expect(mails[0].html).toContain('We will reply by Tuesday 8 December 2026.');
    expect(mails[0].from?.value[0].address).toBe('complaints@hart.gov.uk');
    expect(mails[0].messageId).toBe(`<${job.messageId}@redress>`);
    expect((await eventsFor(job.messageId)).map((e) => [e.type, (e.payload as { status: string }).status])).toEqual([
      ['message.delivered', 'SENT'],
    ]);
    expect(await auditRows(job.messageId)).toEqual([{ action: 'SEND_MESSAGE', actor: 'system' }]);
  });

  it('the same job delivered twice (a redelivery, a replayed event) sends one email', async () => {
    const job = messageJob();
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    expect(await bed.deliver(job)).toEqual({ outcome: 'skipped', why: 'message already sent' });
    // Both at once: the record's row lock lets one of them send.
    const twice = messageJob();
    const outcomes = await Promise.all([bed.deliver(twice), bed.deliver(twice)]);
    expect(outcomes).toContainEqual({ outcome: 'done' });
    expect(bed.smtp.messagesTo(job.recipient!.email!)).toHaveLength(1);
    expect(bed.smtp.messagesTo(twice.recipient!.email!)).toHaveLength(1);
    expect(await eventsFor(twice.messageId)).toHaveLength(1);
  });

  it('a recipient the server refuses for good (550) is FAILED with its reason, once, and message.failed is emitted', async () => {
    const job = messageJob();
    bed.smtp.refuse(job.recipient!.email!, { code: 550, message: 'No such user here' });
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    expect(bed.smtp.attemptsFor(job.recipient!.email!)).toBe(1);
    const record = await recordOf(job.messageId);
    expect(record.status).toBe(DeliveryStatus.FAILED);
    expect(record.failure).toMatch(/^Not delivered: the mail server answered "550 No such user here"/);
    const events = await eventsFor(job.messageId);
    expect(events.map((e) => e.type)).toEqual(['message.failed']);
    expect(events[0].payload).toMatchObject({ messageId: job.messageId, caseId: job.caseId, failure: record.failure, method: 'EMAIL' });
    expect(bed.smtp.messagesTo(job.recipient!.email!)).toHaveLength(0);
  });

  it('a temporary refusal (451) is tried again later, and then sent', async () => {
    const job = messageJob();
    bed.smtp.refuse(job.recipient!.email!, { code: 451, message: 'Try again later', times: 2 });
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    expect(bed.smtp.attemptsFor(job.recipient!.email!)).toBe(3);
    expect(bed.smtp.messagesTo(job.recipient!.email!)).toHaveLength(1);
    expect(await recordOf(job.messageId)).toMatchObject({ status: DeliveryStatus.SENT, attempts: 3, failure: null });
  });

  it('a mail server that cannot be reached (connection refused) is a temporary failure: the job is put back for later', async () => {
    const job = messageJob();
    const delays: number[] = [];
    const deps = {
      mailer: createMailer(smtpFromEnv('smtp://127.0.0.1:9')),
      config: bed.config,
      now: () => new Date(),
      retryDelaysMs: [5_000, 60_000],
      retryLater: async (ms: number): Promise<never> => {
        delays.push(ms);
        throw new Error('put back');
      },
    };
    await expect(deliverMessage(bed.orm.em.fork(), job, deps)).rejects.toThrow('put back');
    expect(delays).toEqual([5_000]);
    const record = await recordOf(job.messageId);
    expect(record).toMatchObject({ status: DeliveryStatus.QUEUED, attempts: 1 });
    expect(record.failure).toMatch(/^Not delivered yet \(attempt 1; we will try again\): the mail server could not be reached/);
    expect(await eventsFor(job.messageId)).toEqual([]);
    // The server back: the next try sends it.
    expect(await deliverMessage(bed.orm.em.fork(), job, { ...deps, mailer: bed.mailer })).toEqual({ outcome: 'done' });
    expect(await recordOf(job.messageId)).toMatchObject({ status: DeliveryStatus.SENT, attempts: 2, failure: null });
  });

  it('a server that keeps deferring: FAILED once the tries run out, saying how many', async () => {
    const job = messageJob();
    bed.smtp.refuse(job.recipient!.email!, { code: 421, message: 'Service not available' });
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    expect(bed.smtp.attemptsFor(job.recipient!.email!)).toBe(3);
    const record = await recordOf(job.messageId);
    expect(record).toMatchObject({ status: DeliveryStatus.FAILED, attempts: 3 });
    expect(record.failure).toMatch(/^Not delivered after 3 attempts: the mail server answered "421 Service not available"/);
    expect((await eventsFor(job.messageId)).map((e) => e.type)).toEqual(['message.failed']);
  });

  it('an anonymous complaint sends nothing: SUPPRESSED, saying why', async () => {
    const before = bed.smtp.messages().length;
    const job = messageJob({ recipient: null, kind: MessageKind.RECEIPT, caseId: null });
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    expect(await recordOf(job.messageId)).toMatchObject({
      status: DeliveryStatus.SUPPRESSED,
      method: null,
      recipient: null,
      failure: 'anonymous: nobody to write to',
    });
    expect((await eventsFor(job.messageId)).map((e) => e.payload)).toEqual([
      expect.objectContaining({ status: 'SUPPRESSED', reason: 'anonymous: nobody to write to', method: null }),
    ]);
    expect(await bed.deliver(job)).toEqual({ outcome: 'skipped', why: 'message already recorded as suppressed' });
    expect(bed.smtp.messages().length).toBe(before);
  });

  it('a restriction allowing letters only: no email, a letter printed instead', async () => {
    const job = messageJob({ kind: MessageKind.PROGRESS_UPDATE, allowedMethods: [ContactPreference.LETTER] });
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    expect(bed.smtp.attemptsFor(job.recipient!.email!)).toBe(0);
    expect(await recordOf(job.messageId)).toMatchObject({
      status: DeliveryStatus.SENT,
      method: DeliveryMethod.LETTER,
      recipient: 'Jo Bloggs',
      postalAddress: '1 High Street, Fleet GU51 1AA',
      failure: null,
    });
  });

  it('a restriction leaving no way to write to them: SUPPRESSED with the reason, nothing sent', async () => {
    const job = messageJob({
      kind: MessageKind.PROGRESS_UPDATE,
      recipient: recipient({ postalAddress: null }),
      allowedMethods: [ContactPreference.LETTER],
    });
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    expect(bed.smtp.attemptsFor(job.recipient!.email!)).toBe(0);
    expect((await recordOf(job.messageId)).failure).toMatch(/the contact restriction in force allows letter only/);
  });

  it('large print asked for as an adjustment: the email is set in larger type', async () => {
    const plain = messageJob({ reference: 'HDC-2026-800001' });
    const large = messageJob({ reference: 'HDC-2026-800001', recipient: recipient({ adjustments: [AdjustmentKind.LARGE_PRINT] }) });
    await bed.deliver(plain);
    await bed.deliver(large);
    expect(await recordOf(large.messageId)).toMatchObject({ largePrint: true, status: DeliveryStatus.SENT });
    const [normalMail] = bed.smtp.messagesTo(plain.recipient!.email!);
    const [largeMail] = bed.smtp.messagesTo(large.recipient!.email!);
    expect(largeMail.text).toBe(normalMail.text);
    expect(largeMail.html).not.toBe(normalMail.html);
  });
});
