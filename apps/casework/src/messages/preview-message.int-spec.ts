import { randomUUID } from 'node:crypto';
import { renderMessage } from '@redress/messages';
import {
  ComplainantType,
  ConsentEvidence,
  DeliveryMethod,
  HART_POLICY,
  MessageKind,
  Outcome,
  Role,
  findCouncilPolicy,
} from '@redress/policy';
import type { AcceptedSubmission, MessageRequestedJob } from '@redress/contracts';
import { OutboxEvent } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import { caseworkSchema } from '../casework.orm';
import { acknowledgeCase } from '../cases/acknowledge-case';
import { runCaseCommand } from '../cases/case-command';
import { Case } from '../cases/case.entity';
import { escalateCase } from '../cases/escalate-case';
import { openCase } from '../cases/open-case';
import { respondToCase } from '../cases/respond-to-case';
import { seedStaff } from '../staff/seed-staff';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { caseworkTestbed } from '../testing/casework-testbed';
import { previewMessage } from './preview-message';

jest.setTimeout(60_000);

const bed = caseworkTestbed('preview-message');
const ctx = bed.contextAt;

beforeAll(async () => {
  await seedStaff(bed.orm.em.fork());
});

/** A Hart Stage 1 complaint received Monday 23 November 2026, handled by Amy Clarke. */
async function open(over: Partial<AcceptedSubmission> = {}): Promise<Case> {
  const job = newCaseOpenJob('2026-11-23T10:00:00Z', { desiredOutcome: 'Collect the bin', ...over });
  const c = await openCase(bed.orm.em.fork(), job, new Date('2026-11-23T10:00:00Z'));
  await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, { assigneeId: 'hart-officer' });
  return c;
}

const owed = async (caseId: string, kind: MessageKind): Promise<MessageRequestedJob> =>
  (await bed.orm.em.fork().find(OutboxEvent, { type: 'message.requested' }, { orderBy: { occurredAt: 'asc' } }))
    .map((e) => e.payload as MessageRequestedJob)
    .filter((m) => m.caseId === caseId && m.kind === kind)
    .at(-1)!;

/** The job rendered as communications renders it (libs/messages). */
const rendered = (job: MessageRequestedJob) =>
  renderMessage({
    policy: findCouncilPolicy(job.councilId)!,
    kind: job.kind,
    reference: job.reference,
    stage: job.stage,
    recipient: { name: job.recipient!.name, role: job.recipient!.role },
    body: job.body,
    fields: job.fields,
  });

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code: string; field?: string; message: string }) => e,
  );

