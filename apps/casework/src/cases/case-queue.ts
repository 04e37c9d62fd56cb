import { badInput, forbidden } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import type { CaseStatus } from '@redress/policy';
import { Case } from './case.entity';
import { CASE_POPULATE } from './case-command';

export interface CaseQueueFilter { councilId?: string | null; status?: CaseStatus | null; stage?: number | null; serviceArea?: string | null; assigneeId?: string | null; overdue?: boolean | null }

export interface CaseQueuePage { cases: Case[]; cursors: string[]; hasNextPage: boolean; totalCount: number }

// Oldest first: the order complaints are owed answers in. The cursor is opaque to clients.
const encodeCursor = (c: Pick<Case, 'receivedAt' | 'id'>): string => Buffer.from(`${c.receivedAt.toISOString()}|${c.id}`).toString('base64url');
function decodeCursor(cursor: string): { receivedAt: string; id: string } {
  const [receivedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!id || !uuid.test(id) || Number.isNaN(Date.parse(receivedAt))) throw badInput('after is not a cursor this API gave out.', 'after');
  return { receivedAt, id };
}

/** A page of a work queue (mine, overdue, by stage, by service area), within the caller's council. */
export async function findCases(em: EntityManager, schema: string, staff: StaffIdentity, filter: CaseQueueFilter, first: number, after: string | null, now: Date): Promise<CaseQueuePage> {
  if (filter.councilId && filter.councilId !== staff.council) throw forbidden('You can only list cases of your own council.');
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be between 1 and 100.', 'first');
  const knex = em.getConnection().getKnex();
  const base = knex.withSchema(schema).from('case as c').join('case_stage as s', function join() {
    this.on('s.case_id', '=', 'c.id').andOn('s.number', '=', 'c.current_stage');
  });
  base.where('c.council_id', staff.council);
  if (filter.status) base.where('c.status', filter.status);
  if (filter.stage !== null && filter.stage !== undefined) base.where('c.current_stage', filter.stage);
  if (filter.serviceArea) base.where('c.service_area', filter.serviceArea);
  if (filter.assigneeId) base.where('c.assignee_id', filter.assigneeId);
  if (filter.overdue !== null && filter.overdue !== undefined) {
    // Mirrors Case.overdue: an unmet deadline of the current stage has passed, and the clock is running.
    const overdueSql = `(s.held_since is null and ((s.acknowledged_at is null and c.complainant_id is not null and s.acknowledge_due_at < ?) or (s.responded_at is null and s.respond_due_at < ?)))`;
    base.whereRaw(filter.overdue ? overdueSql : `not ${overdueSql}`, [now, now]);
  }
  const [{ count }] = await base.clone().count({ count: '*' });
  const page = base.clone().select('c.id', 'c.received_at').orderBy([{ column: 'c.received_at' }, { column: 'c.id' }]).limit(first + 1);
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
