import {
  FeedbackKind,
  OmbudsmanDecision,
  TrendMetric,
  financialQuarter,
  findCouncilPolicy,
  missedSql,
  refusalDescription,
} from '@redress/policy';
import type { Remedy } from '@redress/policy';
import { badInput } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { StatisticsDimension } from '@redress/policy';
import { periodsBetween } from './periods';
import { statistics } from './statistics';
import type { StatisticsFilter } from './statistics';
import type {
  DecisionCount,
  PraiseCount,
  QuarterlyReport,
  RefusalCount,
  RemedyCount,
  SlaCompliance,
  StageSlaCompliance,
  StatisticsRow,
  TrendPoint,
} from './statistics.types';

const knexOf = (em: EntityManager) => em.getConnection().getKnex();

/** The figures of one council over London dates [from, to], inclusive, as of `today` (for what is open and overdue). */
export interface FigureRange {
  em: EntityManager;
  schema: string;
  councilId: string;
  from: string;
  to: string;
  today: string;
}

/**
 * Acknowledgements and responses made in [from, to] and whether on time (anonymous complaints have no
 * acknowledgement and are left out of it), and the stages still unanswered past their deadline as of `to`
 * (or today, if earlier); at one stage if asked.
 */
export async function slaCompliance(
  em: EntityManager,
  schema: string,
  councilId: string,
  from: string,
  to: string,
  today: string,
  stage: number | null = null,
): Promise<SlaCompliance> {
  const knex = knexOf(em);
  const asOf = to < today ? to : today;
  const ackQ = knex
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
  const respQ = knex
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
  const overdueQ = knex
    .withSchema(schema)
    .from('stage_fact as s')
    .join('case_fact as c', 'c.case_id', 's.case_id')
    .count({ n: '*' })
    .where('s.council_id', councilId)
    .where('s.opened_date', '<=', asOf)
    .whereRaw(responseMissed.sql, responseMissed.bindings)
    .where((q) => q.whereNull('s.escalated_date').orWhere('s.escalated_date', '>', asOf))
    .where((q) => q.whereNull('c.closed_date').orWhere('c.closed_date', '>', asOf));
  if (stage !== null) for (const q of [ackQ, respQ, overdueQ]) q.where('s.stage', stage);
  const [[ack], [resp], [overdue]] = await Promise.all([ackQ, respQ, overdueQ]);
  const respondedOnTime = Number(resp.on_time);
  const respondedLate = Number(resp.late);
  return {
    acknowledgedOnTime: Number(ack.on_time),
    acknowledgedLate: Number(ack.late),
    respondedOnTime,
    respondedLate,
    openOverdue: Number(overdue.n),
    onTimeRate: respondedOnTime + respondedLate === 0 ? null : respondedOnTime / (respondedOnTime + respondedLate),
    suppressed: [],
  };
}

const ratio = (num: number, den: number) => (den === 0 ? 0 : Math.round((num / den) * 1000) / 1000);

/** A trend point with the number of people it is drawn from (the count itself, or a rate's denominator). */
export interface TrendValue {
  period: string;
  value: number;
  base: number;
}

/** A rate metric's value for one period's row of statistics, and the number it is a rate over. */
function rateFor(metric: TrendMetric, r: StatisticsRow): { value: number; base: number } {
  const responded = r.respondedOnTime + r.respondedLate;
  if (metric === TrendMetric.UPHELD_RATE) {
    const decided = r.upheld + r.partiallyUpheld + r.notUpheld;
    return { value: ratio(r.upheld + r.partiallyUpheld, decided), base: decided };
  }
  if (metric === TrendMetric.ON_TIME_RATE) return { value: ratio(r.respondedOnTime, responded), base: responded };
  return { value: ratio(r.escalated, responded), base: responded }; // ESCALATION_RATE: escalations per response in the period
}

function valueFor(metric: TrendMetric, r: StatisticsRow | undefined): { value: number; base: number } {
  if (!r) return { value: 0, base: 0 };
  if (metric === TrendMetric.RECEIVED) return { value: r.received, base: r.received };
  if (metric === TrendMetric.COMPLIMENTS) return { value: r.compliments, base: r.compliments };
  return rateFor(metric, r);
}

/**
 * One value per month or financial quarter in [from, to], periods with nothing included as 0; for one service area
 * or one category if asked (a category's complaints are the cases that have it). RECEIVED counts complaints taken on,
 * COMPLIMENTS the compliments recorded (libs/policy contactBucket).
 */
