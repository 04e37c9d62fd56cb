import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { graphql } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { AdjustmentKind, ContactPreference, DeliveryMethod, DeliveryStatus, Role } from '@redress/policy';
import { OutboxEvent, buildSubgraph, formatError } from '@redress/platform';
import { pdfInfo, pdfText, pdfWords } from '@redress/platform/testing';
import { communicationsSubgraph } from '../communications.module';
import { communicationsTestbed, messageJob, recipient } from '../testing/communications-testbed';
import { ANONYMISED_BODY, anonymiseMessages } from './anonymise-messages';
import { deliverMessage } from './deliver-message';
import { Message } from './message.entity';

jest.setTimeout(60_000);

const bed = communicationsTestbed('letters');
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = (await buildSubgraph(communicationsSubgraph())).schema;
});

/** Someone with no email address who gave a postal address: they are written to by letter. */
const byPost = (over: Parameters<typeof recipient>[0] = {}) =>
  recipient({ email: null, postalAddress: '1 High Street\nFleet GU51 1AA', contactPreference: ContactPreference.LETTER, ...over });

const recordOf = (id: string) => bed.orm.em.fork().findOneOrFail(Message, { id }, { populate: ['letterPdf'] });
const eventsFor = async (messageId: string) =>
  (await bed.orm.em.fork().find(OutboxEvent, {})).filter((e) => (e.payload as { messageId?: string }).messageId === messageId);
const auditOf = async (id: string): Promise<{ action: string; actor: string }[]> =>
  bed.orm.em
    .getConnection()
    .execute(
      `select "action", "actor" from "${bed.isolation.schemaPrefix}communications"."audit_log" where "ids" @> ?::jsonb order by "seq"`,
      [JSON.stringify([id])],
    );

/** Delivered as the worker does, on a day of the test's choosing (the letter is dated the day it is printed). */
const deliverOn = (job: ReturnType<typeof messageJob>, at: string) =>
  deliverMessage(bed.orm.em.fork(), job, {
    mailer: bed.mailer,
    config: bed.config,
    now: () => new Date(at),
    retryDelaysMs: [100],
    retryLater: () => Promise.reject(new Error('a letter is never put back for later')),
  });

