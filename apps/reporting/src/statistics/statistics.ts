import { StatisticsDimension } from '@redress/policy';
import { badInput } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import type { StatisticsRow } from './statistics.types';

// Financial-year quarter of a date: Q1 = April–June, keyed by the year the financial year starts ("2026-Q1").
const FINANCIAL_QUARTER_SQL = `(case when extract(month from received_date) >= 4 then extract(year from received_date) else extract(year from received_date) - 1 end)::int || '-Q' || ((((extract(month from received_date)::int + 8) % 12) / 3) + 1)`;

const RECEIVED_KEYS: Partial<Record<StatisticsDimension, string>> = {
  [StatisticsDimension.KIND]: 'kind',
  [StatisticsDimension.CHANNEL]: 'channel',
  [StatisticsDimension.SERVICE_AREA]: 'service_area',
  [StatisticsDimension.MATTER]: 'matter',
  [StatisticsDimension.MONTH]: `to_char(received_date, 'YYYY-MM')`,
  [StatisticsDimension.QUARTER]: FINANCIAL_QUARTER_SQL,
};

const emptyRow = (key: string, received: number): StatisticsRow => ({
  key,
  received,
  closed: 0,
  upheld: 0,
  partiallyUpheld: 0,
  notUpheld: 0,
  notInvestigated: 0,
  escalated: 0,
  respondedOnTime: 0,
  respondedLate: 0,
  averageWorkingDaysToRespond: null,
});

/**
 * Counts for a council between two London dates, inclusive, each count dated by its own event
 * (received by receipt). Read with the query builder straight from the projections.
 */
export async function statistics(em: EntityManager, schema: string, councilId: string, from: string, to: string, groupBy: StatisticsDimension): Promise<StatisticsRow[]> {
  if (from > to) throw badInput(`from (${from}) is after to (${to}).`, 'from');
  const knex = em.getConnection().getKnex();
  const receivedKey = RECEIVED_KEYS[groupBy];
  if (receivedKey) {
    const rows: { key: string; received: string }[] = await knex
      .withSchema(schema)
      .from('received_item')
      .select(knex.raw(`${receivedKey} as key`), knex.raw('count(*) as received'))
      .where('council_id', councilId)
      .whereBetween('received_date', [from, to])
      .groupByRaw('1')
      .orderByRaw('1');
    return rows.map((r) => emptyRow(String(r.key), Number(r.received)));
  }
  if (groupBy === StatisticsDimension.STAGE) {
    const rows: { key: number; received: string }[] = await knex
      .withSchema(schema)
      .from('case_fact')
      .select('stage as key', knex.raw('count(*) as received'))
      .where('council_id', councilId)
      .whereBetween('received_date', [from, to])
      .groupBy('stage')
      .orderBy('stage');
    return rows.map((r) => emptyRow(String(r.key), Number(r.received)));
  }
  throw badInput('Grouping by OUTCOME needs case responses, which reporting does not receive yet. Group by KIND, CHANNEL, SERVICE_AREA, MATTER, STAGE, MONTH or QUARTER.', 'groupBy');
}