export async function trendValues(
  em: EntityManager,
  schema: string,
  councilId: string,
  metric: TrendMetric,
  interval: 'MONTH' | 'QUARTER',
  from: string,
  to: string,
  filter: StatisticsFilter = {},
): Promise<TrendValue[]> {
  const periods = periodsBetween(from, to, interval);
  if (periods.length > 120) throw badInput('That is more than 120 periods: ask for a shorter range or quarters.', 'to');
  const dimension = interval === 'MONTH' ? StatisticsDimension.MONTH : StatisticsDimension.QUARTER;
  const rows = new Map((await statistics(em, schema, councilId, from, to, dimension, filter)).map((r) => [r.key, r]));
  return periods.map((p) => ({ period: p.key, ...valueFor(metric, rows.get(p.key)) }));
}

export async function trend(...args: Parameters<typeof trendValues>): Promise<TrendPoint[]> {
  return (await trendValues(...args)).map(({ period, value }) => ({ period, value, suppressed: false }));
}

/**
 * Complaints not taken on, by reason, each dated by its own event: refused or referred at intake (by receipt), and
 * refused after a case was opened (a late complaint the coordinator did not consider: OUT_OF_TIME, by that decision).
 */
export async function refusedComplaints({ em, schema, councilId, from, to }: FigureRange): Promise<RefusalCount[]> {
  const knex = knexOf(em);
  const [atIntake, afterOpening]: { reason: string; n: string }[][] = await Promise.all([
    knex
      .withSchema(schema)
      .from('received_item')
      .select('refusal_reason as reason', knex.raw('count(*) as n'))
      .where({ council_id: councilId, kind: FeedbackKind.COMPLAINT })
      .whereNotNull('refusal_reason')
      .whereBetween('received_date', [from, to])
      .groupBy('refusal_reason'),
    knex
      .withSchema(schema)
      .from('case_fact')
      .select('refused_reason as reason', knex.raw('count(*) as n'))
      .where({ council_id: councilId })
      .whereBetween('refused_date', [from, to])
      .groupBy('refused_reason'),
  ]);
  const counts = new Map<string, number>();
  for (const r of [...atIntake, ...afterOpening]) counts.set(r.reason, (counts.get(r.reason) ?? 0) + Number(r.n));
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([reason, count]) => ({ reason, description: refusalDescription(reason), count, suppressed: [] }));
}

