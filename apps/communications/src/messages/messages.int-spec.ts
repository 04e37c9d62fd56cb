import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { DeliveryStatus, MessageKind, Role } from '@redress/policy';
import { OutboxEvent, buildSubgraph, formatError, smtpFromEnv } from '@redress/platform';
import type { AuthContext } from '@redress/platform';
import { communicationsSubgraph } from '../communications.module';
import { communicationsTestbed, messageJob } from '../testing/communications-testbed';
import { createMailer } from './mailer';
import { Message } from './message.entity';

jest.setTimeout(60_000);

const bed = communicationsTestbed('case-messages');
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = (await buildSubgraph(communicationsSubgraph())).schema;
});

const staff = (council: string, roles: Role[] = [Role.OFFICER]): AuthContext => ({
  staff: { sub: `${council}-officer`, name: 'Amy Clarke', roles, council },
});

async function run(auth: AuthContext, source: string, variableValues: Record<string, unknown> = {}, mailer = bed.mailer) {
  const contextValue = {
    auth,
    em: bed.orm.em.fork(),
    schema: `${bed.isolation.schemaPrefix}communications`,
    now: () => new Date(),
    mailer,
    mailFrom: bed.config.mailFrom,
  };
  const res = await graphql({ schema, source, variableValues, contextValue });
  // As the edge formats them: the code in extensions, the message a person can act on.
  const error = res.errors?.map((e) => formatError(e.toJSON(), e))[0];
  return { data: res.data as Record<string, unknown> | null, error };
}

const MESSAGES = `query M($r: [_Any!]!) { _entities(representations: $r) { ... on Case { reference messages {
  id kind method recipient subject body status createdAt sentAt failure letterPdf } } } }`;
const RESEND = 'mutation R($id: ID!) { resendMessage(messageId: $id) { id status sentAt failure } }';
const caseRef = (reference: string) => ({ r: [{ __typename: 'Case', reference }] });
const auditOf = async (id: string): Promise<{ action: string; actor: string }[]> =>
  bed.orm.em
    .getConnection()
    .execute(
      `select "action", "actor" from "${bed.isolation.schemaPrefix}communications"."audit_log" where "ids" @> ?::jsonb order by "seq"`,
      [JSON.stringify([id])],
    );

describe('Case.messages: what was sent to whom, for case handlers of the council', () => {
  it('lists a case’s messages oldest first, as sent, and audits the read', async () => {
    const reference = 'HDC-2026-700001';
    const receipt = messageJob({ reference, kind: MessageKind.RECEIPT, caseId: null, occurredAt: '2026-11-23T10:00:00Z' });
    const ack = messageJob({ reference, caseId: randomUUID() });
    await bed.deliver(receipt);
    await bed.deliver(ack);
    const { data, error } = await run(staff('hart'), MESSAGES, caseRef(reference));
    expect(error).toBeUndefined();
    const [found] = data!._entities as { messages: Record<string, unknown>[] }[];
    expect(found.messages.map((m) => [m.id, m.kind, m.status, m.method, m.recipient])).toEqual([
      [receipt.messageId, 'RECEIPT', 'SENT', 'EMAIL', receipt.recipient!.email],
      [ack.messageId, 'ACKNOWLEDGEMENT', 'SENT', 'EMAIL', ack.recipient!.email],
    ]);
    expect(found.messages[1]).toMatchObject({ letterPdf: null, failure: null, body: expect.stringContaining('Tuesday 8 December 2026') });
    expect(await auditOf(ack.messageId)).toContainEqual({ action: 'READ_MESSAGES', actor: 'hart-officer' });
  });

  it('another council’s staff see none of them; an analyst is refused', async () => {
    const job = messageJob();
    await bed.deliver(job);
    // Hart's reference (HDC-…) asked for by Hampshire: as if there were no such case.
    const other = await run(staff('hampshire'), MESSAGES, caseRef(job.reference));
    expect(other.data!._entities).toEqual([null]);
    // A Hampshire reference of Hart's records (never so in practice): still only the caller's council's.
    const stray = messageJob({ reference: 'HCC-2026-700002' });
    await bed.deliver(stray);
    const mine = await run(staff('hampshire'), MESSAGES, caseRef('HCC-2026-700002'));
    expect((mine.data!._entities as { messages: unknown[] }[])[0].messages).toEqual([]);
    const analyst = await run(staff('hart', [Role.ANALYST]), MESSAGES, caseRef(job.reference));
    expect(analyst.error?.extensions?.code).toBe('FORBIDDEN');
    expect(analyst.error?.message).not.toContain(job.recipient!.email!);
  });
});

