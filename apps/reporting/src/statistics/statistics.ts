import { Outcome, StatisticsDimension, contactBucketSql, financialQuarterSql } from '@redress/policy';
import type { ContactBucket } from '@redress/policy';
import type { ComplaintCategory } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import type { StatisticsRow } from './statistics.types';

type Knex = ReturnType<ReturnType<EntityManager['getConnection']>['getKnex']>;

// Financial-year quarter of a date column (the policy's financialQuarterOf, in SQL): Q1 = April–June, "2026-Q1".
export const periodSql = (dim: StatisticsDimension, col: string): string | null =>
  dim === StatisticsDimension.MONTH ? `to_char(${col}, 'YYYY-MM')` : dim === StatisticsDimension.QUARTER ? financialQuarterSql(col) : null;

/** The key, by OUTCOME, of an escalation from a stage that was never answered (asked for once its deadline passed). */
export const NO_RESPONSE = 'NO_RESPONSE';
/** The key of a complaint with no category yet: shown, so that the rows by category add up to every complaint. */
export const UNCATEGORISED = 'UNCATEGORISED';
// One row per category a case has (a complaint with two counts in both), or UNCATEGORISED.
const CATEGORY_KEY = `unnest(case when cardinality(c.categories) = 0 then array['${UNCATEGORISED}']::text[] else c.categories end)`;

/** The grouping key of each source for a dimension, or null when that source has no such key. */
function keyOf(dim: StatisticsDimension, source: 'received' | 'stage' | 'case', dateCol: string): string | null {
  const period = periodSql(dim, dateCol);
  if (period) return period;
  const table = source === 'received' ? 'r' : 'c';
  switch (dim) {
    case StatisticsDimension.CATEGORY:
      return source === 'received' ? null : CATEGORY_KEY;
    case StatisticsDimension.KIND:
      return `${table}.kind`;
    case StatisticsDimension.CHANNEL:
      return `${table}.channel`;
    case StatisticsDimension.SERVICE_AREA:
      return `${table}.service_area`;
    case StatisticsDimension.MATTER:
      return `${table}.matter`;
    case StatisticsDimension.STAGE:
      return source === 'received' ? null : 's.stage::text';
    default: // OUTCOME: an escalation counts under the outcome of the stage it left, NO_RESPONSE when it had none
      return source === 'stage' ? `coalesce(s.outcome, '${NO_RESPONSE}')` : null;
  }
}

const emptyRow = (key: string): StatisticsRow => ({
  key,
  received: 0,
  compliments: 0,
  comments: 0,
  serviceRequests: 0,
  notTakenOn: 0,
  closed: 0,
  upheld: 0,
  partiallyUpheld: 0,
  notUpheld: 0,
  notInvestigated: 0,
  escalated: 0,
  respondedOnTime: 0,
  respondedLate: 0,
  averageWorkingDaysToRespond: null,
  suppressed: [],
});

/** Only the complaints of one service area, or of one category. */
export interface StatisticsFilter {
  serviceArea?: string | null;
  category?: ComplaintCategory | null;
}

interface Range {
  councilId: string;
  from: string;
  to: string;
  filter: StatisticsFilter;
}

type Query = ReturnType<ReturnType<Knex['withSchema']>['from']>;
/** Narrows a query to the filter; `table` is the alias holding service_area (the case, or the received item). */
function filtered<Q extends Query>(q: Q, { serviceArea, category }: StatisticsFilter, table: 'c' | 'r'): Q {
  if (serviceArea) q.where(`${table}.service_area`, serviceArea);
  if (category) q.whereRaw('? = any(c.categories)', [category]);
  return q;
}

/**
 * Figures for a council between two London dates, inclusive. Each count is dated by its own event:
 * received by receipt, responded by response, escalated by escalation, closed by closure. By CATEGORY (or for one
 * category), received counts the complaints opened as cases, since only cases have categories.
 */
