import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import {
  CaseStatus,
  Channel,
  ComplainantType,
  ComplaintCategory,
  ConsentEvidence,
  ContactPreference,
  FeedbackKind,
  IntakeOutcome,
  Role,
  findCouncilPolicy,
} from '@redress/policy';
import { QUEUES, eventJobId } from '@redress/contracts';
import { OutboxEvent, OutboxRelay, createLogger, createQueue, createRedis } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { CodedError, MikroORM, Redis, StaffIdentity } from '@redress/platform';
import { EscalationRequest } from '../escalations/escalation-request.entity';
import { requestEscalation } from '../escalations/request-escalation';
import { createIntakeOrm, intakeSchema } from '../intake.orm';
import { CaseTracking } from '../tracking/case-tracking.entity';
import { applyCaseAnonymised } from '../data-protection/case-anonymised.processor';
import { convertToComplaint } from './convert-to-complaint';
import { Submission } from './submission.entity';
import { previewSubmission, submitFeedback } from './submit-feedback';
import type { SubmitFeedbackInput } from './submission.types';

jest.setTimeout(60_000);

const isolation = isolate('intake-submit');
const config = isolation.config('intake');
const logger = createLogger('test', 'silent');
let orm: MikroORM;
let redis: Redis;

beforeAll(async () => {
  orm = await createIntakeOrm(config, logger);
  redis = createRedis(config.redisUrl);
});
afterAll(async () => {
  await orm?.close();
  redis?.disconnect();
  await isolation.cleanup();
});

const hartArea = () => findCouncilPolicy('hart')!.serviceAreas.find((a) => !a.referral)!.code;
const complaint = (over: Partial<SubmitFeedbackInput> = {}): SubmitFeedbackInput => ({
  councilId: 'hart',
  kind: FeedbackKind.COMPLAINT,
  channel: Channel.WEB_FORM,
  serviceArea: hartArea(),
  summary: 'Missed collection',
  details: 'Our bin was missed twice.',
  complainant: { type: ComplainantType.RESIDENT, name: 'Jo Bloggs', email: 'jo@example.org' },
  ...over,
});
const submit = (input: SubmitFeedbackInput, now = new Date('2026-11-23T10:00:00Z'), staff: StaffIdentity | null = null) =>
  submitFeedback(input, { em: orm.em.fork(), schema: intakeSchema(config), staff, now });

