import type { Queue } from 'bullmq';
import { Channel, ComplainantType, FeedbackKind, IntakeOutcome, findCouncilPolicy } from '@redress/policy';
import { QUEUES, eventJobId } from '@redress/contracts';
import { OutboxEvent, OutboxRelay, createLogger, createQueue, createRedis, isolate } from '@redress/platform';
import type { AppError, MikroORM, Redis, StaffIdentity } from '@redress/platform';
import { createIntakeOrm, intakeSchema } from '../intake.orm';
import { Submission } from './submission.entity';
import { submitFeedback } from './submit-feedback';
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

  it('starts each year\'s sequence again at 1', async () => {
    const r = await submit(complaint({}), new Date('2027-01-01T00:30:00Z'));
    expect(r.reference).toBe('HDC-2027-000001');
  });

  it('stores the submission and its outbox events in one transaction', async () => {
    const r = await submit(complaint({}));
    const em = orm.em.fork();
    const s = await em.findOneOrFail(Submission, { reference: r.reference });
    const events = await em.find(OutboxEvent, {}, { orderBy: { occurredAt: 'asc' } });
    const mine = events.filter((e) => (e.payload as { reference?: string; submission?: { reference: string } }).reference === r.reference
      || (e.payload as { submission?: { reference: string } }).submission?.reference === r.reference);
    expect(r.outcome).toBe(IntakeOutcome.ACCEPTED);
    expect(mine.map((e) => e.type).sort()).toEqual(['case.open', 'submission.received']);
    expect(s.complainantEmail).toBe('jo@example.org');
  });

  it('records a compliment against the service and the team praised, with no case', async () => {
    const r = await submit(complaint({ kind: FeedbackKind.COMPLIMENT, praised: 'Waste crew, Fleet round 4' }));
    expect(r).toMatchObject({ outcome: IntakeOutcome.RECORDED, stage: null });
    const s = await orm.em.fork().findOneOrFail(Submission, { reference: r.reference });
    expect([s.serviceArea, s.praised]).toEqual([hartArea(), 'Waste crew, Fleet round 4']);
    const events = (await orm.em.fork().find(OutboxEvent, {})).map((e) => e.payload as { reference?: string; submission?: { reference: string } });
    expect(events.filter((e) => e.submission?.reference === r.reference)).toHaveLength(0); // no case.open
  });

  it('answers a retry with the same idempotency key with the first result, and refuses the key for different input', async () => {
    const first = await submit(complaint({ idempotencyKey: 'app-retry-1' }));
    const again = await submit(complaint({ idempotencyKey: 'app-retry-1' }));
    expect(again).toEqual(first);
    const racing = await Promise.all([submit(complaint({ idempotencyKey: 'race-1' })), submit(complaint({ idempotencyKey: 'race-1' }))]);
    expect(racing[0].reference).toBe(racing[1].reference);
    await expect(submit(complaint({ idempotencyKey: 'app-retry-1', summary: 'Something else' }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses staff-only channels and back-dated receipt from the public, and names bad fields', async () => {
    await expect(submit(complaint({ channel: Channel.TELEPHONE }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(submit(complaint({ receivedAt: new Date('2026-11-01T10:00:00Z') }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const err = await submit(complaint({ summary: '   ' })).catch((e: AppError) => e);
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    await expect(submit(complaint({ councilId: 'nowhere' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'councilId' });
  });
});

describe('outbox relay (real PostgreSQL and Redis)', () => {
  it('publishes each event once, with the event id as job id, however often it runs', async () => {
    const queues = new Map([
      [QUEUES.caseIntake, createQueue(QUEUES.caseIntake, { connection: redis, prefix: isolation.queuePrefix })],
      [QUEUES.reportingEvents, createQueue(QUEUES.reportingEvents, { connection: redis, prefix: isolation.queuePrefix })],
    ]);
    const relay = new OutboxRelay({ orm, schema: intakeSchema(config), queues, logger, pollMs: 60_000 });
    const r = await submit(complaint({}));
    await relay.drain();
    await relay.drain();
    const caseIntake = queues.get(QUEUES.caseIntake) as Queue;
    const jobs = await caseIntake.getJobs(['waiting']);
    const forThis = jobs.filter((j) => (j.data as { submission: { reference: string } }).submission.reference === r.reference);
    expect(forThis).toHaveLength(1);
    expect(forThis[0].id).toBe(eventJobId((forThis[0].data as { eventId: string }).eventId));
    const unpublished = await orm.em.fork().count(OutboxEvent, { publishedAt: null });
    expect(unpublished).toBe(0);
    for (const q of queues.values()) await q.close();
  });
});
