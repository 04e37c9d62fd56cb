import { randomUUID } from 'node:crypto';
import {
  CaseStatus,
  Channel,
  ComplaintCategory,
  FeedbackKind,
  IntakeOutcome,
  Matter,
  Outcome,
  StatisticsDimension,
  TrendMetric,
} from '@redress/policy';
import type { CaseChange, CaseChangedEvent, CaseOpenedEvent, SubmissionReceivedEvent } from '@redress/contracts';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { rebuildProjections, recordEvent } from '../events/record-event';
import { createReportingOrm, reportingSchema } from '../reporting.orm';
import { refusedCases, slaCompliance, trend } from './figures';
import { statistics } from './statistics';

jest.setTimeout(60_000);

const isolation = isolate('reporting-categories');
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

const { DELAY, POOR_COMMUNICATION, STAFF_BEHAVIOUR } = ComplaintCategory;
const base = (occurredAt: string) => ({ v: 1 as const, eventId: randomUUID(), occurredAt });
const record = (type: 'submission.received' | 'case.opened' | 'case.changed', e: object) =>
  recordEvent(orm.em.fork(), schema, type, e as never, new Date());

/** A Hart complaint received on a date with its categories (undefined: an event written before categories), then its changes. */
async function story(
  receivedAt: string,
  serviceArea: string,
  categories: ComplaintCategory[] | undefined,
  changes: [string, CaseChange, Partial<CaseChangedEvent>][] = [],
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
    channel: Channel.WEB_FORM,
    serviceArea,
    matter: Matter.SERVICE_FAILURE,
    outcome: IntakeOutcome.ACCEPTED,
    receivedAt,
  };
  await record('submission.received', received);
  const opened: Omit<CaseOpenedEvent, 'categories'> & { categories?: ComplaintCategory[] } = {
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
    acknowledgeBy: '2026-07-06',
    respondBy: '2026-07-15',
    receivedAt,
    channel: Channel.WEB_FORM,
    matter: Matter.SERVICE_FAILURE,
    anonymous: false,
    ...(categories ? { categories } : {}),
  };
  await record('case.opened', opened);
  for (const [at, change, extra] of changes) {
    await record('case.changed', {
      ...base(at),
      caseId,
      reference,
      councilId: 'hart',
      change,
      status: CaseStatus.OPEN,
      stage: 1,
      stageName: 'Stage 1',
      acknowledgeBy: '2026-07-06',
      respondBy: '2026-07-15',
      outcome: null,
      onTime: null,
      sla: null,
      previousStage: null,
      stageOpenedAt: receivedAt,
      remedies: [],
      lessonsLearned: null,
      ...(categories ? { categories } : {}),
      ...extra,
    });
  }
}

const byCategory = () => statistics(orm.em.fork(), schema, 'hart', '2026-07-01', '2026-09-30', StatisticsDimension.CATEGORY);
const pick = (rows: Awaited<ReturnType<typeof byCategory>>) =>
  rows.map((r) => [r.key, r.received, r.upheld, r.notInvestigated, r.respondedOnTime + r.respondedLate, r.closed]);

