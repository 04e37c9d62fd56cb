import { FeedbackKind, StatisticsDimension, financialYear } from '@redress/policy';
import { createLogger } from '@redress/platform';
import type { MikroORM } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { Isolation } from '@redress/platform/testing';
import { caseworkModule } from '@redress/casework';
import { intakeModule } from '@redress/intake';
import { reportingModule, statistics } from '@redress/reporting';
import { HistoryRefused, seedHistory } from './seed-history';
import type { HistorySummary } from './seed-history';

jest.setTimeout(180_000);

// A fixed present, so that two runs see the same three financial years: 2024-25, 2025-26 and 2026-27 up to today.
const NOW = new Date('2026-11-20T15:00:00Z');
const YEARS = [2024, 2025, 2026];
const SCALE = 0.01;

interface Run {
  isolation: Isolation;
  summary: HistorySummary;
  intake: MikroORM;
  casework: MikroORM;
  reporting: MikroORM;
}

const schemaOf = (run: Run, service: 'intake' | 'casework' | 'reporting') =>
  ({ intake: intakeModule, casework: caseworkModule, reporting: reportingModule })[service].schema(run.isolation.config(service));
const knexOf = (orm: MikroORM) => orm.em.getConnection().getKnex();
const rows = async <T>(run: Run, service: 'intake' | 'casework' | 'reporting', sql: string): Promise<T[]> =>
  (await knexOf(run[service]).raw(sql.replace(/\$schema/g, `"${schemaOf(run, service)}"`))).rows as T[];

async function seeded(suite: string, workers: number): Promise<Run> {
  const isolation = isolate(suite);
  const summary = await seedHistory({ env: isolation.env, scale: SCALE, seed: 11, now: NOW, workers });
  console.log(
    `${suite}: ${summary.submissions} contacts, ${summary.cases} cases in ${summary.seconds} s ${JSON.stringify(summary.phases)}`,
  );
  const logger = createLogger('test', 'silent');
  return {
    isolation,
    summary,
    intake: await intakeModule.createOrm(isolation.config('intake'), logger),
    casework: await caseworkModule.createOrm(isolation.config('casework'), logger),
    reporting: await reportingModule.createOrm(isolation.config('reporting'), logger),
  };
}

/**
 * Years of history through the real code path (intake's submitFeedback, casework's commands and timer processor,
 * the events relayed from each outbox to reporting and intake), at the tiny scale CI uses, against real PostgreSQL
 * and Redis in schemas and queue prefixes of the suite's own. Run once in process and once with two worker
 * processes, with the same seed: the same history comes out.
 */
