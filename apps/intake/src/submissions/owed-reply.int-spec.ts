import {
  AdjustmentKind,
  Channel,
  ComplainantType,
  ConsentEvidence,
  ContactPreference,
  FeedbackKind,
  IntakeOutcome,
  MessageKind,
  Role,
} from '@redress/policy';
import type { MessageRequestedJob } from '@redress/contracts';
import { OutboxEvent, createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM, StaffIdentity } from '@redress/platform';
import { createIntakeOrm, intakeSchema } from '../intake.orm';
import { submitFeedback } from './submit-feedback';
import type { SubmitFeedbackInput } from './submission.types';

jest.setTimeout(60_000);

const isolation = isolate('intake-owed-reply');
const config = isolation.config('intake');
let orm: MikroORM;

beforeAll(async () => {
  orm = await createIntakeOrm(config, createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const complaint = (over: Partial<SubmitFeedbackInput> = {}): SubmitFeedbackInput => ({
  councilId: 'hart',
  kind: FeedbackKind.COMPLAINT,
  channel: Channel.WEB_FORM,
  serviceArea: 'waste',
  summary: 'Missed collection',
  details: 'Our bin was missed twice.',
  desiredOutcome: 'Collect the bin',
  complainant: { type: ComplainantType.RESIDENT, name: 'Jo Bloggs', email: 'Jo@Example.org' },
  ...over,
});
const contactCentre: StaffIdentity = { sub: 'hart-cc-1', name: 'Sam Officer', roles: [Role.CONTACT_CENTRE], council: 'hart' };
const submit = (input: SubmitFeedbackInput, staff: StaffIdentity | null = null) =>
  submitFeedback(input, { em: orm.em.fork(), schema: intakeSchema(config), staff, now: new Date('2026-11-23T10:00:00Z') });

/** The messages intake's outbox owes under a reference. */
const owed = async (reference: string): Promise<(MessageRequestedJob & { outboxId: string })[]> =>
  (await orm.em.fork().find(OutboxEvent, { type: 'message.requested' }))
    .map((e) => ({ ...(e.payload as MessageRequestedJob), outboxId: e.id }))
    .filter((m) => m.reference === reference);

describe('intake owes the resident a written reply to their contact (real PostgreSQL)', () => {
  it('gives a web-form complaint its receipt at once: the reference and the reply, to the complainant', async () => {
    const r = await submit(
      complaint({
        complainant: {
          type: ComplainantType.RESIDENT,
          name: 'Jo Bloggs',
          email: 'Jo@Example.org',
          postalAddress: '1 High Street, Fleet',
          contactPreference: ContactPreference.EMAIL,
          adjustments: 'Large print please',
        },
      }),
    );
    expect(r.outcome).toBe(IntakeOutcome.ACCEPTED);
    const [receipt] = await owed(r.reference);
    expect(receipt).toMatchObject({
      kind: MessageKind.RECEIPT,
      councilId: 'hart',
      caseId: null,
      reference: r.reference,
      stage: r.stage,
      allowedMethods: null,
      body: r.message,
      recipient: {
        role: 'COMPLAINANT',
        name: 'Jo Bloggs',
        email: 'jo@example.org',
        postalAddress: '1 High Street, Fleet',
        phone: null,
        contactPreference: ContactPreference.EMAIL,
        adjustments: [AdjustmentKind.OTHER],
      },
      fields: {
        summary: 'Missed collection',
        desiredOutcome: 'Collect the bin',
        acknowledgeBy: r.acknowledgeBy,
        respondBy: r.respondBy,
        intakeOutcome: IntakeOutcome.ACCEPTED,
      },
    });
    expect(receipt.messageId).toBe(receipt.outboxId);
  });

  it('writes to the representative where one acts', async () => {
    const r = await submit(
      complaint({
        channel: Channel.EMAIL,
        representative: { name: 'Sam Carer', relationship: 'carer', consent: ConsentEvidence.WRITTEN, email: 'sam@example.org' },
      }),
    );
    expect((await owed(r.reference))[0]).toMatchObject({
      kind: MessageKind.RECEIPT,
      recipient: { role: 'REPRESENTATIVE', name: 'Sam Carer', email: 'sam@example.org', contactPreference: null, adjustments: [] },
    });
  });

  it('owes nothing new for a submission replayed by its idempotency key', async () => {
    const first = await submit(complaint({ idempotencyKey: 'owed-reply-1' }));
    const again = await submit(complaint({ idempotencyKey: 'owed-reply-1' }));
    expect(again.reference).toBe(first.reference);
    expect(await owed(first.reference)).toHaveLength(1);
  });

  it('thanks a compliment, and tells a referral and a complaint not accepted what happens now', async () => {
    const compliment = await submit(complaint({ kind: FeedbackKind.COMPLIMENT, praised: 'Fleet round 4' }));
    expect((await owed(compliment.reference)).map((m) => [m.kind, m.body])).toEqual([[MessageKind.COMPLIMENT_THANKS, compliment.message]]);

    const parish = await submit(complaint({ serviceArea: 'town-parish' }));
    expect(parish.outcome).toBe(IntakeOutcome.REFERRED);
    expect((await owed(parish.reference)).map((m) => [m.kind, m.body])).toEqual([[MessageKind.REFERRAL, parish.message]]);

    const notAccepted = await submit(
      complaint({
        councilId: 'hampshire',
        serviceArea: 'highways',
        complainant: { type: ComplainantType.PROFESSIONAL_BODY, name: 'A Surveyor Ltd', email: 'office@surveyor.example' },
      }),
    );
    expect(notAccepted.outcome).toBe(IntakeOutcome.NOT_ACCEPTED);
    expect((await owed(notAccepted.reference)).map((m) => [m.kind, m.councilId, m.body])).toEqual([
      [MessageKind.NOT_ACCEPTED, 'hampshire', notAccepted.message],
    ]);
  });

  it('gives the reply that names the other council’s reference when a matter is passed on, and nothing for the copy', async () => {
    const r = await submit(
      complaint({
        serviceArea: 'roads',
        representative: { name: 'Sam Carer', relationship: 'carer', consent: ConsentEvidence.WRITTEN, email: 'sam@example.org' },
      }),
    );
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { councilId: 'hampshire' } });
    const [referral] = await owed(r.reference);
    expect(referral).toMatchObject({ kind: MessageKind.REFERRAL, body: r.message });
    expect(r.referral?.reference).toMatch(/^HCC-2026-\d{6}$/);
    expect(referral.body).toContain(r.referral!.reference);
    expect(await owed(r.referral!.reference!)).toEqual([]);
  });

  it('owes no receipt for a call staff record (they give the reference there and then), but a refusal in writing', async () => {
    const call = await submit(complaint({ channel: Channel.TELEPHONE }), contactCentre);
    expect(call.outcome).toBe(IntakeOutcome.ACCEPTED);
    expect(await owed(call.reference)).toEqual([]);
    const parish = await submit(complaint({ channel: Channel.TELEPHONE, serviceArea: 'town-parish' }), contactCentre);
    expect((await owed(parish.reference)).map((m) => m.kind)).toEqual([MessageKind.REFERRAL]);
  });

  it('owes nothing to an anonymous contact: there is nobody to write to', async () => {
    const r = await submit(complaint({ complainant: null }));
    expect(await owed(r.reference)).toEqual([]);
  });
});