describe('reporting by complaint category, and late complaints refused (real PostgreSQL)', () => {
  beforeAll(async () => {
    // Received Wed 1 July 2026 about delay and poor communication; upheld on time on Fri 10 July, then closed.
    await story(
      '2026-07-01T09:00:00Z',
      'waste',
      [DELAY, POOR_COMMUNICATION],
      [
        ['2026-07-10T09:00:00Z', 'RESPONDED', { status: CaseStatus.RESPONDED, outcome: Outcome.UPHELD, onTime: true }],
        ['2026-07-13T09:00:00Z', 'CLOSED', { status: CaseStatus.CLOSED, outcome: Outcome.UPHELD }],
      ],
    );
    // Received Thu 2 July about delay; the officer corrects it to staff behaviour on Mon 6 July.
    await story(
      '2026-07-02T09:00:00Z',
      'planning',
      [DELAY],
      [['2026-07-06T09:00:00Z', 'CATEGORIES_SET', { categories: [STAFF_BEHAVIOUR] }]],
    );
    // Received Fri 3 July with no category yet.
    await story('2026-07-03T09:00:00Z', 'waste', []);
    // Made out of time about a delay; refused by the coordinator on Tue 7 July: closed, not investigated.
    await story(
      '2026-07-03T10:00:00Z',
      'waste',
      [DELAY],
      [['2026-07-07T09:00:00Z', 'LATE_COMPLAINT_REFUSED', { status: CaseStatus.CLOSED, outcome: Outcome.NOT_INVESTIGATED }]],
    );
    // Opened and acknowledged by a version of casework that sent no categories.
    await story('2026-08-03T09:00:00Z', 'waste', undefined, [['2026-08-04T09:00:00Z', 'ACKNOWLEDGED', { onTime: true }]]);
  });

  it('counts a complaint once under each of its categories, the categories it has now, and the rest as UNCATEGORISED', async () => {
    expect(pick(await byCategory())).toEqual([
      // key, received, upheld, not investigated, responded (on time or late), closed
      ['DELAY', 2, 1, 1, 1, 2],
      ['POOR_COMMUNICATION', 1, 1, 0, 1, 1],
      ['STAFF_BEHAVIOUR', 1, 0, 0, 0, 0],
      ['UNCATEGORISED', 2, 0, 0, 0, 0],
    ]);
  });

  it('keeps a late complaint refused by the coordinator as refused, out of time, dated by the decision', async () => {
    expect(await refusedCases(orm.em.fork(), schema, 'hart', '2026-07-01', '2026-09-30')).toEqual([{ reason: 'OUT_OF_TIME', count: 1 }]);
    expect(await refusedCases(orm.em.fork(), schema, 'hart', '2026-07-08', '2026-09-30')).toEqual([]);
    // Not an answer to the complaint: no response on time or late, and not open past its deadline.
    const sla = await slaCompliance(orm.em.fork(), schema, 'hart', '2026-07-01', '2026-07-31', '2026-07-31');
    expect(sla).toMatchObject({ respondedOnTime: 1, respondedLate: 0 });
    const byArea = await statistics(orm.em.fork(), schema, 'hart', '2026-07-01', '2026-07-31', StatisticsDimension.SERVICE_AREA);
    expect(byArea.find((r) => r.key === 'waste')).toMatchObject({
      received: 3,
      closed: 2,
      notInvestigated: 1,
      averageWorkingDaysToRespond: 7,
    });
  });

  it('draws trends for one category and for one service area', async () => {
    const received = (filter: object) =>
      trend(orm.em.fork(), schema, 'hart', TrendMetric.RECEIVED, 'MONTH', '2026-07-01', '2026-08-31', filter);
    expect(await received({ category: DELAY })).toEqual([
      { period: '2026-07', value: 2, suppressed: false },
      { period: '2026-08', value: 0, suppressed: false },
    ]);
    expect(await received({ serviceArea: 'planning' })).toEqual([
      { period: '2026-07', value: 1, suppressed: false },
      { period: '2026-08', value: 0, suppressed: false },
    ]);
    expect(await received({ serviceArea: 'planning', category: DELAY })).toEqual([
      { period: '2026-07', value: 0, suppressed: false },
      { period: '2026-08', value: 0, suppressed: false },
    ]);
    const upheld = await trend(orm.em.fork(), schema, 'hart', TrendMetric.UPHELD_RATE, 'QUARTER', '2026-07-01', '2026-09-30', {
      category: POOR_COMMUNICATION,
    });
    expect(upheld).toEqual([{ period: '2026-Q2', value: 1, suppressed: false }]);
    const compliments = await trend(orm.em.fork(), schema, 'hart', TrendMetric.COMPLIMENTS, 'MONTH', '2026-07-01', '2026-07-31', {
      category: DELAY,
    });
    expect(compliments).toEqual([{ period: '2026-07', value: 0, suppressed: false }]);
  });

  it('rebuilds the same figures from the event log', async () => {
    const before = [await byCategory(), await refusedCases(orm.em.fork(), schema, 'hart', '2026-07-01', '2026-09-30')];
    await rebuildProjections(orm.em.fork(), schema);
    expect([await byCategory(), await refusedCases(orm.em.fork(), schema, 'hart', '2026-07-01', '2026-09-30')]).toEqual(before);
  });
});
