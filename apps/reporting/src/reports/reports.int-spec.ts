import { financialQuarter, financialYear, isSmallNumber, londonDate } from '@redress/policy';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { rebuildProjections, recordEvent } from '../events/record-event';
import { createReportingOrm, reportingSchema } from '../reporting.orm';
import { quarterlyReport } from '../statistics/figures';
import type { StatisticsRow } from '../statistics/statistics.types';
import * as brute from '../testing/brute-force';
import type { Delivered } from '../testing/brute-force';
import { eventHistory } from '../testing/event-history';
import { annualReport } from './annual-report';
import { annualView, quarterlyView } from './report-views';

jest.setTimeout(240_000);

/*
 * Every figure of the quarterly and the annual report against a brute-force count (testing/brute-force.ts) over the
 * same events: two financial years of a deterministic history fed through reporting's consumer (recordEvent, as the
 * worker calls it) into PostgreSQL, some delivered twice; then again after the projections are rebuilt from the log.
 */

const isolation = isolate('reporting-reports');
const config = isolation.config('reporting');
const schema = reportingSchema(config);
let orm: MikroORM;

const TODAY = '2027-06-30';
const EVENTS: Delivered[] = eventHistory({ seed: 20261230, cases: 260, contacts: 160, from: '2025-04-01', to: '2027-03-31' });
const known = brute.learn(EVENTS);
const QUARTERS = [2025, 2026].flatMap((year) => [1, 2, 3, 4].map((quarter) => ({ year, quarter })));

