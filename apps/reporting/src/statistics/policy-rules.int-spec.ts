import {
  FeedbackKind,
  IntakeOutcome,
  contactBucket,
  contactBucketSql,
  endOfLondonDay,
  financialQuarterOf,
  financialQuarterSql,
  isMissed,
  missedSql,
} from '@redress/policy';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM } from '@redress/platform';
import { createReportingOrm } from '../reporting.orm';

jest.setTimeout(60_000);

// The figures run the policy's rules as SQL over London dates: PostgreSQL must give the policy's answers.
const isolation = isolate('reporting-rules');
let orm: MikroORM;
beforeAll(async () => {
  orm = await createReportingOrm(isolation.config('reporting'), createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});
const knex = () => orm.em.getConnection().getKnex();

describe('the policy rules in SQL agree with the policy core (real PostgreSQL)', () => {
  it('financialQuarterSql gives financialQuarterOf for every day from 2023 to 2028', async () => {
    const sql =
      `select to_char(d, 'YYYY-MM-DD') as day, ${financialQuarterSql('d::date')} as key ` +
      "from generate_series('2023-01-01'::date, '2028-12-31'::date, '1 day') d";
    const rows: { day: string; key: string }[] = (await knex().raw(sql)).rows;
    expect(rows).toHaveLength(2192);
    const mismatches = rows.filter((r) => {
      const q = financialQuarterOf(r.day);
      return r.key !== `${q.year}-Q${q.quarter}`;
    });
    expect(mismatches).toEqual([]);
  });

  // London dates either side of the summer (BST) and winter (GMT) changes of 2026 and 2027.
  const DAYS = [
    '2026-03-28',
    '2026-03-29',
    '2026-03-30',
    '2026-07-15',
    '2026-07-16',
    '2026-07-17',
    '2026-10-24',
    '2026-10-25',
    '2026-10-26',
    '2027-03-28',
  ];
  it.each(DAYS)('missedSql over date columns, as of %s, is isMissed at the end of that London day', async (on) => {
    const grid = DAYS.flatMap((by) => [null, ...DAYS].map((met) => ({ by, met })));
    const missed = missedSql('g.respond_by', 'g.responded_date', on);
    const values = grid.map(() => '(?::date, ?::date)').join(', ');
    const sql = `select to_char(g.respond_by, 'YYYY-MM-DD') as by, to_char(g.responded_date, 'YYYY-MM-DD') as met, ${missed.sql} as missed
      from (values ${values}) as g(respond_by, responded_date)`;
    const rows: { by: string; met: string | null; missed: boolean }[] = (
      await knex().raw(sql, [...missed.bindings, ...grid.flatMap((g) => [g.by, g.met])])
    ).rows;
    expect(rows).toHaveLength(grid.length);
    const policy = (by: string, met: string | null) =>
      isMissed({ dueAt: endOfLondonDay(by), metAt: met === null ? null : endOfLondonDay(met) }, endOfLondonDay(on));
    expect(rows.filter((r) => r.missed !== policy(r.by, r.met))).toEqual([]);
    expect(rows.some((r) => r.missed)).toBe(on > DAYS[0]);
  });

  it('contactBucketSql gives contactBucket for every kind and intake outcome', async () => {
    const pairs = Object.values(FeedbackKind).flatMap((kind) => Object.values(IntakeOutcome).map((outcome) => ({ kind, outcome })));
    const values = pairs.map(() => '(?, ?)').join(', ');
    const bucket = contactBucketSql('g.kind', 'g.outcome');
    const sql = `select g.kind, g.outcome, ${bucket} as bucket from (values ${values}) as g(kind, outcome)`;
    const rows: { kind: FeedbackKind; outcome: IntakeOutcome; bucket: string }[] = (
      await knex().raw(
        sql,
        pairs.flatMap((p) => [p.kind, p.outcome]),
      )
    ).rows;
    expect(rows).toHaveLength(pairs.length);
    expect(rows.filter((r) => r.bucket !== contactBucket(r.kind, r.outcome))).toEqual([]);
    expect(new Set(rows.map((r) => r.bucket)).size).toBe(5);
  });
});
