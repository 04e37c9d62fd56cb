import { isSmallBase, withheldCells } from '@redress/policy';
import type { SlaCompliance, StatisticsRow, TrendPoint } from '../statistics/statistics.types';
import type { TrendValue } from '../statistics/figures';

/*
 * The Member's view (libs/policy small-numbers): a count of fewer than 5 people, but some, is withheld. The API keeps
 * every count field an Int, as the contract has it: a withheld count is given as 0 and named in the row's
 * `suppressed`, so that a page or an export shows "fewer than 5" and the exact small number never reaches the Member.
 */

const ROW_COUNTS = [
  'received',
  'compliments',
  'comments',
  'serviceRequests',
  'notTakenOn',
  'closed',
  'upheld',
  'partiallyUpheld',
  'notUpheld',
  'notInvestigated',
  'escalated',
  'respondedOnTime',
  'respondedLate',
] as const satisfies readonly (keyof StatisticsRow)[];

/** Rows of one table: small counts withheld (and one more in a column that had only one), averages over few withheld. */
export function withholdRows(rows: readonly StatisticsRow[]): StatisticsRow[] {
  const withheld = withheldCells(rows, ROW_COUNTS);
  return rows.map((r, i) => {
    const out: StatisticsRow = { ...r, suppressed: [...withheld[i]] };
    for (const f of withheld[i]) out[f] = 0;
    if (r.averageWorkingDaysToRespond !== null && isSmallBase(r.respondedOnTime + r.respondedLate)) {
      out.averageWorkingDaysToRespond = null;
      out.suppressed.push('averageWorkingDaysToRespond');
    }
    return out;
  });
}

/** A list of counts (decisions, praise, refusals, remedies): small counts withheld, one more where only one was. */
export function withholdCounts<T extends { count: number; suppressed: string[] }>(items: readonly T[]): T[] {
  const withheld = withheldCells(items, ['count']);
  return items.map((item, i) => (withheld[i].length ? { ...item, count: 0, suppressed: ['count'] } : item));
}

const SLA_COUNTS = ['acknowledgedOnTime', 'acknowledgedLate', 'respondedOnTime', 'respondedLate', 'openOverdue'] as const;

/** One set of SLA figures: its small counts withheld, and its on-time rate where it is a rate over few. */
export function withholdSla(sla: SlaCompliance): SlaCompliance {
  const [withheld] = withheldCells([sla], SLA_COUNTS);
  const out: SlaCompliance = { ...sla, suppressed: [...withheld] };
  for (const f of withheld) out[f] = 0;
  if (sla.onTimeRate !== null && isSmallBase(sla.respondedOnTime + sla.respondedLate)) {
    out.onTimeRate = null;
    out.suppressed.push('onTimeRate');
  }
  return out;
}

/** A report's own totals, as one row: each small total withheld (a council-wide total is given away by no other cell). */
export function withholdTotals<T extends Record<F, number> & { suppressed: string[] }, F extends string>(
  report: T,
  fields: readonly F[],
): T {
  const [withheld] = withheldCells([report], fields);
  const out = { ...report, suppressed: [...withheld] };
  for (const f of withheld) (out as Record<F, number>)[f] = 0;
  return out;
}

/** Trend points: a count, or a rate over, fewer than 5 people withheld. */
export const withholdTrend = (values: readonly TrendValue[], withhold: boolean): TrendPoint[] =>
  values.map(({ period, value, base }) =>
    withhold && isSmallBase(base) ? { period, value: 0, suppressed: true } : { period, value, suppressed: false },
  );