beforeAll(async () => {
  orm = await createReportingOrm(config, createLogger('test', 'silent'));
  for (const [i, d] of EVENTS.entries()) {
    await recordEvent(orm.em.fork(), schema, d.type, d.event as never, new Date());
    // Every thirteenth event delivered again (a retried job): counted once.
    if (i % 13 === 0) expect(await recordEvent(orm.em.fork(), schema, d.type, d.event as never, new Date())).toBe(false);
  }
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

function expectedQuarter(councilId: string, year: number, quarter: number) {
  const { from, to } = financialQuarter(year, quarter);
  const first = year * 4 + quarter - 1 - 7;
  const eight = Array.from({ length: 8 }, (_, i) => {
    const q = financialQuarter(Math.floor((first + i) / 4), ((first + i) % 4) + 1);
    const received = brute.rows(known, councilId, q.from, q.to, 'QUARTER').reduce((n, r) => n + r.received, 0);
    return { period: q.key, value: received, suppressed: false };
  });
  return { ...brute.figures(known, councilId, from, to, TODAY), year, quarter, lastEightQuarters: eight };
}

function expectedYear(councilId: string, year: number) {
  const { from, to } = financialYear(year);
  const enquiries = brute.enquiries(known, councilId, from, to);
  const figures = brute.figures(known, councilId, from, to, TODAY);
  const remedies = brute.remedies(known, councilId, from, to);
  return {
    ...figures,
    year,
    byQuarter: brute.rows(known, councilId, from, to, 'QUARTER'),
    ombudsmanEnquiriesAnsweredOnTime: enquiries.onTime,
    ombudsmanEnquiriesAnsweredLate: enquiries.late,
    remedyActionsCompleted: remedies,
    serviceImprovements: [
      ...figures.lessonsLearned,
      ...remedies.map((r) => `Remedy actions completed, ${r.remedy ? r.remedy.toLowerCase().replace(/_/g, ' ') : 'a remedy'}: ${r.count}`),
    ],
  };
}

const quarterly = async (councilId: string, year: number, quarter: number) =>
  quarterlyView(await quarterlyReport(orm.em.fork(), schema, councilId, year, quarter, TODAY), false);
const annual = async (councilId: string, year: number) => {
  const { selfAssessment, governanceResponse, ombudsmanAnnualLetter, ...figures } = annualView(
    await annualReport(orm.em.fork(), schema, councilId, year, TODAY),
    false,
  );
  expect([selfAssessment.length > 0, governanceResponse, ombudsmanAnnualLetter]).toEqual([true, null, null]);
  return figures;
};

describe('the reports against a brute-force count of the same events (real PostgreSQL)', () => {
  it('is fed a history with something in every figure', () => {
    const year = expectedYear('hart', 2026);
    expect(year.complaints).toBeGreaterThan(50);
    for (const list of [
      year.refused,
      year.ombudsmanDecisions,
      year.remedyActionsCompleted,
      year.lessonsLearned,
      year.praise,
      year.byCategory,
    ])
      expect(list.length).toBeGreaterThan(1);
    expect(year.ombudsmanReferrals).toBeGreaterThan(0);
    expect(year.ombudsmanEnquiriesAnsweredOnTime + year.ombudsmanEnquiriesAnsweredLate).toBeGreaterThan(0);
    expect(year.escalations).toBeGreaterThan(0);
    expect(year.sla.openOverdue).toBeGreaterThan(0);
    // Counts that mean one thing: the rows by service area add up to every contact received, each counted once.
    const contacts = known.submissions.filter((s) => {
      const d = londonDate(new Date(s.receivedAt));
      return s.councilId === 'hart' && d >= '2026-04-01' && d <= '2027-03-31';
    });
    const counted = year.byServiceArea.reduce((n, r) => n + r.received + r.compliments + r.comments + r.serviceRequests + r.notTakenOn, 0);
    expect(counted).toBe(contacts.length);
    expect(year.complaints).toBe(contacts.filter((s) => s.kind === 'COMPLAINT' && s.outcome === 'ACCEPTED').length);
  });

  it.each(QUARTERS.flatMap(({ year, quarter }) => ['hart', 'hampshire'].map((c) => [c, year, quarter] as const)))(
    'quarterly report, %s %i Q%i',
    async (councilId, year, quarter) => {
      expect(await quarterly(councilId, year, quarter)).toEqual(expectedQuarter(councilId, year, quarter));
    },
  );

  it.each([
    ['hart', 2025],
    ['hart', 2026],
    ['hampshire', 2026],
  ] as const)('annual report, %s %i', async (councilId, year) => {
    expect(await annual(councilId, year)).toEqual(expectedYear(councilId, year));
  });

  it('withholds every count of fewer than 5 people in the Member’s view, and nothing else', async () => {
    const report = quarterlyView(await quarterlyReport(orm.em.fork(), schema, 'hart', 2026, 2, TODAY), true);
    const exact = expectedQuarter('hart', 2026, 2);
    const tables: [StatisticsRow[], StatisticsRow[]][] = [
      [report.byServiceArea, exact.byServiceArea],
      [report.byStage, exact.byStage],
      [report.byCategory, exact.byCategory],
    ];
    let withheld = 0;
    for (const [shown, truth] of tables) {
      expect(shown.map((r) => r.key)).toEqual(truth.map((r) => r.key));
      shown.forEach((r, i) => {
        for (const field of ['received', 'compliments', 'closed', 'upheld', 'respondedOnTime', 'respondedLate'] as const) {
          const real = truth[i][field];
          // A small number is never shown; a shown number is the real one; a withheld one reads 0 and is named.
          expect(isSmallNumber(r[field])).toBe(false);
          if (isSmallNumber(real)) expect(r.suppressed).toContain(field);
          if (r.suppressed.includes(field)) expect([r[field], real > 0]).toEqual([0, true]);
          else expect(r[field]).toBe(real);
          if (r.suppressed.includes(field)) withheld += 1;
        }
      });
    }
    expect(withheld).toBeGreaterThan(0);
    for (const total of ['complaints', 'compliments', 'comments', 'serviceRequests', 'escalations', 'ombudsmanReferrals'] as const) {
      expect(isSmallNumber(report[total])).toBe(false);
      expect(report[total]).toBe(isSmallNumber(exact[total]) ? 0 : exact[total]);
      expect(report.suppressed.includes(total)).toBe(isSmallNumber(exact[total]));
    }
    for (const p of report.praise) expect(isSmallNumber(p.count)).toBe(false);
    for (const p of report.lastEightQuarters)
      expect(p.suppressed).toBe(isSmallNumber(exact.lastEightQuarters.find((q) => q.period === p.period)!.value));
  });

  it('rebuilds every projection from the event log and gives the same figures', async () => {
    const replayed = await rebuildProjections(orm.em.fork(), schema);
    expect(replayed).toBe(new Set(EVENTS.map((d) => d.event.eventId)).size);
    for (const { year, quarter } of QUARTERS)
      expect(await quarterly('hart', year, quarter)).toEqual(expectedQuarter('hart', year, quarter));
    expect(await annual('hart', 2026)).toEqual(expectedYear('hart', 2026));
    expect(await annual('hampshire', 2026)).toEqual(expectedYear('hampshire', 2026));
  });
});