/** The height of a word as pdftotext lays it out (its bounding box, in points): the size it is set in, and a little. */
async function heightOf(pdf: Buffer, word: string): Promise<number> {
  const child = promisify(execFile)('pdftotext', ['-bbox', '-', '-']);
  child.child.stdin!.end(pdf);
  const { stdout } = await child;
  const box = new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`).exec(stdout);
  if (!box) throw new Error(`"${word}" is not in the letter`);
  return Number(box[2]) - Number(box[1]);
}

async function run(roles: Role[], source: string, variableValues: Record<string, unknown>) {
  const contextValue = {
    auth: { staff: { sub: 'hart-officer', name: 'Amy Clarke', roles, council: 'hart' } },
    em: bed.orm.em.fork(),
    schema: `${bed.isolation.schemaPrefix}communications`,
    now: () => new Date(),
    mailer: bed.mailer,
    mailFrom: bed.config.mailFrom,
  };
  const res = await graphql({ schema, source, variableValues, contextValue });
  return { data: res.data as Record<string, unknown> | null, error: res.errors?.map((e) => formatError(e.toJSON(), e))[0] };
}
const MESSAGES = (fields: string) => `query M($r: [_Any!]!) { _entities(representations: $r) { ... on Case { messages { ${fields} } } } }`;
const messagesOf = async (reference: string, fields: string, roles = [Role.OFFICER]) => {
  const { data, error } = await run(roles, MESSAGES(fields), { r: [{ __typename: 'Case', reference }] });
  return { messages: (data?._entities as { messages: Record<string, unknown>[] }[] | undefined)?.[0].messages, error };
};

describe('a letter: someone with no email address who gave a postal address', () => {
  it('is printed: a PDF with the letterhead, their address, the reference, the date in words and what it says; SENT', async () => {
    const job = messageJob({ recipient: byPost() });
    expect(await deliverOn(job, '2026-12-21T10:00:00Z')).toEqual({ outcome: 'done' });
    const record = await recordOf(job.messageId);
    expect(record).toMatchObject({ method: DeliveryMethod.LETTER, status: DeliveryStatus.SENT, recipient: 'Jo Bloggs', attempts: 1 });
    expect(record.sentAt).toEqual(new Date('2026-12-21T10:00:00Z'));
    const pdf = record.letterPdf!;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const lines = (await pdfText(pdf)).split('\n').map((l) => l.trim());
    expect(lines).toEqual(
      expect.arrayContaining(['Hart District Council', 'Civic Offices', 'Jo Bloggs', '1 High Street', 'Fleet GU51 1AA']),
    );
    expect(lines).toContain(`Your reference: ${job.reference}`);
    expect(lines).toContain('Monday 21 December 2026');
    const words = await pdfWords(pdf);
    expect(words).toContain('We will reply by Tuesday 8 December 2026.');
    expect(words).toContain('Dear Jo Bloggs,');
    expect(words).toContain('Yours sincerely');
    // The same words as the record's text (what staff read on the case), and its subject as the PDF's title.
    expect(record.body).toContain('We will reply by Tuesday 8 December 2026.');
    expect(await pdfInfo(pdf)).toMatchObject({ Title: record.subject, Author: 'Hart District Council' });
    // Printed is sent: casework hears of it, and the send is audited.
    expect((await eventsFor(job.messageId)).map((e) => [e.type, (e.payload as { status: string; method: string }).status])).toEqual([
      ['message.delivered', 'SENT'],
    ]);
    expect((await eventsFor(job.messageId))[0].payload).toMatchObject({ method: 'LETTER', recipient: 'Jo Bloggs' });
    expect(await auditOf(job.messageId)).toEqual([{ action: 'SEND_MESSAGE', actor: 'system' }]);
    expect(bed.smtp.messages().filter((m) => m.subject === record.subject)).toEqual([]);
  });

  it('large print (a LARGE_PRINT adjustment): the same words, set at 16pt or more', async () => {
    const standard = messageJob({ recipient: byPost() });
    const large = messageJob({ reference: standard.reference, recipient: byPost({ adjustments: [AdjustmentKind.LARGE_PRINT] }) });
    await bed.deliver(standard);
    await bed.deliver(large);
    const [s, l] = [await recordOf(standard.messageId), await recordOf(large.messageId)];
    expect(l).toMatchObject({ largePrint: true, status: DeliveryStatus.SENT });
    expect(await pdfWords(l.letterPdf!)).toContain('We will reply by Tuesday 8 December 2026.');
    expect(await pdfWords(l.letterPdf!)).toContain(large.reference);
    // Roboto's box is a little taller than its size: 12pt is about 14, 16pt about 19.
    expect(await heightOf(s.letterPdf!, 'Dear')).toBeLessThan(16);
    expect(await heightOf(l.letterPdf!, 'Dear')).toBeGreaterThanOrEqual(16 * 1.1);
  });

  it('delivered twice, or twice at once, is printed once: one PDF, one event, one audit row', async () => {
    const job = messageJob({ recipient: byPost() });
    expect(await bed.deliver(job)).toEqual({ outcome: 'done' });
    const first = await recordOf(job.messageId);
    expect(await bed.deliver(job)).toEqual({ outcome: 'skipped', why: 'message already sent' });
    const again = await recordOf(job.messageId);
    expect(again.letterPdf!.equals(first.letterPdf!)).toBe(true);
    expect(again.sentAt).toEqual(first.sentAt);
    const twice = messageJob({ recipient: byPost() });
    const outcomes = await Promise.all([bed.deliver(twice), bed.deliver(twice)]);
    expect(outcomes.filter((o) => (o as { outcome: string }).outcome === 'done')).toHaveLength(1);
    for (const id of [job.messageId, twice.messageId]) {
      expect(await eventsFor(id)).toHaveLength(1);
      expect(await auditOf(id)).toEqual([{ action: 'SEND_MESSAGE', actor: 'system' }]);
    }
  });

  it('case handlers read it on the case as letterPdf (base64), only when they ask for it; an email has none', async () => {
    const letter = messageJob({ recipient: byPost() });
    const email = messageJob({ reference: letter.reference });
    await bed.deliver(letter);
    await bed.deliver(email);
    const { messages, error } = await messagesOf(letter.reference, 'id method status letterPdf');
    expect(error).toBeUndefined();
    const [l, e] = [messages!.find((m) => m.id === letter.messageId)!, messages!.find((m) => m.id === email.messageId)!];
    expect(l).toMatchObject({ method: 'LETTER', status: 'SENT' });
    expect(e).toMatchObject({ method: 'EMAIL', letterPdf: null });
    // The list itself does not carry the PDFs: they are loaded when asked for.
    const [listed] = await bed.orm.em.fork().find(Message, { id: letter.messageId });
    expect(listed.letterPdf ?? null).toBeNull();
    const pdf = Buffer.from(l.letterPdf as string, 'base64');
    expect(pdf.equals((await recordOf(letter.messageId)).letterPdf!)).toBe(true);
    expect(await pdfWords(pdf)).toContain(letter.reference);
    // Through a fragment too; and the read is audited as the messages' read is.
    const viaFragment = await run(
      [Role.OFFICER],
      `query M($r: [_Any!]!) { _entities(representations: $r) { ... on Case {
      messages { ...Letter } } } } fragment Letter on CaseMessage { id letterPdf }`,
      { r: [{ __typename: 'Case', reference: letter.reference }] },
    );
    const found = (viaFragment.data!._entities as { messages: { id: string; letterPdf: string | null }[] }[])[0].messages;
    expect(found.find((m) => m.id === letter.messageId)!.letterPdf).toBe(l.letterPdf);
    expect(await auditOf(letter.messageId)).toContainEqual({ action: 'READ_MESSAGES', actor: 'hart-officer' });
    // An analyst reads no message, nor any letter.
    const analyst = await messagesOf(letter.reference, 'id letterPdf', [Role.ANALYST]);
    expect(analyst.error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resendMessage of a letter: CONFLICT, saying to print another copy from its PDF', async () => {
    const job = messageJob({ recipient: byPost() });
    await bed.deliver(job);
    const { data, error } = await run([Role.OFFICER], 'mutation R($id: ID!) { resendMessage(messageId: $id) { id } }', {
      id: job.messageId,
    });
    expect(data).toBeNull();
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.message).toBe(
      'Nothing to resend: this is a letter. Print another copy from its PDF on the case (letterPdf); only an email is sent again.',
    );
    expect(await recordOf(job.messageId)).toMatchObject({ status: DeliveryStatus.SENT, attempts: 1 });
  });

  it('anonymisation (retention or erasure) removes the PDF with the address and the words', async () => {
    const job = messageJob({ recipient: byPost() });
    await bed.deliver(job);
    expect((await recordOf(job.messageId)).letterPdf).not.toBeNull();
    const event = {
      v: 1 as const,
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      caseId: job.caseId!,
      submissionId: randomUUID(),
      reference: job.reference,
      councilId: 'hart',
      reason: 'RETENTION' as const,
    };
    expect(await anonymiseMessages(bed.orm.em.fork(), event)).toEqual({ outcome: 'done' });
    expect(await recordOf(job.messageId)).toMatchObject({
      letterPdf: null,
      postalAddress: null,
      recipient: null,
      body: ANONYMISED_BODY,
      method: DeliveryMethod.LETTER,
      status: DeliveryStatus.SENT,
    });
    const { messages } = await messagesOf(job.reference, 'id letterPdf');
    expect(messages).toEqual([{ id: job.messageId, letterPdf: null }]);
  });
});