/** Kept for callers of the first version: refusals after a case was opened only. */
export async function refusedCases(em: EntityManager, schema: string, councilId: string, from: string, to: string) {
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

const DECISION_ORDER = Object.values(OmbudsmanDecision);

/** The Ombudsman's decisions recorded in the range, by kind, dated by the decision; kinds with none left out. */
export async function ombudsmanDecisions({ em, schema, councilId, from, to }: FigureRange): Promise<DecisionCount[]> {
  const knex = knexOf(em);
  const rows: { decision: OmbudsmanDecision; n: string }[] = await knex
    .withSchema(schema)
    .from('case_fact')
    .select('ombudsman_decision as decision', knex.raw('count(*) as n'))
    .where({ council_id: councilId })
    .whereNotNull('ombudsman_decision')
    .whereBetween('ombudsman_decision_date', [from, to])
    .groupBy('ombudsman_decision');
  return rows
    .map((r) => ({ decision: r.decision, count: Number(r.n), suppressed: [] }))
    .sort((a, b) => DECISION_ORDER.indexOf(a.decision) - DECISION_ORDER.indexOf(b.decision));
}

/** Cases referred to the Ombudsman in the range, dated by the referral. */
export async function ombudsmanReferrals({ em, schema, councilId, from, to }: FigureRange): Promise<number> {
  const [row] = await knexOf(em)
    .withSchema(schema)
    .from('case_fact')
    .count({ n: '*' })
    .where({ council_id: councilId })
    .whereBetween('ombudsman_date', [from, to]);
  return Number(row.n);
}

/** The Ombudsman's enquiries answered in the range: on time when by the date it asked for (or it asked for none). */
export async function ombudsmanEnquiries({ em, schema, councilId, from, to }: FigureRange): Promise<{ onTime: number; late: number }> {
  const knex = knexOf(em);
  const [row] = await knex
    .withSchema(schema)
    .from('case_fact')
    .select(
      knex.raw(
        'count(*) filter (where ombudsman_enquiry_respond_by is null ' +
          'or ombudsman_enquiry_answered_date <= ombudsman_enquiry_respond_by) as on_time',
      ),
      knex.raw('count(*) filter (where ombudsman_enquiry_answered_date > ombudsman_enquiry_respond_by) as late'),
    )
    .where({ council_id: councilId })
    .whereBetween('ombudsman_enquiry_answered_date', [from, to]);
  return { onTime: Number(row.on_time), late: Number(row.late) };
}

/** Lessons learned from the responses issued in the range (written for sharing, no personal data), oldest first. */
export async function lessonsLearned({ em, schema, councilId, from, to }: FigureRange): Promise<string[]> {
  const rows: { text: string }[] = await knexOf(em)
    .withSchema(schema)
    .from('lesson_learned')
    .select('text')
    .where({ council_id: councilId })
    .whereBetween('responded_date', [from, to])
    .orderBy([{ column: 'responded_date' }, { column: 'case_id' }, { column: 'stage' }]);
  return rows.map((l) => l.text);
}

/** Remedy actions carried out in the range, by remedy, dated by completion. */
export async function remedyActionsCompleted({ em, schema, councilId, from, to }: FigureRange): Promise<RemedyCount[]> {
  const knex = knexOf(em);
  const rows: { remedy: Remedy | null; n: string }[] = await knex
    .withSchema(schema)
    .from('remedy_completion')
    .select('remedy', knex.raw('count(*) as n'))
    .where({ council_id: councilId })
    .whereBetween('completed_date', [from, to])
    .groupBy('remedy');
  return rows
    .map((r) => ({ remedy: r.remedy, count: Number(r.n), suppressed: [] }))
    .sort((a, b) => b.count - a.count || String(a.remedy).localeCompare(String(b.remedy)));
}

/** Compliments by service area, from the rows by service area. */
export const praiseOf = (byServiceArea: readonly StatisticsRow[]): PraiseCount[] =>
  byServiceArea.filter((r) => r.compliments > 0).map((r) => ({ serviceArea: r.key, count: r.compliments, suppressed: [] }));

/** SLA compliance at each stage of the council's policy. */
export async function slaByStage(range: FigureRange): Promise<StageSlaCompliance[]> {
  const stages = findCouncilPolicy(range.councilId)?.stages.map((s) => s.number) ?? [];
  return Promise.all(
    stages.map(async (stage) => ({
      stage,
      sla: await slaCompliance(range.em, range.schema, range.councilId, range.from, range.to, range.today, stage),
    })),
  );
}

const sum = (rows: readonly StatisticsRow[], field: 'received' | 'compliments' | 'comments' | 'serviceRequests' | 'escalated') =>
  rows.reduce((n, r) => n + r[field], 0);

/** What the quarterly and the annual report share, for one range of dates. */
export async function reportFigures(range: FigureRange) {
  const { em, schema, councilId, from, to, today } = range;
  const by = (dim: StatisticsDimension) => statistics(em, schema, councilId, from, to, dim);
  const [byServiceArea, byStage, byCategory, byOutcome] = [
    await by(StatisticsDimension.SERVICE_AREA),
    await by(StatisticsDimension.STAGE),
    await by(StatisticsDimension.CATEGORY),
    await by(StatisticsDimension.OUTCOME),
  ];
  return {
    councilId,
    // Every contact has a service area: the rows by service area add up to the whole council.
    complaints: sum(byServiceArea, 'received'),
    compliments: sum(byServiceArea, 'compliments'),
    comments: sum(byServiceArea, 'comments'),
    serviceRequests: sum(byServiceArea, 'serviceRequests'),
    escalations: sum(byStage, 'escalated'),
    byServiceArea,
    byStage,
    byCategory,
    byOutcome,
    praise: praiseOf(byServiceArea),
    sla: await slaCompliance(em, schema, councilId, from, to, today),
    slaByStage: await slaByStage(range),
    refused: await refusedComplaints(range),
    ombudsmanReferrals: await ombudsmanReferrals(range),
    ombudsmanDecisions: await ombudsmanDecisions(range),
    lessonsLearned: await lessonsLearned(range),
    suppressed: [] as string[],
  };
}

/** The eight financial quarters ending with this one, oldest first. */
export function lastEightQuartersRange(year: number, quarter: number): { from: string; to: string } {
  const first = year * 4 + (quarter - 1) - 7;
  return { from: financialQuarter(Math.floor(first / 4), (first % 4) + 1).from, to: financialQuarter(year, quarter).to };
}

/**
 * The quarterly report to the Overview & Scrutiny Committee (Hart §12): complaints by stage, service area and
 * category, outcomes, SLA compliance (per stage too), escalations, the Ombudsman's referrals and decisions,
 * compliments by service area, refusals by reason, lessons learned, and complaints over the last eight quarters.
 */
export async function quarterlyReport(
  em: EntityManager,
  schema: string,
  councilId: string,
  year: number,
  quarter: number,
  today: string,
): Promise<QuarterlyReport & { lastEightQuartersValues: TrendValue[] }> {
  const { from, to } = financialQuarter(year, quarter);
  const figures = await reportFigures({ em, schema, councilId, from, to, today });
  const eight = lastEightQuartersRange(year, quarter);
  const values = await trendValues(em, schema, councilId, TrendMetric.RECEIVED, 'QUARTER', eight.from, eight.to);
  return {
    ...figures,
    year,
    quarter,
    lastEightQuarters: values.map(({ period, value }) => ({ period, value, suppressed: false })),
    lastEightQuartersValues: values,
  };
}
