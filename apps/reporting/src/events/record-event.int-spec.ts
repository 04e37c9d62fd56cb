import { randomUUID } from 'node:crypto';
import { Channel, FeedbackKind, IntakeOutcome, Matter, StatisticsDimension } from '@redress/policy';
import type { SubmissionReceivedEvent } from '@redress/contracts';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { createReportingOrm, reportingSchema } from '../reporting.orm';
import { statistics } from '../statistics/statistics';
import { recordEvent } from './record-event';

jest.setTimeout(60_000);

const isolation = isolate('reporting-record');
const config = isolation.config('reporting');
let orm: MikroORM;

beforeAll(async () => {
  orm = await createReportingOrm(config, createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const received = (kind: FeedbackKind, receivedAt: string): SubmissionReceivedEvent => ({
  v: 1,
  eventId: randomUUID(),
  occurredAt: receivedAt,
  submissionId: randomUUID(),
  reference: `HDC-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
  councilId: 'hart',
  kind,
  channel: Channel.EMAIL,
  serviceArea: 'waste',
  matter: Matter.SERVICE_FAILURE,
  // What intake decides for each kind: a complaint taken on, a comment or compliment recorded.
  outcome: kind === FeedbackKind.COMPLAINT ? IntakeOutcome.ACCEPTED : IntakeOutcome.RECORDED,
  receivedAt,
});

const stats = (from: string, to: string, groupBy: StatisticsDimension) =>
  statistics(orm.em.fork(), reportingSchema(config), 'hart', from, to, groupBy);

describe('reporting read model (real PostgreSQL)', () => {
  it('counts an event once however often it is delivered', async () => {
    const e = received(FeedbackKind.COMPLAINT, '2026-05-10T09:00:00Z');
    expect(await recordEvent(orm.em.fork(), reportingSchema(config), 'submission.received', e, new Date())).toBe(true);
    expect(await recordEvent(orm.em.fork(), reportingSchema(config), 'submission.received', e, new Date())).toBe(false);
    await recordEvent(
      orm.em.fork(),
      reportingSchema(config),
      'submission.received',
      received(FeedbackKind.COMPLIMENT, '2026-05-11T09:00:00Z'),
      new Date(),
    );
    // received is complaints only; a compliment is counted apart.
    expect(await stats('2026-05-01', '2026-05-31', StatisticsDimension.KIND)).toEqual([
      expect.objectContaining({ key: 'COMPLAINT', received: 1, compliments: 0 }),
      expect.objectContaining({ key: 'COMPLIMENT', received: 0, compliments: 1 }),
    ]);
  });

  it('dates a count by the London date of receipt, with inclusive ranges (23:30 UTC on 31 May is 1 June in London)', async () => {
    await recordEvent(
      orm.em.fork(),
      reportingSchema(config),
      'submission.received',
      received(FeedbackKind.COMMENT, '2026-05-31T23:30:00Z'),
      new Date(),
    );
    expect(await stats('2026-06-01', '2026-06-01', StatisticsDimension.KIND)).toEqual([
      expect.objectContaining({ key: 'COMMENT', received: 0, comments: 1 }),
    ]);
  });

  it('groups by financial quarter: Q1 is April to June, Q4 runs to March of the next calendar year', async () => {
    await recordEvent(
      orm.em.fork(),
      reportingSchema(config),
      'submission.received',
      received(FeedbackKind.COMPLAINT, '2027-03-15T12:00:00Z'),
      new Date(),
    );
    const rows = await stats('2026-04-01', '2027-03-31', StatisticsDimension.QUARTER);
    expect(rows.map((r) => [r.key, r.received, r.compliments, r.comments])).toEqual([
      ['2026-Q1', 1, 1, 1],
      ['2026-Q4', 1, 0, 0],
    ]);
  });
});