export async function statistics(
  em: EntityManager,
  schema: string,
  councilId: string,
  from: string,
  to: string,
  groupBy: StatisticsDimension,
  filter: StatisticsFilter = {},
): Promise<StatisticsRow[]> {
  const knex = em.getConnection().getKnex();
  const range: Range = { councilId, from, to, filter };
  const rows = new Map<string, StatisticsRow>();
  const row = (key: unknown) => {
    const k = String(key);
    if (!rows.has(k)) rows.set(k, emptyRow(k));
    return rows.get(k)!;
  };
  for (const r of await receivedCounts(knex, schema, range, groupBy)) row(r.key)[BUCKET_FIELD[r.bucket]] += Number(r.n);
  for (const r of await responseCounts(knex, schema, range, groupBy)) {
    const target = row(r.key);
    target.upheld += Number(r.upheld);
    target.partiallyUpheld += Number(r.partially_upheld);
    target.notUpheld += Number(r.not_upheld);
    target.notInvestigated += Number(r.not_investigated);
    target.respondedOnTime += Number(r.on_time);
    target.respondedLate += Number(r.late);
    target.averageWorkingDaysToRespond = r.avg_days === null ? null : Math.round(Number(r.avg_days) * 10) / 10;
  }
  for (const r of await stageEventCounts(knex, schema, range, groupBy, 's.escalated_date')) row(r.key).escalated += Number(r.n);
  for (const r of await closedCounts(knex, schema, range, groupBy)) row(r.key).closed += Number(r.n);
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

/** The field of a row each kind of contact is counted in (libs/policy contactBucket): received is complaints only. */
const BUCKET_FIELD = {
  COMPLAINT: 'received',
  COMPLIMENT: 'compliments',
  COMMENT: 'comments',
  SERVICE_REQUEST: 'serviceRequests',
  NOT_TAKEN_ON: 'notTakenOn',
} as const satisfies Record<ContactBucket, keyof StatisticsRow>;

type Received = { key: string; bucket: ContactBucket; n: string };
const complaints = (rows: { key: string; n: string }[]): Received[] => rows.map((r) => ({ ...r, bucket: 'COMPLAINT' }));

/**
 * What was received in the range, by key and by what each contact counts as: from intake's record of every contact, or
 * (for stages and categories, which only cases have) from the cases, all complaints taken on.
 */
async function receivedCounts(knex: Knex, schema: string, range: Range, dim: StatisticsDimension): Promise<Received[]> {
  const { councilId, from, to, filter } = range;
  if (dim === StatisticsDimension.STAGE) {
    // Received at a stage: each stage a case entered, dated by when it opened.
    return complaints(await stageEventCounts(knex, schema, range, dim, 's.opened_date'));
  }
  if (dim === StatisticsDimension.CATEGORY || filter.category) {
    // Categories are the cases': complaints opened as cases, dated by receipt.
    const key = keyOf(dim, 'case', 'c.received_date');
    if (!key) return [];
    const q = knex
      .withSchema(schema)
      .from('case_fact as c')
      .select(knex.raw(`${key} as key`), knex.raw('count(*) as n'))
      .where('c.council_id', councilId)
      .whereBetween('c.received_date', [from, to])
      .groupByRaw('1');
    return complaints(await filtered(q, filter, 'c'));
  }
  const key = keyOf(dim, 'received', 'r.received_date');
  if (!key) return [];
  const q = knex
    .withSchema(schema)
    .from('received_item as r')
    .select(knex.raw(`${key} as key`), knex.raw(`${contactBucketSql('r.kind', 'r.intake_outcome')} as bucket`), knex.raw('count(*) as n'))
    .where('r.council_id', councilId)
    .whereBetween('r.received_date', [from, to])
    .groupByRaw('1, 2');
  return filtered(q, filter, 'r');
}

function responseCounts(knex: Knex, schema: string, { councilId, from, to, filter }: Range, dim: StatisticsDimension) {
  const key = keyOf(dim, 'stage', 's.responded_date')!;
  const count = (outcome: Outcome) => knex.raw(`count(*) filter (where s.outcome = '${outcome}') as ${outcome.toLowerCase()}`);
  const q = knex
    .withSchema(schema)
    .from('stage_fact as s')
    .join('case_fact as c', 'c.case_id', 's.case_id')
    .select(
      knex.raw(`${key} as key`),
      count(Outcome.UPHELD),
      count(Outcome.PARTIALLY_UPHELD),
      count(Outcome.NOT_UPHELD),
      count(Outcome.NOT_INVESTIGATED),
      knex.raw('count(*) filter (where s.responded_on_time) as on_time'),
      knex.raw('count(*) filter (where not s.responded_on_time) as late'),
      knex.raw('avg(s.working_days_to_respond) as avg_days'),
    )
    .where('s.council_id', councilId)
    .whereBetween('s.responded_date', [from, to])
    .groupByRaw('1');
  return filtered(q, filter, 'c') as unknown as Promise<
    {
      key: string;
      upheld: string;
      partially_upheld: string;
      not_upheld: string;
      not_investigated: string;
      on_time: string;
      late: string;
      avg_days: string | null;
    }[]
  >;
}

async function stageEventCounts(
  knex: Knex,
  schema: string,
  { councilId, from, to, filter }: Range,
  dim: StatisticsDimension,
  dateCol: string,
): Promise<{ key: string; n: string }[]> {
  const key = keyOf(dim, 'stage', dateCol);
  if (!key) return [];
  const q = knex
    .withSchema(schema)
    .from('stage_fact as s')
    .join('case_fact as c', 'c.case_id', 's.case_id')
    .select(knex.raw(`${key} as key`), knex.raw('count(*) as n'))
    .where('s.council_id', councilId)
    .whereBetween(dateCol, [from, to])
    .groupByRaw('1');
  return filtered(q, filter, 'c');
}

async function closedCounts(
  knex: Knex,
  schema: string,
  { councilId, from, to, filter }: Range,
  dim: StatisticsDimension,
): Promise<{ key: string; n: string }[]> {
  const key = dim === StatisticsDimension.OUTCOME ? null : keyOf(dim, 'case', 'c.closed_date');
  const stageKey = dim === StatisticsDimension.STAGE ? 'c.stage::text' : key;
  if (!stageKey) return [];
  const q = knex
    .withSchema(schema)
    .from('case_fact as c')
    .select(knex.raw(`${stageKey} as key`), knex.raw('count(*) as n'))
    .where('c.council_id', councilId)
    .whereBetween('c.closed_date', [from, to])
    .groupByRaw('1');
  return filtered(q, filter, 'c');
}
