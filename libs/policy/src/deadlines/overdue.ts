import type { LocalDate } from '../calendar/london-time';

/**
 * "Overdue", defined once. The case view (`Case.overdue`), the work queue's `overdue` filter (SQL) and the
 * figures' `openOverdue` (SQL over London dates) all use this file: the TypeScript predicates below, and the SQL
 * rendered from the same comparisons by `missedSql` and `overdueSql`.
 */

/** One deadline of a stage: the instant it falls due and when it was met (null: not yet). */
export interface Deadline {
  dueAt: Date;
  metAt: Date | null;
}

/**
 * A deadline is missed at `at` when it fell due strictly before `at` and had not been met by `at`. Met at the
 * very instant it falls due is on time; a deadline met later than `at` was still unmet at `at`.
 */
export function isMissed(deadline: Deadline, at: Date): boolean {
  const t = at.getTime();
  return deadline.dueAt.getTime() < t && (deadline.metAt === null || deadline.metAt.getTime() > t);
}

/** What "overdue" needs to know of a case's current stage. */
export interface StageClock {
  /** When the clock was stopped (on hold), or null while it runs: nothing is overdue while it is stopped. */
  heldSince: Date | null;
  /** null when nobody is owed an acknowledgement (an anonymous complaint). */
  acknowledgement: Deadline | null;
  response: Deadline;
}

/** A stage is overdue at `at` when its clock is running and a deadline owed on it is missed. */
export function isOverdue(stage: StageClock, at: Date): boolean {
  if (stage.heldSince !== null) return false;
  return (stage.acknowledgement !== null && isMissed(stage.acknowledgement, at)) || isMissed(stage.response, at);
}

/** A where-clause fragment with `?` placeholders and their values, in order (knex `whereRaw`). */
export interface SqlPredicate {
  sql: string;
  bindings: (Date | LocalDate)[];
}

/**
 * `isMissed` in SQL: `due` and `met` are column expressions. Over timestamp columns, bind the instant `at`. Over
 * London date columns, bind the London date `on`: a deadline on date D falls due at the end of D
 * (`endOfLondonDay`), and a London date compares as its end of day does, so `due < on` and `met > on` are
 * `isMissed` with `at = endOfLondonDay(on)` (tested against PostgreSQL in both apps).
 */
export function missedSql(due: string, met: string, at: Date | LocalDate): SqlPredicate {
  return { sql: `(${due} < ? and (${met} is null or ${met} > ?))`, bindings: [at, at] };
}

/** The column expressions of a stage (and its case) that `overdueSql` reads. */
export interface StageClockColumns {
  heldSince: string;
  /** A boolean SQL expression: true when someone is owed an acknowledgement. */
  acknowledgementOwed: string;
  acknowledgeDueAt: string;
  acknowledgedAt: string;
  respondDueAt: string;
  respondedAt: string;
}

/** `isOverdue` in SQL, over the given columns, at the instant `at`. */
export function overdueSql(columns: StageClockColumns, at: Date): SqlPredicate {
  const ack = missedSql(columns.acknowledgeDueAt, columns.acknowledgedAt, at);
  const response = missedSql(columns.respondDueAt, columns.respondedAt, at);
  return {
    sql: `(${columns.heldSince} is null and ((${columns.acknowledgementOwed} and ${ack.sql}) or ${response.sql}))`,
    bindings: [...ack.bindings, ...response.bindings],
  };
}
