import { badInput, forbidden } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import { overdueSql } from '@redress/policy';
import type { CaseStatus, StageClockColumns } from '@redress/policy';
import { Case } from './case.entity';
import { CASE_POPULATE } from './case-command';

export interface CaseQueueFilter {
  councilId?: string | null;
  status?: CaseStatus | null;
  stage?: number | null;
  serviceArea?: string | null;
  assigneeId?: string | null;
  overdue?: boolean | null;
}

export interface CaseQueuePage {
  cases: Case[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** The current stage (`s`) and its case (`c`) as the policy's overdue rule reads them: the SQL twin of `stageClock`. */
export const STAGE_CLOCK_COLUMNS: StageClockColumns = {
  heldSince: 's.held_since',
  acknowledgementOwed: 'c.complainant_id is not null',
  acknowledgeDueAt: 's.acknowledge_due_at',
  acknowledgedAt: 's.acknowledged_at',
  respondDueAt: 's.respond_due_at',
  respondedAt: 's.responded_at',
};

// Oldest first: the order complaints are owed answers in. The cursor is opaque to clients.
const encodeCursor = (c: Pick<Case, 'receivedAt' | 'id'>): string =>
  Buffer.from(`${c.receivedAt.toISOString()}|${c.id}`).toString('base64url');
function decodeCursor(cursor: string): { receivedAt: string; id: string } {
  const [receivedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!id || !uuid.test(id) || Number.isNaN(Date.parse(receivedAt))) throw badInput('after is not a cursor this API gave out.', 'after');
  return { receivedAt, id };
}

/** A page of a work queue (mine, overdue, by stage, by service area), within the caller's council. */
export async function findCases(
  em: EntityManager,
  schema: string,
  staff: StaffIdentity,
  filter: CaseQueueFilter,
  first: number,
  after: string | null,
  now: Date,
): Promise<CaseQueuePage> {
  if (filter.councilId && filter.councilId !== staff.council) throw forbidden('You can only list cases of your own council.');
  const knex = em.getConnection().getKnex();
  const base = knex
    .withSchema(schema)
    .from('case as c')
    .join('case_stage as s', function join() {
      this.on('s.case_id', '=', 'c.id').andOn('s.number', '=', 'c.current_stage');
    });
  base.where('c.council_id', staff.council);
  if (filter.status) base.where('c.status', filter.status);
  if (filter.stage !== null && filter.stage !== undefined) base.where('c.current_stage', filter.stage);
  if (filter.serviceArea) base.where('c.service_area', filter.serviceArea);
  if (filter.assigneeId) base.where('c.assignee_id', filter.assigneeId);
  if (filter.overdue !== null && filter.overdue !== undefined) {
    // The policy's overdue rule, as Case.overdue applies it (isOverdue), rendered over the current stage's columns.
    const overdue = overdueSql(STAGE_CLOCK_COLUMNS, now);
    base.whereRaw(filter.overdue ? overdue.sql : `not ${overdue.sql}`, overdue.bindings);
  }
  const [{ count }] = await base.clone().count({ count: '*' });
  const page = base
    .clone()
    .select('c.id', 'c.received_at')
    .orderBy([{ column: 'c.received_at' }, { column: 'c.id' }])
    .limit(first + 1);
  if (after) {
    const cursor = decodeCursor(after);
    page.whereRaw('(c.received_at, c.id) > (?, ?)', [cursor.receivedAt, cursor.id]);
  }
  const rows: { id: string }[] = await page;
  const ids = rows.slice(0, first).map((r) => r.id);
  const loaded = ids.length ? await em.find(Case, { id: { $in: ids } }, { populate: CASE_POPULATE }) : [];
  const byId = new Map(loaded.map((c) => [c.id, c]));
  const cases = ids.map((id) => byId.get(id)!);
  return { cases, cursors: cases.map(encodeCursor), hasNextPage: rows.length > first, totalCount: Number(count) };
}
