import { randomUUID } from 'node:crypto';
import {
  AdjustmentKind,
  AlertKind,
  Channel,
  ComplainantType,
  ConsentEvidence,
  ContactPreference,
  DeliveryMethod,
  HoldReason,
  MessageKind,
  Outcome,
  Remedy,
  Role,
} from '@redress/policy';
import type { AcceptedSubmission, MessageDeliveredEvent, MessageFailedEvent, MessageRequestedJob } from '@redress/contracts';
import { OutboxEvent } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import { caseworkSchema } from '../casework.orm';
import { StaffAlert } from '../alerts/staff-alert.entity';
import { acknowledgeCase } from '../cases/acknowledge-case';
import { CASE_POPULATE, recordRefusal, runCaseCommand } from '../cases/case-command';
import { Case, CaseEvent } from '../cases/case.entity';
import { holdCase } from '../cases/hold-case';
import { openCase } from '../cases/open-case';
import { respondToCase } from '../cases/respond-to-case';
import { Complainant } from '../complainants/complainant.entity';
import { ReasonableAdjustment } from '../complainants/reasonable-adjustment.entity';
import { restrictContact } from '../complainants/restrict-contact';
import { seedStaff } from '../staff/seed-staff';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { caseworkTestbed } from '../testing/casework-testbed';
import { processProgressUpdate } from '../timers/progress-update.processor';
import { plannedTimers } from '../timers/case-timers';
import { recordMessageDelivered, recordMessageFailed } from './message-outcome.processor';

jest.setTimeout(60_000);

const bed = caseworkTestbed('owed-messages');
const coordinator: StaffIdentity = { sub: 'hart-coordinator', name: 'Priya Shah', roles: [Role.COMPLAINTS_COORDINATOR], council: 'hart' };
const ctx = bed.contextAt;

beforeAll(async () => {
  await seedStaff(bed.orm.em.fork());
});

