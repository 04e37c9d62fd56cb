import { FeedbackKind, TrendMetric, financialQuarter, missedSql } from '@redress/policy';
import { badInput } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { periodsBetween } from './periods';
import { periodSql, statistics } from './statistics';
import type { StatisticsFilter } from './statistics';
import type { QuarterlyReport, SlaCompliance, StatisticsRow, TrendPoint } from './statistics.types';
import { StatisticsDimension } from '@redress/policy';

const knexOf = (em: EntityManager) => em.getConnection().getKnex();

/**
 * Acknowledgements and responses made in [from, to] and whether on time (anonymous complaints have no
 * acknowledgement and are left out of it), and the stages still unanswered past their deadline as of `to`
 * (or today, if earlier).
 */
export async function slaCompliance(
  em: EntityManager,
  schema: string,
  councilId: string,
  from: string,
  to: string,
  today: string,
): Promise<SlaCompliance> {
  const knex = knexOf(em);
  const asOf = to < today ? to : today;
  const [ack] = await knex
    .withSchema(schema)
    .from('stage_fact as s')
    .join('case_fact as c', 'c.case_id', 's.case_id')
    .select(
      knex.raw('count(*) filter (where s.acknowledged_on_time) as on_time'),
      knex.raw('count(*) filter (where not s.acknowledged_on_time) as late'),
    )
    .where('s.council_id', councilId)
    .where('c.anonymous', false)
    .whereBetween('s.acknowledged_date', [from, to]);
  const [resp] = await knex
    .withSchema(schema)
    .from('stage_fact as s')
    .select(
      knex.raw('count(*) filter (where s.responded_on_time) as on_time'),
      knex.raw('count(*) filter (where not s.responded_on_time) as late'),
    )
    .where('s.council_id', councilId)
    .whereBetween('s.responded_date', [from, to]);
  // Open on `asOf` with its response missed by the end of that day: the policy's overdue rule (missedSql) over
  // London dates. The figures hold no holds or acknowledgements owed: only the response deadline counts here.
  const responseMissed = missedSql('s.respond_by', 's.responded_date', asOf);
  const [overdue] = await knex
    .withSchema(schema)
    .from('stage_fact as s')
    .join('case_fact as c', 'c.case_id', 's.case_id')
    .count({ n: '*' })
    .where('s.council_id', councilId)
    .where('s.opened_date', '<=', asOf)
    .whereRaw(responseMissed.sql, responseMissed.bindings)
    .where((q) => q.whereNull('s.escalated_date').orWhere('s.escalated_date', '>', asOf))
    .where((q) => q.whereNull('c.closed_date').orWhere('c.closed_date', '>', asOf));
  const respondedOnTime = Number(resp.on_time);
  const respondedLate = Number(resp.late);
  return {
    acknowledgedOnTime: Number(ack.on_time),
    acknowledgedLate: Number(ack.late),
    respondedOnTime,
    respondedLate,
    openOverdue: Number(overdue.n),
    onTimeRate: respondedOnTime + respondedLate === 0 ? null : respondedOnTime / (respondedOnTime + respondedLate),
  };
}

const ratio = (num: number, den: number) => (den === 0 ? 0 : Math.round((num / den) * 1000) / 1000);

/**
 * One value per month or financial quarter in [from, to], periods with nothing included as 0; for one service area
 * or one category if asked (a category's complaints are the cases that have it).
 */
export async function trend(
  em: EntityManager,
  schema: string,
  councilId: string,
  metric: TrendMetric,
  interval: 'MONTH' | 'QUARTER',
  from: string,
  to: string,
  filter: StatisticsFilter = {},
): Promise<TrendPoint[]> {
  const periods = periodsBetween(from, to, interval);
  if (periods.length > 120) throw badInput('That is more than 120 periods: ask for a shorter range or quarters.', 'to');
  const dimension = interval === 'MONTH' ? StatisticsDimension.MONTH : StatisticsDimension.QUARTER;
  const points: TrendPoint[] = [];
  if (metric === TrendMetric.RECEIVED || metric === TrendMetric.COMPLIMENTS) {
    const kind = metric === TrendMetric.RECEIVED ? FeedbackKind.COMPLAINT : FeedbackKind.COMPLIMENT;
    const rows = await statisticsForKind(em, schema, councilId, from, to, dimension, kind, filter);
    return periods.map((p) => ({ period: p.key, value: rows.get(p.key) ?? 0 }));
  }
  const rows = new Map((await statistics(em, schema, councilId, from, to, dimension, filter)).map((r) => [r.key, r]));
  for (const p of periods) {
    const r = rows.get(p.key);
    points.push({ period: p.key, value: r ? rateFor(metric, r) : 0 });
  }
  return points;
}