describe('submitFeedback (real PostgreSQL)', () => {
  it('gives 30 concurrent submissions distinct, gap-free references', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => submit(complaint({}), new Date('2025-03-01T10:00:00Z'))));
    const numbers = results.map((r) => Number(r.reference.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(results.every((r) => r.reference.startsWith('HDC-2025-'))).toBe(true);
  });

  it("starts each year's sequence again at 1", async () => {
    const r = await submit(complaint({}), new Date('2027-01-01T00:30:00Z'));
    expect(r.reference).toBe('HDC-2027-000001');
  });

  it('stores the submission and its outbox events in one transaction', async () => {
    const r = await submit(complaint({}));
    const em = orm.em.fork();
    const s = await em.findOneOrFail(Submission, { reference: r.reference });
    const events = await em.find(OutboxEvent, {}, { orderBy: { occurredAt: 'asc' } });
    const mine = events.filter(
      (e) =>
        (e.payload as { reference?: string; submission?: { reference: string } }).reference === r.reference ||
        (e.payload as { submission?: { reference: string } }).submission?.reference === r.reference,
    );
    expect(r.outcome).toBe(IntakeOutcome.ACCEPTED);
    expect(mine.map((e) => e.type).sort()).toEqual(['case.open', 'message.requested', 'submission.received']);
    expect(s.complainantEmail).toBe('jo@example.org');
  });

  it('records a compliment against the service and the team praised, with no case', async () => {
    const r = await submit(complaint({ kind: FeedbackKind.COMPLIMENT, praised: 'Waste crew, Fleet round 4' }));
    expect(r).toMatchObject({ outcome: IntakeOutcome.RECORDED, stage: null });
    const s = await orm.em.fork().findOneOrFail(Submission, { reference: r.reference });
    expect([s.serviceArea, s.praised]).toEqual([hartArea(), 'Waste crew, Fleet round 4']);
    const events = (await orm.em.fork().find(OutboxEvent, {})).map(
      (e) => e.payload as { reference?: string; submission?: { reference: string } },
    );
    expect(events.filter((e) => e.submission?.reference === r.reference)).toHaveLength(0); // no case.open
  });

  it('answers a retry with the same idempotency key with the first result, and refuses the key for different input', async () => {
    const first = await submit(complaint({ idempotencyKey: 'app-retry-1' }));
    const again = await submit(complaint({ idempotencyKey: 'app-retry-1' }));
    expect(again).toEqual(first);
    const racing = await Promise.all([submit(complaint({ idempotencyKey: 'race-1' })), submit(complaint({ idempotencyKey: 'race-1' }))]);
    expect(racing[0].reference).toBe(racing[1].reference);
    await expect(submit(complaint({ idempotencyKey: 'app-retry-1', summary: 'Something else' }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses staff-only channels and back-dated receipt from the public, and names bad fields', async () => {
    await expect(submit(complaint({ channel: Channel.TELEPHONE }))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(submit(complaint({ receivedAt: new Date('2026-11-01T10:00:00Z') }))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // The shape of each field (blank, too long, not an email…) is checked at the GraphQL edge: tools/e2e/validation.e2e-spec.ts.
    const err = await submit(complaint({ councilId: 'nowhere' })).catch((e: CodedError) => e);
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.councilId' });
    await expect(submit(complaint({ serviceArea: 'moon' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.serviceArea' });
  });
});

const eventsFor = async (reference: string) =>
  (await orm.em.fork().find(OutboxEvent, {}))
    .map((e) => ({
      type: e.type,
      payload: e.payload as { reference?: string; submission?: Record<string, unknown> & { reference: string } },
    }))
    .filter((e) => e.payload.reference === reference || e.payload.submission?.reference === reference);

describe('what intake records and hands on (real PostgreSQL)', () => {
  it('stores categories, the contact preference and adjustments, and hands them to casework with the complaint', async () => {
    const r = await submit(
      complaint({
        categories: [ComplaintCategory.DELAY, ComplaintCategory.POOR_COMMUNICATION, ComplaintCategory.DELAY],
        complainant: {
          type: ComplainantType.RESIDENT,
          name: 'Jo Bloggs',
          email: 'jo@example.org',
          contactPreference: ContactPreference.TELEPHONE,
          adjustments: 'Large print, please',
        },
      }),
    );
    const s = await orm.em.fork().findOneOrFail(Submission, { reference: r.reference });
    expect([s.categories, s.complainantContactPreference, s.complainantAdjustments]).toEqual([
      [ComplaintCategory.DELAY, ComplaintCategory.POOR_COMMUNICATION],
      ContactPreference.TELEPHONE,
      'Large print, please',
    ]);
    const open = (await eventsFor(r.reference)).find((e) => e.type === 'case.open')!.payload.submission!;
    expect(open).toMatchObject({
      categories: [ComplaintCategory.DELAY, ComplaintCategory.POOR_COMMUNICATION],
      complainant: { contactPreference: ContactPreference.TELEPHONE, adjustments: 'Large print, please' },
    });
  });

  it('tells casework of each compliment and comment (feedback.recorded), with no personal data', async () => {
    const r = await submit(complaint({ kind: FeedbackKind.COMPLIMENT, praised: 'Fleet round 4' }));
    const events = await eventsFor(r.reference);
    expect(events.map((e) => e.type).sort()).toEqual(['feedback.recorded', 'message.requested', 'submission.received']);
    const payload = events.find((e) => e.type === 'feedback.recorded')!.payload;
    expect(payload).toMatchObject({ councilId: 'hart', kind: FeedbackKind.COMPLIMENT, serviceArea: hartArea(), praised: 'Fleet round 4' });
    expect(JSON.stringify(payload)).not.toMatch(/Jo Bloggs|jo@example.org|Missed collection/);
    const request = await submit(complaint({ kind: FeedbackKind.SERVICE_REQUEST }));
    expect((await eventsFor(request.reference)).map((e) => e.type)).not.toContain('feedback.recorded');
  });

  it('passes a district matter from Hampshire to Hart only for Hart, and gives Hart’s reference only for a case opened there', async () => {
    const hcc = (over: Partial<SubmitFeedbackInput>) => complaint({ councilId: 'hampshire', serviceArea: 'bins', ...over });
    const passed = await submit(hcc({ localArea: 'HART' }));
    expect(passed).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { councilId: 'hart' } });
    expect(passed.referral?.reference).toMatch(/^HDC-2026-\d{6}$/);
    expect(passed.message).toContain(`which has opened it under its own reference, ${passed.referral!.reference}.`);
    const copy = await orm.em.fork().findOneOrFail(Submission, { reference: passed.referral!.reference! });
    expect(copy).toMatchObject({ councilId: 'hart', serviceArea: 'waste', outcome: IntakeOutcome.ACCEPTED, localArea: null });
    expect(copy.links).toEqual([{ relation: 'REFERRED_FROM', reference: passed.reference }]);
    expect((await eventsFor(copy.reference)).map((e) => e.type)).toContain('case.open');

    const compliment = await submit(hcc({ localArea: 'HART', kind: FeedbackKind.COMPLIMENT }));
    expect(compliment.referral).toMatchObject({ councilId: 'hart', reference: null });
    const recorded = await orm.em.fork().findOneOrFail(Submission, { reference: compliment.reference });
    const there = await orm.em.fork().findOneOrFail(Submission, { reference: recorded.links[0].reference });
    expect(there).toMatchObject({ councilId: 'hart', outcome: IntakeOutcome.RECORDED });

    const before = await orm.em.fork().count(Submission, { councilId: 'hart' });
    const elsewhere = await submit(hcc({ localArea: 'RUSHMOOR' }));
    const none = await submit(hcc({}));
    expect([elsewhere.outcome, elsewhere.referral?.route, elsewhere.referral?.reference]).toEqual([
      IntakeOutcome.REFERRED,
      'Rushmoor Borough Council',
      null,
    ]);
    expect(none.outcome).toBe(IntakeOutcome.NEEDS_LOCAL_AREA);
    expect(await orm.em.fork().count(Submission, { councilId: 'hart' })).toBe(before);
    for (const r of [elsewhere, none])
      expect((await eventsFor(r.reference)).map((e) => e.type).sort()).toEqual(['message.requested', 'submission.received']);
  });

  it('passes nothing to Hampshire that its policy would not take (spoken consent), and says so', async () => {
    const before = await orm.em.fork().count(Submission, { councilId: 'hampshire' });
    const r = await submit(
      complaint({
        serviceArea: 'roads',
        representative: { name: 'Sam Carer', relationship: 'carer', consent: ConsentEvidence.VERBAL },
      }),
    );
    expect(r).toMatchObject({ outcome: IntakeOutcome.REFERRED, referral: { councilId: 'hampshire', reference: null } });
    expect(r.message).toMatch(/Hampshire County Council needs written confirmation/);
    expect(await orm.em.fork().count(Submission, { councilId: 'hampshire' })).toBe(before);
  });

  it('previews what submitFeedback would answer, storing nothing and taking no reference', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const count = await orm.em.fork().count(Submission, {});
    const events = await orm.em.fork().count(OutboxEvent, {});
    const input = complaint({ councilId: 'hampshire', serviceArea: 'bins', localArea: 'HART' });
    const check = previewSubmission(input, { staff: null, now });
    expect(check).toMatchObject({
      outcome: IntakeOutcome.REFERRED,
      late: false,
      stage: null,
      referral: { councilId: 'hart', reference: null },
    });
    expect([await orm.em.fork().count(Submission, {}), await orm.em.fork().count(OutboxEvent, {})]).toEqual([count, events]);
    const late = previewSubmission(complaint({ incidentDate: '2026-01-05' }), { staff: null, now });
    expect(late).toMatchObject({ outcome: IntakeOutcome.NEEDS_JUSTIFICATION, late: true });
    const accepted = previewSubmission(complaint({}), { staff: null, now });
    expect(accepted).toMatchObject({ outcome: IntakeOutcome.ACCEPTED, stage: 0, acknowledgeBy: '2026-11-26', late: false });
    expect(() =>
      previewSubmission(complaint({ localArea: 'NOWHERE', councilId: 'hampshire', serviceArea: 'bins' }), { staff: null, now }),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.localArea' }));
    expect(() => previewSubmission(complaint({ channel: Channel.TELEPHONE }), { staff: null, now })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });
});

describe('outbox relay (real PostgreSQL and Redis)', () => {
  it('publishes each event once, with the event id as job id, however often it runs', async () => {
    // Every queue an intake event may go to: the earlier tests left events of several kinds in the outbox.
    const queues = new Map(
      Object.values(QUEUES).map((name) => [name, createQueue(name, { connection: redis, prefix: isolation.queuePrefix })] as const),
    );
    const relay = new OutboxRelay({ orm, schema: intakeSchema(config), queues, logger, pollMs: 60_000 });
    const r = await submit(complaint({}));
    await relay.drain();
    await relay.drain();
    const caseIntake = queues.get(QUEUES.caseIntake) as Queue;
    const jobs = await caseIntake.getJobs(['waiting']);
    const forThis = jobs.filter((j) => (j.data as { submission: { reference: string } }).submission.reference === r.reference);
    expect(forThis).toHaveLength(1);
    const eventId = (forThis[0].data as { eventId: string }).eventId;
    expect(forThis[0].id).toBe(eventJobId(eventId));
    const unpublished = await orm.em.fork().count(OutboxEvent, { publishedAt: null });
    expect(unpublished).toBe(0);
    // A relay that stopped after publishing but before marking the row (a crash) publishes it again: still one job.
    await orm.em.fork().nativeUpdate(OutboxEvent, { id: eventId }, { publishedAt: null });
    await relay.drain();
    const again = (await caseIntake.getJobs(['waiting'])).filter((j) => (j.data as { eventId: string }).eventId === eventId);
    expect(again.map((j) => j.id)).toEqual([eventJobId(eventId)]);
    expect(await orm.em.fork().count(OutboxEvent, { publishedAt: null })).toBe(0);
    for (const q of queues.values()) await q.close();
  });
});

interface AuditRow {
  seq: string;
  at: Date;
  actor: string;
  council_id: string | null;
  action: string;
  ids: string[];
}

describe('audit log (real PostgreSQL)', () => {
  const schema = () => intakeSchema(config);
  const officer: StaffIdentity = {
    sub: 'hart-officer-7',
    name: 'Sam Officer',
    roles: [Role.CONTACT_CENTRE, Role.OFFICER],
    council: 'hart',
  };
  const rowsFor = (id: string): Promise<AuditRow[]> =>
    orm.em
      .fork()
      .getConnection()
      .execute(`select * from "${schema()}".audit_log where ids @> ?::jsonb order by seq`, [JSON.stringify([id])]);
  const idOf = async (reference: string): Promise<string> => (await orm.em.fork().findOneOrFail(Submission, { reference })).id;
  const personal = ['Jo Bloggs', 'jo@example.org', 'Missed collection', 'Our bin was missed twice.', 'Sam Officer'];

  it('records who, what, when and which submission when staff record a contact, and nothing personal', async () => {
    const now = new Date('2026-11-23T11:00:00Z');
    const r = await submit(complaint({ channel: Channel.TELEPHONE }), now, officer);
    const id = await idOf(r.reference);
    const rows = await rowsFor(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'hart-officer-7', council_id: 'hart', action: 'RECORD_SUBMISSION', ids: [id] });
    expect(new Date(rows[0].at).toISOString()).toBe(now.toISOString());
    const json = JSON.stringify(rows[0]);
    for (const text of personal) expect(json).not.toContain(text);
  });

  it('audits the public using the web form as the public, with the council and nothing personal', async () => {
    const r = await submit(complaint({}));
    const id = await idOf(r.reference);
    const rows = await rowsFor(id);
    expect(rows).toEqual([expect.objectContaining({ actor: 'public', council_id: 'hart', action: 'SUBMIT_FEEDBACK', ids: [id] })]);
    for (const text of personal) expect(JSON.stringify(rows[0])).not.toContain(text);
  });

  it("writes the audit row in the submission's transaction: a racing retry that rolls back leaves no second row", async () => {
    const racer: StaffIdentity = { ...officer, sub: 'hart-officer-race' };
    const input = complaint({ channel: Channel.TELEPHONE, idempotencyKey: 'audit-race-1' });
    const [a, b] = await Promise.all([submit(input, undefined, racer), submit(input, undefined, racer)]);
    expect(a.reference).toBe(b.reference);
    const rows: AuditRow[] = await orm.em
      .fork()
      .getConnection()
      .execute(`select * from "${schema()}".audit_log where actor = ?`, ['hart-officer-race']);
    expect(rows.map((x) => x.ids)).toEqual([[await idOf(a.reference)]]);
  });

  it('audits convertToComplaint once, with the service request and the new complaint', async () => {
    const request = await submit(complaint({ kind: FeedbackKind.SERVICE_REQUEST }));
    const requestId = await idOf(request.reference);
    const complaintResult = await convertToComplaint(
      orm.em.fork(),
      schema(),
      { staff: officer },
      request.reference,
      'Third missed collection this month',
      new Date('2026-11-24T10:00:00Z'),
    );
    const complaintId = await idOf(complaintResult.reference);
    const rows = (await rowsFor(requestId)).filter((x) => x.action !== 'SUBMIT_FEEDBACK'); // the request's own, by the public
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: 'hart-officer-7',
      council_id: 'hart',
      action: 'CONVERT_TO_COMPLAINT',
      ids: [requestId, complaintId],
    });
    expect(await rowsFor(complaintId)).toEqual(rows); // and the new complaint has no RECORD_SUBMISSION of its own
    expect(JSON.stringify(rows[0])).not.toContain('Third missed collection');
  });

  it('audits an escalation asked for by the resident, and one asked for by staff on their behalf', async () => {
    const r = await submit(complaint({}));
    const submissionId = await idOf(r.reference);
    const em = orm.em.fork();
    em.create(CaseTracking, {
      reference: r.reference,
      caseId: randomUUID(),
      councilId: 'hart',
      status: CaseStatus.RESPONDED,
      stage: 1,
      stageName: 'Stage 1',
      respondBy: '2026-12-07',
      lastEventAt: new Date('2026-11-30T10:00:00Z'),
    });
    await em.flush();
    const now = new Date('2026-12-01T10:00:00Z');
    await requestEscalation(orm.em.fork(), { reference: r.reference, email: 'jo@example.org', reason: 'Still not fixed' }, null, now);
    await requestEscalation(orm.em.fork(), { reference: r.reference, reason: 'Resident rang: still not fixed' }, officer, now);
    const rows = (await rowsFor(submissionId)).filter((x) => x.action === 'REQUEST_ESCALATION');
    const byStaff = await orm.em.fork().findOneOrFail(EscalationRequest, { reference: r.reference, requestedBy: officer.sub });
    const byResident = await orm.em.fork().findOneOrFail(EscalationRequest, { reference: r.reference, requestedBy: { $ne: officer.sub } });
    expect(rows).toEqual([
      expect.objectContaining({ actor: 'public', council_id: 'hart', ids: [byResident.id, submissionId] }),
      expect.objectContaining({ actor: 'hart-officer-7', council_id: 'hart', ids: [byStaff.id, submissionId] }),
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/still not fixed/i);
  });

  it('refuses to update, delete or truncate the audit log', async () => {
    const r = await submit(complaint({ channel: Channel.TELEPHONE }), undefined, officer);
    const conn = orm.em.fork().getConnection();
    await expect(conn.execute(`update "${schema()}".audit_log set actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from "${schema()}".audit_log`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`truncate "${schema()}".audit_log`)).rejects.toThrow(/append-only/);
    expect(await rowsFor(await idOf(r.reference))).toHaveLength(1);
  });
});

describe('case.anonymised (real PostgreSQL)', () => {
  it("removes intake's copy of the person and their escalation reasons, once however often it is delivered", async () => {
    const r = await submit(
      complaint({
        complainant: {
          type: ComplainantType.RESIDENT,
          name: 'Ann Onymous',
          email: 'ann@example.org',
          phone: '01252 111111',
          adjustments: 'I am deaf: email only',
        },
      }),
    );
    const s = await orm.em.fork().findOneOrFail(Submission, { reference: r.reference });
    const em = orm.em.fork();
    em.create(EscalationRequest, {
      id: randomUUID(),
      reference: r.reference,
      fromStage: 1,
      toStage: 2,
      reason: 'Ann is still waiting',
      requestedAt: new Date('2026-11-30T10:00:00Z'),
      requestedBy: 'PUBLIC',
      accepted: true,
      message: 'ok',
    });
    await em.flush();
    const event = {
      v: 1 as const,
      eventId: randomUUID(),
      occurredAt: '2026-12-01T10:00:00.000Z',
      caseId: randomUUID(),
      submissionId: s.id,
      reference: r.reference,
      councilId: 'hart',
      reason: 'RETENTION' as const,
    };
    await applyCaseAnonymised(orm.em.fork(), event);
    await applyCaseAnonymised(orm.em.fork(), event);
    const after = await orm.em.fork().findOneOrFail(Submission, { id: s.id });
    expect(after).toMatchObject({
      summary: 'Anonymised',
      details: '',
      complainantName: 'Anonymised',
      complainantEmail: null,
      complainantPhone: null,
      complainantAdjustments: null,
      outcome: r.outcome,
    });
    expect(after.anonymisedAt?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect((await orm.em.fork().findOneOrFail(EscalationRequest, { reference: r.reference })).reason).toBe('Anonymised');
    const rows: { action: string }[] = await orm.em
      .fork()
      .getConnection()
      .execute(`select action from "${intakeSchema(config)}".audit_log where ids @> ?::jsonb and action like 'ANONYMISE%'`, [
        JSON.stringify([s.id]),
      ]);
    expect(rows).toEqual([{ action: 'ANONYMISE_RETENTION' }]);
  });
});