describe('seed:history', () => {
  let a: Run;
  let b: Run;

  beforeAll(async () => {
    a = await seeded('history-a', 0);
    b = await seeded('history-b', 2);
  });

  afterAll(async () => {
    for (const run of [a, b].filter(Boolean)) {
      for (const orm of [run.intake, run.casework, run.reporting]) await orm.close();
      await run.isolation.cleanup();
    }
  });

  it('acts every story out as the case machine allows, and misses no deadline it meant to meet', () => {
    expect(a.summary.refusals).toEqual([]);
    expect(a.summary.unplannedLate).toBe(0);
    expect(a.summary.breaches).toBeGreaterThan(0);
  });

  it('opens cases in each of the three financial years for both councils, at every stage of each procedure', async () => {
    const cases = await rows<{ council_id: string; year: number; n: string }>(
      a,
      'casework',
      `select council_id, extract(year from (received_at at time zone 'Europe/London') - interval '3 months')::int as year, count(*) as n
       from $schema."case" group by 1, 2`,
    );
    for (const council of ['hart', 'hampshire'])
      for (const year of YEARS) expect(cases.find((c) => c.council_id === council && c.year === year)?.n ?? '0').not.toBe('0');
    const stages = await rows<{ council_id: string; number: number }>(
      a,
      'casework',
      'select distinct c.council_id, s.number from $schema.case_stage s join $schema."case" c on c.id = s.case_id order by 1, 2',
    );
    expect(stages.filter((s) => s.council_id === 'hart').map((s) => s.number)).toEqual([0, 1, 2]);
    expect(stages.filter((s) => s.council_id === 'hampshire').map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it('records every kind of contact for both councils, and the read model counts each submission once', async () => {
    const intake = await rows<{ council_id: string; kind: string; n: string }>(
      a,
      'intake',
      'select council_id, kind, count(*) as n from $schema.submission group by 1, 2 order by 1, 2',
    );
    const read = await rows<{ council_id: string; kind: string; n: string }>(
      a,
      'reporting',
      'select council_id, kind, count(*) as n from $schema.received_item group by 1, 2 order by 1, 2',
    );
    expect(read).toEqual(intake);
    for (const council of ['hart', 'hampshire'])
      expect(intake.filter((r) => r.council_id === council).map((r) => r.kind)).toEqual(Object.values(FeedbackKind).sort());
    expect(intake.reduce((n, r) => n + Number(r.n), 0)).toBe(a.summary.submissions);
    const [{ n: cases }] = await rows<{ n: string }>(a, 'casework', 'select count(*) as n from $schema."case"');
    const [{ n: facts }] = await rows<{ n: string }>(a, 'reporting', 'select count(*) as n from $schema.case_fact');
    expect(facts).toBe(cases);
    expect(Number(cases)).toBe(a.summary.cases);
    // Everything written was relayed: nothing is left for a platform started later to publish (or email).
    for (const service of ['intake', 'casework'] as const)
      expect(await rows(a, service, 'select id from $schema.outbox_event where published_at is null')).toEqual([]);
  });

  it('gives the same references, outcomes and breaches for the same seed, in process or in worker processes', async () => {
    const submissions = 'select reference, kind, outcome, service_area from $schema.submission order by reference';
    expect(await rows(b, 'intake', submissions)).toEqual(await rows(a, 'intake', submissions));
    const stages =
      'select c.reference, s.number, s.outcome, s.responded_at, s.acknowledged_at, c.status from $schema.case_stage s ' +
      'join $schema."case" c on c.id = s.case_id order by 1, 2';
    expect(await rows(b, 'casework', stages)).toEqual(await rows(a, 'casework', stages));
    const breaches = 'select kind, count(*) as n from $schema.sla_breach group by 1 order by 1';
    expect(await rows(b, 'casework', breaches)).toEqual(await rows(a, 'casework', breaches));
    expect(b.summary.actions).toEqual(a.summary.actions);
  });

  it("gives reporting's figures substance in every year: outcomes, on time and late, escalations, closures", async () => {
    const schema = schemaOf(a, 'reporting');
    for (const council of ['hart', 'hampshire']) {
      const years = [];
      for (const year of YEARS) {
        const fy = financialYear(year);
        const byQuarter = await statistics(a.reporting.em.fork(), schema, council, fy.from, fy.to, StatisticsDimension.QUARTER);
        const total = (k: 'received' | 'upheld' | 'notUpheld' | 'respondedOnTime' | 'respondedLate' | 'escalated' | 'closed') =>
          byQuarter.reduce((n, r) => n + r[k], 0);
        years.push({ received: total('received'), answered: total('respondedOnTime') + total('respondedLate'), closed: total('closed') });
        expect(total('respondedOnTime')).toBeGreaterThan(0);
        if (year < 2026) expect(total('escalated')).toBeGreaterThan(0);
      }
      for (const y of years) expect(Math.min(y.received, y.answered, y.closed)).toBeGreaterThan(0);
      const all = await statistics(a.reporting.em.fork(), schema, council, '2024-04-01', '2027-03-31', StatisticsDimension.OUTCOME);
      expect(all.map((r) => r.key).filter((k) => k !== 'null')).toEqual(expect.arrayContaining(['UPHELD', 'NOT_UPHELD']));
      // Most answers are on time; some are late on purpose, and counted so.
      const late = all.reduce((n, r) => n + r.respondedLate, 0);
      expect(late).toBeGreaterThan(0);
      expect(all.reduce((n, r) => n + r.respondedOnTime, 0)).toBeGreaterThan(late);
      const categories = await statistics(a.reporting.em.fork(), schema, council, '2024-04-01', '2027-03-31', StatisticsDimension.CATEGORY);
      expect(categories.length).toBeGreaterThan(2);
    }
    const [{ n: lessons }] = await rows<{ n: string }>(a, 'reporting', 'select count(*) as n from $schema.lesson_learned');
    const [{ n: ombudsman }] = await rows<{ n: string }>(
      a,
      'reporting',
      'select count(*) as n from $schema.case_fact where ombudsman_date is not null',
    );
    expect(Number(lessons)).toBeGreaterThan(0);
    expect(Number(ombudsman)).toBeGreaterThan(0);
  });

  it('refuses to add history where history already exists', async () => {
    await expect(seedHistory({ env: a.isolation.env, scale: SCALE, seed: 11, now: NOW, workers: 0 })).rejects.toBeInstanceOf(
      HistoryRefused,
    );
  });
});