const reference = () => `HDC-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

/** A Hart Stage 1 complaint by letter, handled by the Stage 1 officer (Amy Clarke) unless told otherwise. */
async function open(over: Partial<AcceptedSubmission> = {}, assignee: string | null = 'hart-officer'): Promise<Case> {
  const job = newCaseOpenJob('2026-11-23T10:00:00Z', {
    reference: reference(),
    channel: Channel.LETTER,
    desiredOutcome: 'Collect the bin',
    complainant: {
      type: ComplainantType.RESIDENT,
      name: 'Jo Bloggs',
      email: `${randomUUID()}@example.org`,
      phone: '01252 000000',
      postalAddress: '1 High Street, Fleet',
    },
    ...over,
  });
  const c = await openCase(bed.orm.em.fork(), job, new Date('2026-11-23T10:00:00Z'));
  if (assignee) await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, { assigneeId: assignee });
  return c;
}

/** The messages the case owes, as put on casework's outbox, oldest first. */
const owed = async (caseId: string): Promise<MessageRequestedJob[]> =>
  (await bed.orm.em.fork().find(OutboxEvent, { type: 'message.requested' }, { orderBy: { occurredAt: 'asc' } }))
    .map((e) => ({ ...(e.payload as MessageRequestedJob), eventId: e.id }))
    .filter((m) => m.caseId === caseId);

const lines = async (caseId: string, type: string) =>
  (await bed.orm.em.fork().find(CaseEvent, { case: caseId, type }, { orderBy: { at: 'asc', seq: 'asc' } })).map((e) => e.detail!);

/** The timeline line's text after its "To …: " prefix. */
const bodyOf = (line: string) => line.slice(line.indexOf(': ') + 2);

describe('casework owes a message wherever the policy core writes one (real PostgreSQL)', () => {
  it('owes the acknowledgement to the complainant, with their details, adjustments, preference and the merge fields', async () => {
    const c = await open();
    const em = bed.orm.em.fork();
    const person = await em.findOneOrFail(Complainant, { id: c.complainant!.id });
    await em.nativeUpdate(Complainant, { id: person.id }, { contactPreference: ContactPreference.LETTER });
    em.create(ReasonableAdjustment, {
      id: randomUUID(),
      complainantId: person.id,
      councilId: 'hart',
      kind: AdjustmentKind.LARGE_PRINT,
      need: 'Letters in 16 point',
      reviewOn: null,
      recordedAt: new Date('2026-11-23T11:00:00Z'),
      recordedBy: 'hart-officer',
    });
    await em.flush();

    await runCaseCommand(ctx('2026-11-24T09:00:00Z'), c.id, 'ACKNOWLEDGE', acknowledgeCase);
    const [ack] = await owed(c.id);
    const [line] = await lines(c.id, 'MESSAGE_TO_CUSTOMER');
    expect(ack).toMatchObject({
      kind: MessageKind.ACKNOWLEDGEMENT,
      councilId: 'hart',
      caseId: c.id,
      reference: c.reference,
      stage: 1,
      allowedMethods: null,
      recipient: {
        role: 'COMPLAINANT',
        name: 'Jo Bloggs',
        email: person.email,
        postalAddress: '1 High Street, Fleet',
        phone: '01252 000000',
        contactPreference: ContactPreference.LETTER,
        adjustments: [AdjustmentKind.LARGE_PRINT],
      },
      fields: {
        summary: 'Missed collection',
        desiredOutcome: 'Collect the bin',
        handlerName: 'Amy Clarke',
        acknowledgeBy: c.stages.getItems()[0].acknowledgeBy,
        respondBy: '2026-12-07',
        expectedResponseBy: null,
        outcome: null,
        remedies: [],
        stageName: 'Stage 1',
      },
    });
    // Exactly the text on the timeline, without "To Jo Bloggs by email …: ".
    expect(ack.body).toBe(bodyOf(line));
    expect(ack.body).toBe(
      `Your reference: ${c.reference}. We have received your complaint under Stage 1 and will reply by Monday 7 December 2026.`,
    );
    // Known by the outbox event that owes it: relayed twice, it is still one message.
    expect(ack.messageId).toBe(ack.eventId);
  });

  it('owes the response to the representative where one acts, with the outcome and remedies', async () => {
    const c = await open({
      representative: {
        name: 'Cllr Ann Smith',
        relationship: 'councillor',
        isCouncillor: true,
        consent: ConsentEvidence.VERBAL,
        email: 'cllr.smith@hart.gov.uk',
        phone: null,
        postalAddress: null,
      },
    });
    await runCaseCommand(ctx('2026-11-30T09:00:00Z'), c.id, 'RESPOND', (s) =>
      respondToCase(s, { outcome: Outcome.UPHELD, findings: 'Two collections were missed.', remedies: [Remedy.APOLOGY] }),
    );
    const [response] = await owed(c.id);
    const [line] = await lines(c.id, 'MESSAGE_TO_CUSTOMER');
    expect(line).toMatch(/^To Cllr Ann Smith \(representative\) by email cllr\.smith@hart\.gov\.uk: /);
    expect(response).toMatchObject({
      kind: MessageKind.RESPONSE,
      recipient: {
        role: 'REPRESENTATIVE',
        name: 'Cllr Ann Smith',
        email: 'cllr.smith@hart.gov.uk',
        contactPreference: null,
        adjustments: [],
      },
      fields: { outcome: Outcome.UPHELD, remedies: [Remedy.APOLOGY], findings: 'Two collections were missed.' },
    });
    expect(response.body).toBe(bodyOf(line));
    expect(response.body).toContain('We have upheld your complaint. Two collections were missed. To put things right: apology.');
  });

  it('owes an anonymous complaint its messages with nobody to send them to, so the record says what was not sent', async () => {
    const c = await open({ complainant: null });
    await runCaseCommand(ctx('2026-11-24T09:00:00Z'), c.id, 'HOLD', (s) => holdCase(s, HoldReason.CONCURRENT_PROCEDURE, null));
    expect(await lines(c.id, 'MESSAGE_TO_CUSTOMER')).toEqual([]);
    const [held] = await owed(c.id);
    expect(held).toMatchObject({ kind: MessageKind.HOLD, recipient: null, allowedMethods: null });
    expect(held.body).toContain('We have paused work on your complaint (concurrent procedure).');
  });

  it('owes the restriction letter to the person restricted, and limits what follows to the methods it allows', async () => {
    const c = await open({
      representative: null,
    });
    const personId = c.complainant!.id;
    await restrictContact(
      {
        auth: { staff: coordinator },
        em: bed.orm.em.fork(),
        schema: caseworkSchema(bed.config),
        now: () => new Date('2026-11-24T10:00:00Z'),
      },
      {
        complainantId: personId,
        reason: 'Abusive calls',
        restrictions: 'No telephone calls',
        allowedMethods: [ContactPreference.EMAIL],
        singlePointOfContactId: 'hart-officer',
        reviewOn: '2027-05-24',
      },
    );
    const [letter] = await owed(c.id);
    const [line] = await lines(c.id, 'MESSAGE_TO_CUSTOMER');
    expect(letter).toMatchObject({
      kind: MessageKind.CONTACT_RESTRICTION,
      recipient: { role: 'COMPLAINANT', name: 'Jo Bloggs' },
      allowedMethods: [ContactPreference.EMAIL],
      fields: { reason: 'Abusive calls' },
    });
    expect(letter.body).toBe(bodyOf(line));
    expect(letter.body).toContain('We will still contact you by email');

    await runCaseCommand(ctx('2026-11-25T09:00:00Z'), c.id, 'ACKNOWLEDGE', acknowledgeCase);
    expect((await owed(c.id)).at(-1)).toMatchObject({ kind: MessageKind.ACKNOWLEDGEMENT, allowedMethods: [ContactPreference.EMAIL] });
  });

  it('owes the refusal of a request for the next stage, once however often it is delivered', async () => {
    const c = await open();
    const actor = { name: 'Jo Bloggs', staff: null, asks: { id: 'complainant', roles: [], kind: 'COMPLAINANT' as const } };
    const at = new Date('2026-11-25T10:00:00Z');
    const why = 'Stage 1 has not replied yet.';
    expect(await recordRefusal(bed.orm.em.fork(), c.id, actor, 'ESCALATION_REFUSED', why, at, at)).toBe('RECORDED');
    expect(await recordRefusal(bed.orm.em.fork(), c.id, actor, 'ESCALATION_REFUSED', why, at, at)).toBe('ALREADY_RECORDED');
    const messages = await owed(c.id);
    expect(messages.map((m) => m.kind)).toEqual([MessageKind.ESCALATION_REFUSED]);
    expect(messages[0].body).toBe(bodyOf((await lines(c.id, 'MESSAGE_TO_CUSTOMER'))[0]));
    expect(messages[0].fields.reason).toBe(why);
  });

  it('owes a progress update when its timer fires, once', async () => {
    // Hampshire writes every 10 working days without a message (appendix 1).
    const c = await open(
      { councilId: 'hampshire', reference: `HCC-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}` },
      'hampshire-officer',
    );
    const loaded = await bed.orm.em.fork().findOneOrFail(Case, { id: c.id }, { populate: CASE_POPULATE });
    const timer = plannedTimers(loaded, loaded.stages.getItems()[0]).find((t) => t.job.deadline === 'PROGRESS_UPDATE')!.job;
    expect(await processProgressUpdate(bed.orm.em.fork(), timer, new Date(timer.dueAt))).toEqual({ outcome: 'done' });
    expect(await processProgressUpdate(bed.orm.em.fork(), timer, new Date(timer.dueAt))).toMatchObject({ outcome: 'skipped' });
    const messages = await owed(c.id);
    expect(messages.map((m) => m.kind)).toEqual([MessageKind.PROGRESS_UPDATE]);
    expect(messages[0]).toMatchObject({ councilId: 'hampshire', fields: { handlerName: expect.any(String) } });
    expect(messages[0].body).toBe(bodyOf((await lines(c.id, 'MESSAGE_TO_CUSTOMER'))[0]));
  });
});

describe('what communications did with a message comes back to the case (real PostgreSQL)', () => {
  const delivered = (c: Case, over: Partial<MessageDeliveredEvent> = {}): MessageDeliveredEvent => ({
    v: 1,
    eventId: randomUUID(),
    occurredAt: '2026-11-24T09:00:05.000Z',
    messageId: randomUUID(),
    kind: MessageKind.ACKNOWLEDGEMENT,
    councilId: c.councilId,
    caseId: c.id,
    reference: c.reference,
    status: 'SENT',
    method: DeliveryMethod.EMAIL,
    recipient: 'jo@example.org',
    reason: null,
    subject: `We have received your complaint ${c.reference}`,
    ...over,
  });
  const failed = (c: Case, over: Partial<MessageFailedEvent> = {}): MessageFailedEvent => ({
    v: 1,
    eventId: randomUUID(),
    occurredAt: '2026-11-24T09:10:00.000Z',
    messageId: randomUUID(),
    kind: MessageKind.RESPONSE,
    councilId: c.councilId,
    caseId: c.id,
    reference: c.reference,
    method: DeliveryMethod.EMAIL,
    recipient: 'jo@example.org',
    failure: '550 5.1.1 mailbox unavailable',
    ...over,
  });
  const alerts = (caseId: string) => bed.orm.em.fork().find(StaffAlert, { caseId, kind: AlertKind.DELIVERY_FAILED });

  it('puts "Sent by email to …: <subject>" on the timeline once per message, however often the event comes', async () => {
    const c = await open();
    const event = delivered(c);
    expect(await recordMessageDelivered(bed.orm.em.fork(), event, new Date())).toEqual({ outcome: 'done' });
    const again = await Promise.all([
      recordMessageDelivered(bed.orm.em.fork(), event, new Date()),
      recordMessageDelivered(bed.orm.em.fork(), { ...event, eventId: randomUUID() }, new Date()),
    ]);
    expect(again.map((o) => o.outcome)).toEqual(['skipped', 'skipped']);
    expect(await lines(c.id, 'MESSAGE_SENT')).toEqual([`Sent by email to jo@example.org: We have received your complaint ${c.reference}`]);
    const [sent] = await bed.orm.em.fork().find(CaseEvent, { case: c.id, type: 'MESSAGE_SENT' });
    expect(sent.at.toISOString()).toBe('2026-11-24T09:00:05.000Z');
    // Another message is another line.
    await recordMessageDelivered(
      bed.orm.em.fork(),
      delivered(c, { method: DeliveryMethod.LETTER, recipient: 'Jo Bloggs', subject: null }),
      new Date(),
    );
    expect((await lines(c.id, 'MESSAGE_SENT')).at(-1)).toBe('Sent by letter to Jo Bloggs: acknowledgement');
  });

  it('says a suppressed message was not sent, and why', async () => {
    const c = await open();
    await recordMessageDelivered(
      bed.orm.em.fork(),
      delivered(c, { status: 'SUPPRESSED', method: null, recipient: null, reason: 'the contact restriction allows letters only' }),
      new Date(),
    );
    expect(await lines(c.id, 'MESSAGE_SUPPRESSED')).toEqual([
      `Not sent: We have received your complaint ${c.reference}. The contact restriction allows letters only.`,
    ]);
    expect(await alerts(c.id)).toEqual([]);
  });

  it("records a failure with the server's reason and alerts the handler, once per message", async () => {
    const c = await open();
    const event = failed(c);
    expect(await recordMessageFailed(bed.orm.em.fork(), event, new Date('2026-11-24T09:10:01Z'))).toEqual({ outcome: 'done' });
    expect(await recordMessageFailed(bed.orm.em.fork(), { ...event, eventId: randomUUID() }, new Date())).toMatchObject({
      outcome: 'skipped',
    });
    expect(await lines(c.id, 'MESSAGE_FAILED')).toEqual([
      'Could not be delivered by email to jo@example.org: response. 550 5.1.1 mailbox unavailable.',
    ]);
    const raised = await alerts(c.id);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ recipientId: 'hart-officer', reference: c.reference, readAt: null });
    expect(raised[0].message).toBe(
      `${c.reference}: the response could not be delivered by email to jo@example.org. 550 5.1.1 mailbox unavailable. ` +
        'Check the contact details and send it again, or contact them another way.',
    );
  });

  it('alerts the complaints coordinator when the case has no handler yet', async () => {
    const c = await open({}, null);
    await recordMessageFailed(bed.orm.em.fork(), failed(c, { kind: MessageKind.ACKNOWLEDGEMENT }), new Date());
    expect((await alerts(c.id)).map((a) => a.recipientId)).toEqual(['hart-coordinator']);
  });

  it('leaves receipts to communications (no case), and ignores a case of another council or one not found', async () => {
    const c = await open();
    expect(
      await recordMessageDelivered(bed.orm.em.fork(), delivered(c, { caseId: null, kind: MessageKind.RECEIPT }), new Date()),
    ).toMatchObject({
      outcome: 'skipped',
      why: expect.stringContaining('no case'),
    });
    expect(await recordMessageFailed(bed.orm.em.fork(), failed(c, { councilId: 'hampshire' }), new Date())).toMatchObject({
      outcome: 'skipped',
    });
    expect(await recordMessageFailed(bed.orm.em.fork(), failed(c, { caseId: randomUUID() }), new Date())).toMatchObject({
      outcome: 'skipped',
    });
    expect(await lines(c.id, 'MESSAGE_FAILED')).toEqual([]);
    expect(await alerts(c.id)).toEqual([]);
  });
});
