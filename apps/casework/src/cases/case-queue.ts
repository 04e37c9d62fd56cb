import { badInput, forbidden } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import type { Knex } from '@mikro-orm/postgresql';
import { CaseOrder, awaitingSignOffSql, dueWithinCutoff, findCouncilPolicy, overdueSql } from '@redress/policy';
import type { CaseStatus, SignOffColumns, StageClockColumns } from '@redress/policy';
import { Case } from './case.entity';
import type { CaseStage } from './case.entity';
import { CASE_POPULATE } from './case-command';
import type { CasePart } from './case-command';

export interface CaseQueueFilter {
  councilId?: string | null;
  status?: CaseStatus | null;
  /** Any of these (with status as well, both apply). */
  statuses?: CaseStatus[] | null;
  stage?: number | null;
  serviceArea?: string | null;
  assigneeId?: string | null;
  overdue?: boolean | null;
  search?: string | null;
  unassigned?: boolean | null;
  serviceAreas?: string[] | null;
  dueWithinWorkingDays?: number | null;
  awaitingSignOff?: boolean | null;
  lateComplaint?: boolean | null;
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

/** The current stage (`s`) as the policy's sign-off rule reads it: the SQL twin of `isAwaitingSignOff(stage)`. */
export const SIGN_OFF_COLUMNS: SignOffColumns = { responseDraftedAt: 's.response_drafted_at', respondedAt: 's.responded_at' };

/** Each order's sort key over the current stage (`s`) and its case (`c`); the id breaks ties, so a cursor is exact. */
const ORDER_KEYS: Record<CaseOrder, { column: string; direction: 'asc' | 'desc'; key: (c: Case) => Date }> = {
  [CaseOrder.OLDEST_FIRST]: { column: 'c.received_at', direction: 'asc', key: (c) => c.receivedAt },
  [CaseOrder.NEWEST_FIRST]: { column: 'c.received_at', direction: 'desc', key: (c) => c.receivedAt },
  [CaseOrder.DUE_FIRST]: { column: 's.respond_due_at', direction: 'asc', key: (c) => currentStage(c).respondDueAt },
};

const currentStage = (c: Case): CaseStage => c.stages.getItems().find((s) => s.number === c.currentStage)!;

// The cursor carries its order, so that a page of one queue cannot be continued in another. Opaque to clients.
const encodeCursor = (order: CaseOrder, c: Case): string =>
  Buffer.from(`${order}|${ORDER_KEYS[order].key(c).toISOString()}|${c.id}`).toString('base64url');
function decodeCursor(cursor: string, order: CaseOrder): { key: string; id: string } {
  const [cursorOrder, key, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!id || !uuid.test(id) || Number.isNaN(Date.parse(key)) || !(cursorOrder in CaseOrder))
    throw badInput('after is not a cursor this API gave out.', 'after');
  if (cursorOrder !== order)
    throw badInput(`after is a cursor of the ${cursorOrder} order: ask for orderBy ${cursorOrder}, or start again without after.`, 'after');
  return { key, id };
}

const REFERENCE = /^[A-Z]{2,8}-\d{4}-\d{6}$/i;
/** A search for a case by its reference (anything else is a search for a person). */
export const isReference = (term: string): boolean => REFERENCE.test(term.trim());
const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * A reference finds its case; anything else is looked for in the complainant's name (contains), email (exactly) or
 * telephone number (the same digits). Only case handlers list cases, and each such search is audited by its caller.
 */
function whereSearch(q: Knex.QueryBuilder, term: string): void {
  if (isReference(term)) {
    q.whereRaw('upper(c.reference) = ?', [term.toUpperCase()]);
    return;
  }
  const digits = term.replace(/\D/g, '');
  q.leftJoin('complainant as p', 'p.id', 'c.complainant_id').where(function person() {
    this.whereRaw('p.name ilike ?', [likePattern(term)]).orWhereRaw('lower(p.email) = ?', [term.toLowerCase()]);
    if (digits.length >= 6) this.orWhereRaw("regexp_replace(p.phone, '\\D', '', 'g') = ?", [digits]);
  });
}

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** The deadline filters (overdue, due soon), over the current stage's clock. */
function whereDeadlines(q: Knex.QueryBuilder, filter: CaseQueueFilter, now: Date, closures: readonly string[]): void {
  if (given(filter.overdue)) {
    // The policy's overdue rule, as Case.overdue applies it (isOverdue), rendered over the current stage's columns.
    const overdue = overdueSql(STAGE_CLOCK_COLUMNS, now);
    q.whereRaw(filter.overdue ? overdue.sql : `not ${overdue.sql}`, overdue.bindings);
  }
  if (given(filter.dueWithinWorkingDays)) {
    // Not yet late, to be answered by the end of the Nth working day (the policy's calendar), and not on hold.
    q.whereNull('s.responded_at')
      .whereNull('s.held_since')
      .where('s.respond_due_at', '>=', now)
      .where('s.respond_due_at', '<=', dueWithinCutoff(filter.dueWithinWorkingDays, now, closures));
  }
}

/** The filters of a work queue, over the current stage (`s`) and its case (`c`). */
function whereFilter(q: Knex.QueryBuilder, filter: CaseQueueFilter, now: Date, closures: readonly string[]): void {
  if (filter.status) q.where('c.status', filter.status);
  // Any of these; an empty list (refused at the edge) matches nothing.
  if (filter.statuses) q.whereIn('c.status', filter.statuses);
  if (given(filter.stage)) q.where('c.current_stage', filter.stage);
  if (filter.serviceArea) q.where('c.service_area', filter.serviceArea);
  if (filter.serviceAreas?.length) q.whereIn('c.service_area', filter.serviceAreas);
  if (filter.assigneeId) q.where('c.assignee_id', filter.assigneeId);
  if (given(filter.unassigned)) q.where((w) => (filter.unassigned ? w.whereNull('c.assignee_id') : w.whereNotNull('c.assignee_id')));
  if (given(filter.lateComplaint)) q.where('c.late_complaint', filter.lateComplaint);
  if (given(filter.awaitingSignOff)) {
    // The policy's sign-off rule, as CaseStage.awaitingSignOff applies it (isAwaitingSignOff), over the current stage.
    const awaiting = awaitingSignOffSql(SIGN_OFF_COLUMNS);
    q.whereRaw(filter.awaitingSignOff ? awaiting.sql : `not ${awaiting.sql}`, awaiting.bindings);
  }
  whereDeadlines(q, filter, now, closures);
  if (filter.search) whereSearch(q, filter.search);
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
  order: CaseOrder = CaseOrder.OLDEST_FIRST,
  populate: readonly CasePart[] = CASE_POPULATE,
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
  whereFilter(base, filter, now, findCouncilPolicy(staff.council)?.closures ?? []);
  const [{ count }] = await base.clone().count({ count: '*' });
  const { column, direction } = ORDER_KEYS[order];
  const page = base
    .clone()
    .select('c.id')
    .orderBy([
      { column, order: direction },
      { column: 'c.id', order: direction },
    ])
    .limit(first + 1);
  if (after) {
    const cursor = decodeCursor(after, order);
    page.whereRaw(`(${column}, c.id) ${direction === 'asc' ? '>' : '<'} (?, ?)`, [cursor.key, cursor.id]);
  }
  const rows: { id: string }[] = await page;
  const ids = rows.slice(0, first).map((r) => r.id);
  const loaded = ids.length ? await em.find(Case, { id: { $in: ids } }, { populate }) : [];
  const byId = new Map(loaded.map((c) => [c.id, c]));
  const cases = ids.map((id) => byId.get(id)!);
  return { cases, cursors: cases.map((c) => encodeCursor(order, c)), hasNextPage: rows.length > first, totalCount: Number(count) };
}