describe('resendMessage: a case handler sends an email again', () => {
  it('sends it again to the same address with a new attempt, updates sentAt, emits and audits', async () => {
    const job = messageJob();
    await bed.deliver(job);
    const first = await bed.orm.em.fork().findOneOrFail(Message, { id: job.messageId });
    const { data, error } = await run(staff('hart'), RESEND, { id: job.messageId });
    expect(error).toBeUndefined();
    expect(data!.resendMessage).toMatchObject({ id: job.messageId, status: 'SENT', failure: null });
    expect(new Date((data!.resendMessage as { sentAt: string }).sentAt).getTime()).toBeGreaterThan(first.sentAt!.getTime());
    expect(bed.smtp.messagesTo(job.recipient!.email!)).toHaveLength(2);
    expect(await bed.orm.em.fork().findOneOrFail(Message, { id: job.messageId })).toMatchObject({ attempts: 2 });
    expect(await auditOf(job.messageId)).toEqual([
      { action: 'SEND_MESSAGE', actor: 'system' },
      { action: 'RESEND_MESSAGE', actor: 'hart-officer' },
    ]);
    const events = (await bed.orm.em.fork().find(OutboxEvent, {})).filter(
      (e) => (e.payload as { messageId: string }).messageId === job.messageId,
    );
    expect(events.map((e) => e.type)).toEqual(['message.delivered', 'message.delivered']);
  });

  it('a suppressed message: CONFLICT, nothing to resend, saying why', async () => {
    const job = messageJob({ recipient: null });
    await bed.deliver(job);
    const { data, error } = await run(staff('hart'), RESEND, { id: job.messageId });
    expect(data).toBeNull();
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.message).toBe('Nothing to resend: this message was never sent (anonymous: nobody to write to).');
  });

  it('another council’s message reads exactly like a missing one: NOT_FOUND', async () => {
    const job = messageJob();
    await bed.deliver(job);
    const theirs = await run(staff('hampshire'), RESEND, { id: job.messageId });
    const missing = await run(staff('hampshire'), RESEND, { id: randomUUID() });
    for (const r of [theirs, missing]) expect(r.error?.extensions?.code).toBe('NOT_FOUND');
    expect(theirs.error?.message.replace(job.messageId, 'X')).toBe(missing.error?.message.replace(/[0-9a-f-]{36}/, 'X'));
    expect(bed.smtp.messagesTo(job.recipient!.email!)).toHaveLength(1);
  });

  it('refused for good this time: FAILED with the server’s reason; a server down: nothing changes, try later', async () => {
    const job = messageJob();
    await bed.deliver(job);
    bed.smtp.refuse(job.recipient!.email!, { code: 550, message: 'Mailbox closed', times: 1 });
    const refused = await run(staff('hart'), RESEND, { id: job.messageId });
    expect(refused.data!.resendMessage).toMatchObject({
      status: DeliveryStatus.FAILED,
      failure: expect.stringMatching(/550 Mailbox closed/),
    });
    const down = createMailer(smtpFromEnv('smtp://127.0.0.1:9'));
    const unavailable = await run(staff('hart'), RESEND, { id: job.messageId }, down);
    expect(unavailable.error?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(unavailable.error?.message).toMatch(/^The mail server cannot take the message just now .*Please try again later\.$/);
    expect(await bed.orm.em.fork().findOneOrFail(Message, { id: job.messageId })).toMatchObject({
      status: DeliveryStatus.FAILED,
      attempts: 2,
    });
  });

  it('an id that is not a UUID: BAD_USER_INPUT naming the message id', async () => {
    const { error } = await run(staff('hart'), RESEND, { id: 'not-an-id' });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'messageId' });
    expect(error?.message).toMatch(/is not the id of a message/);
  });
});
