import { randomUUID } from 'node:crypto';
import { CaseStatus, Channel, FeedbackKind, IntakeOutcome, Matter, Outcome, StatisticsDimension, TrendMetric } from '@redress/policy';
import type { CaseChange, CaseChangedEvent, CaseOpenedEvent, SubmissionReceivedEvent } from '@redress/contracts';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { rebuildProjections, recordEvent } from '../events/record-event';
import { createReportingOrm, reportingSchema } from '../reporting.orm';
import { quarterlyReport, slaCompliance, trend } from './figures';
import { statistics } from './statistics';

jest.setTimeout(60_000);

const isolation = isolate('reporting-figures');
const config = isolation.config('reporting');
const schema = reportingSchema(config);
let orm: MikroORM;
beforeAll(async () => {
  orm = await createReportingOrm(config, createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const base = (occurredAt: string) => ({ v: 1 as const, eventId: randomUUID(), occurredAt });
const record = <J extends 'submission.received' | 'case.opened' | 'case.changed'>(type: J, e: never) =>
  recordEvent(orm.em.fork(), schema, type, e, new Date());

/** A Hart complaint about waste, received on a date, then the changes listed, each on its own date. */
async function story(
  receivedAt: string,
  serviceArea: string,
  changes: [string, CaseChange, Partial<CaseChangedEvent>][],
  anonymous = false,
) {
  const submissionId = randomUUID();
  const caseId = randomUUID();
  const reference = `HDC-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const received: SubmissionReceivedEvent = {
    ...base(receivedAt),
    submissionId,
    reference,
    councilId: 'hart',
    kind: FeedbackKind.COMPLAINT,
    channel: Channel.EMAIL,
    serviceArea,
    matter: Matter.SERVICE_FAILURE,
    outcome: IntakeOutcome.ACCEPTED,
    receivedAt,
  };
  await record('submission.received', received as never);
  const opened: CaseOpenedEvent = {
    ...base(receivedAt),
    caseId,
    submissionId,
    reference,
    councilId: 'hart',
    kind: FeedbackKind.COMPLAINT,
    serviceArea,
    status: CaseStatus.OPEN,
    stage: 1,
    stageName: 'Stage 1',
    acknowledgeBy: '2026-05-07',
    respondBy: '2026-05-18',
    receivedAt,
    channel: Channel.EMAIL,
    matter: Matter.SERVICE_FAILURE,
    anonymous,
    categories: [],
  };
  await record('case.opened', opened as never);
  for (const [at, change, extra] of changes) {
    const e: CaseChangedEvent = {
      ...base(at),
      caseId,
      reference,
      councilId: 'hart',
      change,
      status: CaseStatus.OPEN,
      stage: 1,
      stageName: 'Stage 1',
      acknowledgeBy: '2026-05-07',
      respondBy: '2026-05-18',
      outcome: null,
      onTime: null,
      sla: null,
      previousStage: null,
      stageOpenedAt: receivedAt,
      remedies: [],
      lessonsLearned: null,
      categories: [],
      ...extra,
    };
    await record('case.changed', e as never);
  }
}

const all = async () => ({
  byArea: await statistics(orm.em.fork(), schema, 'hart', '2026-04-01', '2026-06-30', StatisticsDimension.SERVICE_AREA),
  byOutcome: await statistics(orm.em.fork(), schema, 'hart', '2026-04-01', '2026-06-30', StatisticsDimension.OUTCOME),
  byStage: await statistics(orm.em.fork(), schema, 'hart', '2026-04-01', '2026-06-30', StatisticsDimension.STAGE),
  sla: await slaCompliance(orm.em.fork(), schema, 'hart', '2026-04-01', '2026-06-30', '2026-11-23'),
  report: await quarterlyReport(orm.em.fork(), schema, 'hart', 2026, 1, '2026-11-23'),
});

describe('reporting figures (real PostgreSQL)', () => {
  beforeAll(async () => {
    // Received Thu 30 April; acknowledged on time; upheld on Mon 11 May: 6 working days (Mon 4 May is the
    // Early May bank holiday); escalated 20 May.
    await story('2026-04-30T09:00:00Z', 'waste', [
      ['2026-05-01T09:00:00Z', 'ACKNOWLEDGED', { onTime: true }],
      [
        '2026-05-11T09:00:00Z',
        'RESPONDED',
        { status: CaseStatus.RESPONDED, outcome: Outcome.UPHELD, onTime: true, lessonsLearned: 'Crews to log missed bins the same day' },
      ],
      [
        '2026-05-20T09:00:00Z',
        'ESCALATED',
        {
          stage: 2,
          stageName: 'Stage 2',
          previousStage: 1,
          stageOpenedAt: '2026-05-20T09:00:00Z',
          acknowledgeBy: '2026-05-26',
          respondBy: '2026-06-17',
        },
      ],
    ]);
    // Received Mon 4 May (the Early May bank holiday itself); acknowledged late; not upheld on Mon 1 June, late:
    // 18 working days (4 May and the Spring bank holiday, 25 May, do not count); closed; then to the Ombudsman.
    await story('2026-05-04T09:00:00Z', 'planning', [
      ['2026-05-12T09:00:00Z', 'ACKNOWLEDGED', { onTime: false }],
      ['2026-06-01T09:00:00Z', 'RESPONDED', { status: CaseStatus.RESPONDED, outcome: Outcome.NOT_UPHELD, onTime: false }],
      ['2026-06-01T10:00:00Z', 'CLOSED', { status: CaseStatus.CLOSED, outcome: Outcome.NOT_UPHELD }],
      ['2026-06-10T10:00:00Z', 'REFERRED_TO_OMBUDSMAN', { status: CaseStatus.WITH_OMBUDSMAN }],
    ]);
    // Anonymous, never answered: open past its deadline.
    await story('2026-05-05T09:00:00Z', 'waste', [], true);
    // A compliment.
    await record('submission.received', {
      ...base('2026-06-02T09:00:00Z'),
      submissionId: randomUUID(),
      reference: 'HDC-2026-900001',
      councilId: 'hart',
      kind: FeedbackKind.COMPLIMENT,
      channel: Channel.WEB_FORM,
      serviceArea: 'waste',
      matter: Matter.SERVICE_FAILURE,
      outcome: IntakeOutcome.RECORDED,
      receivedAt: '2026-06-02T09:00:00Z',
    } as never);
  });

  it('dates each count by its own event, by service area', async () => {
    const { byArea } = await all();
    expect(byArea).toEqual([
      {
        key: 'planning',
        received: 1,
        compliments: 0,
        comments: 0,
        serviceRequests: 0,
        notTakenOn: 0,
        closed: 1,
        upheld: 0,
        partiallyUpheld: 0,
        notUpheld: 1,
        notInvestigated: 0,
        escalated: 0,
        respondedOnTime: 0,
        respondedLate: 1,
        averageWorkingDaysToRespond: 18,
        suppressed: [],
      },
      {
        key: 'waste',
        // Two complaints; the compliment is counted apart (it was counted as a complaint received before).
        received: 2,
        compliments: 1,
        comments: 0,
        serviceRequests: 0,
        notTakenOn: 0,
        closed: 0,
        upheld: 1,
        partiallyUpheld: 0,
        notUpheld: 0,
        notInvestigated: 0,
        escalated: 1,
        respondedOnTime: 1,
        respondedLate: 0,
        averageWorkingDaysToRespond: 6,
        suppressed: [],
      },
    ]);
  });

  it('groups responses by outcome and stages by number', async () => {
    const { byOutcome, byStage } = await all();
    expect(byOutcome.map((r) => [r.key, r.upheld + r.notUpheld])).toEqual([
      ['NOT_UPHELD', 1],
      ['UPHELD', 1],
    ]);
    expect(byStage.map((r) => [r.key, r.received, r.escalated])).toEqual([
      ['1', 3, 1],
      ['2', 1, 0],
    ]);
  });

  it('reports SLA compliance, leaving anonymous complaints out of acknowledgement figures', async () => {
    const { sla } = await all();
    expect(sla).toEqual({
      acknowledgedOnTime: 1,
      acknowledgedLate: 1,
      respondedOnTime: 1,
      respondedLate: 1,
      openOverdue: 2,
      onTimeRate: 0.5,
      suppressed: [],
    });
  });

  it('builds the quarterly report for scrutiny (Q1 = April to June)', async () => {
    const { report } = await all();
    expect(report).toMatchObject({
      year: 2026,
      quarter: 1,
      compliments: 1,
      ombudsmanReferrals: 1,
      lessonsLearned: ['Crews to log missed bins the same day'],
    });
    // A quarter that is not 1 to 4 is refused at the GraphQL edge (statistics.types.ts; tools/e2e/validation.e2e-spec.ts).
  });

  it('draws trends with empty periods as zero', async () => {
    const points = await trend(orm.em.fork(), schema, 'hart', TrendMetric.RECEIVED, 'MONTH', '2026-03-01', '2026-06-30');
    expect(points).toEqual([
      { period: '2026-03', value: 0, suppressed: false },
      { period: '2026-04', value: 1, suppressed: false },
      { period: '2026-05', value: 2, suppressed: false },
      { period: '2026-06', value: 0, suppressed: false },
    ]);
    const onTime = await trend(orm.em.fork(), schema, 'hart', TrendMetric.ON_TIME_RATE, 'QUARTER', '2026-04-01', '2026-09-30');
    expect(onTime).toEqual([
      { period: '2026-Q1', value: 0.5, suppressed: false },
      { period: '2026-Q2', value: 0, suppressed: false },
    ]);
  });

  it('rebuilds every projection from the event log with the same figures', async () => {
    const before = await all();
    const replayed = await rebuildProjections(orm.em.fork(), schema);
    expect(replayed).toBeGreaterThan(10);
    expect(await all()).toEqual(before);
  });
});