/** A rate metric's value for one period's row of statistics. */
function rateFor(metric: TrendMetric, r: StatisticsRow): number {
  const responded = r.respondedOnTime + r.respondedLate;
  if (metric === TrendMetric.UPHELD_RATE) return ratio(r.upheld + r.partiallyUpheld, r.upheld + r.partiallyUpheld + r.notUpheld);
  if (metric === TrendMetric.ON_TIME_RATE) return ratio(r.respondedOnTime, responded);
  return ratio(r.escalated, responded); // ESCALATION_RATE: escalations per response in the period
}

async function statisticsForKind(
  em: EntityManager,
  schema: string,
  councilId: string,
  from: string,
  to: string,
  dimension: StatisticsDimension,
  kind: FeedbackKind,
  { serviceArea, category }: StatisticsFilter,
): Promise<Map<string, number>> {
  const knex = knexOf(em);
  const key = periodSql(dimension, 'received_date')!;
  // Only cases have categories: for one category, count the cases of that kind.
  const q = knex
    .withSchema(schema)
    .from(category ? 'case_fact' : 'received_item')
    .select(knex.raw(`${key} as key`), knex.raw('count(*) as n'))
    .where({ council_id: councilId, kind })
    .whereBetween('received_date', [from, to])
    .groupByRaw('1');
  if (serviceArea) q.where('service_area', serviceArea);
  if (category) q.whereRaw('? = any(categories)', [category]);
  const rows: { key: string; n: string }[] = await q;
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

/**
 * Complaints refused after a case was opened, by reason, dated by the refusal: so far a late complaint the
 * coordinator did not consider (OUT_OF_TIME). Intake's refusals (NOT_ACCEPTED contacts) are in received_item.
 */
export async function refusedCases(
  em: EntityManager,
  schema: string,
  councilId: string,
  from: string,
  to: string,
): Promise<{ reason: string; count: number }[]> {
  const knex = knexOf(em);
  const rows: { reason: string; n: string }[] = await knex
    .withSchema(schema)
    .from('case_fact')
    .select('refused_reason as reason', knex.raw('count(*) as n'))
    .where({ council_id: councilId })
    .whereBetween('refused_date', [from, to])
    .groupBy('refused_reason')
    .orderBy('refused_reason');
  return rows.map((r) => ({ reason: r.reason, count: Number(r.n) }));
}

/** The quarterly report to the scrutiny committee: financial-year quarter, by service area. */
export async function quarterlyReport(
  em: EntityManager,
  schema: string,
  councilId: string,
  year: number,
  quarter: number,
  today: string,
): Promise<QuarterlyReport> {
  const { from, to } = financialQuarter(year, quarter);
  const knex = knexOf(em);
  const [[compliments], [referrals], lessons] = await Promise.all([
    knex
      .withSchema(schema)
      .from('received_item')
      .count({ n: '*' })
      .where({ council_id: councilId, kind: FeedbackKind.COMPLIMENT })
      .whereBetween('received_date', [from, to]),
    knex.withSchema(schema).from('case_fact').count({ n: '*' }).where({ council_id: councilId }).whereBetween('ombudsman_date', [from, to]),
    knex
      .withSchema(schema)
      .from('lesson_learned')
      .select('text')
      .where({ council_id: councilId })
      .whereBetween('responded_date', [from, to])
      .orderBy('responded_date'),
  ]);
  return {
    councilId,
    year,
    quarter,
    byServiceArea: await statistics(em, schema, councilId, from, to, StatisticsDimension.SERVICE_AREA),
    compliments: Number(compliments.n),
    sla: await slaCompliance(em, schema, councilId, from, to, today),
    ombudsmanReferrals: Number(referrals.n),
    lessonsLearned: (lessons as { text: string }[]).map((l) => l.text),
  };
}