describe('previewMessage: what the customer would receive if staff acted now (real PostgreSQL)', () => {
  it('the acknowledgement previewed is the acknowledgement then owed, word for word, and the read is audited', async () => {
    const c = await open();
    const preview = await previewMessage(ctx('2026-11-24T09:00:00Z'), c.id, MessageKind.ACKNOWLEDGEMENT);
    expect(preview).toMatchObject({
      kind: MessageKind.ACKNOWLEDGEMENT,
      method: DeliveryMethod.EMAIL,
      recipient: c.complainant!.getEntity().email,
    });
    expect(preview.subject).toBe(`Your complaint ${c.reference}: we are looking into it`);
    expect(preview.body).toMatch(/^Dear Jo Bloggs,/);
    expect(preview.body).toContain('will reply by Monday 7 December 2026');
    expect(preview.body).toContain('Collect the bin');
    expect(preview.body).toContain('Amy Clarke');

    await runCaseCommand(ctx('2026-11-24T09:00:00Z'), c.id, 'ACKNOWLEDGE', acknowledgeCase);
    const sent = rendered(await owed(c.id, MessageKind.ACKNOWLEDGEMENT));
    expect([preview.subject, preview.body]).toEqual([sent.subject, sent.text]);

    const audit: { action: string; actor: string }[] = await bed.orm.em
      .getConnection()
      .execute(`select "action", "actor" from "${caseworkSchema(bed.config)}"."audit_log" where "ids" @> ?::jsonb order by "seq"`, [
        JSON.stringify([c.id]),
      ]);
    expect(audit).toContainEqual({ action: 'PREVIEW_MESSAGE', actor: 'hart-officer' });
  });

  it('writes to the representative where one acts, and leaves the decision a response has not yet had in brackets', async () => {
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
    const preview = await previewMessage(ctx('2026-11-30T09:00:00Z'), c.id, MessageKind.RESPONSE);
    expect(preview).toMatchObject({ method: DeliveryMethod.EMAIL, recipient: 'cllr.smith@hart.gov.uk' });
    expect(preview.body).toMatch(/^Dear Cllr Ann Smith,\n\nWe are writing to you as the representative of Jo Bloggs\./);
    expect(preview.body).toContain('[your decision, the reasons for it and what we will do to put things right]');
    expect(preview.body).toContain('Stage 2');
  });

  it('previews the escalation received as the next stage would open today; escalating then owes it', async () => {
    const c = await open();
    await runCaseCommand(ctx('2026-11-30T09:00:00Z'), c.id, 'RESPOND', (s) =>
      respondToCase(s, { outcome: Outcome.NOT_UPHELD, findings: 'The bin was collected on each date.' }),
    );
    const preview = await previewMessage(ctx('2026-12-07T10:00:00Z'), c.id, MessageKind.ESCALATION_RECEIVED);
    expect(preview.subject).toBe(`Your complaint ${c.reference}: your request for Stage 2`);
    expect(preview.body).toContain(
      'We have received your request for Stage 2. We will acknowledge it within 3 working days and reply by Thursday 7 January 2027.',
    );
    // Hart §6.2: the Head of Service investigates and the Joint Chief Executive signs off.
    expect(preview.body).toContain('The Joint Chief Executive will review and sign off their response.');

    await runCaseCommand(ctx('2026-12-07T10:00:00Z'), c.id, 'ESCALATE', (s) => escalateCase(s, 'Still unhappy'));
    const job = await owed(c.id, MessageKind.ESCALATION_RECEIVED);
    expect(job).toMatchObject({ stage: 2, fields: { stageName: 'Stage 2', respondBy: '2027-01-07' } });
    expect(rendered(job).text).toContain('We have received your request for Stage 2. We will acknowledge it within 3 working days');
    // The final stage has no escalation to preview.
    expect(await refusal(previewMessage(ctx('2026-12-08T10:00:00Z'), c.id, MessageKind.ESCALATION_RECEIVED))).toMatchObject({
      code: 'CONFLICT',
      message: `Stage 2 is the final stage of ${HART_POLICY.councilName}'s procedure: no request for another stage can be received.`,
    });
  });

  it('refuses what would never be sent, a kind intake writes, and another council’s case like a missing one', async () => {
    const anonymous = await open({ complainant: null });
    expect(await refusal(previewMessage(ctx('2026-11-24T09:00:00Z'), anonymous.id, MessageKind.ACKNOWLEDGEMENT))).toMatchObject({
      code: 'CONFLICT',
      message: 'Nothing is sent for an anonymous complaint: there is no one to write to.',
    });
    const byPhone = await open({
      complainant: { type: ComplainantType.RESIDENT, name: 'Jo Bloggs', email: null, phone: '01252 000000', postalAddress: null },
    });
    expect(await refusal(previewMessage(ctx('2026-11-24T09:00:00Z'), byPhone.id, MessageKind.ACKNOWLEDGEMENT))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Nothing would be sent to Jo Bloggs: we hold no email address or postal address for the complainant/),
    });
    expect(await refusal(previewMessage(ctx('2026-11-24T09:00:00Z'), byPhone.id, MessageKind.RECEIPT))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kind',
    });
    const hampshire: StaffIdentity = { sub: 'hampshire-officer', name: 'Sara Khan', roles: [Role.OFFICER], council: 'hampshire' };
    const foreign = await refusal(previewMessage(ctx('2026-11-24T09:00:00Z', hampshire), byPhone.id, MessageKind.ACKNOWLEDGEMENT));
    const missing = randomUUID();
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', message: `No case ${byPhone.id} in your council.` });
    expect(await refusal(previewMessage(ctx('2026-11-24T09:00:00Z'), missing, MessageKind.ACKNOWLEDGEMENT))).toMatchObject({
      code: 'NOT_FOUND',
      message: `No case ${missing} in your council.`,
    });
  });
});
