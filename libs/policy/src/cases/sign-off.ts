import type { SqlPredicate } from '../deadlines/overdue';

/**
 * "Awaiting sign-off", defined once (Hart Stage 2: "reviewed and signed off by the Joint Chief Executive"): a response
 * is drafted and not yet issued. The case view (`CaseStage.awaitingSignOff`), the machine's sign-off guard and the work
 * queue's `awaitingSignOff` filter (SQL, `awaitingSignOffSql`) all read it from here.
 */
export interface SignOffState {
  /** When the response was drafted for sign-off; null when none is drafted (or a draft was returned for changes). */
  responseDraftedAt: Date | null;
  /** When the response was issued to the customer; null until then. */
  respondedAt: Date | null;
}

/** A drafted response waits for sign-off: drafted, and not yet issued. */
export const isAwaitingSignOff = (stage: SignOffState): boolean => Boolean(stage.responseDraftedAt) && !stage.respondedAt;

/** The column expressions of a stage that `awaitingSignOffSql` reads. */
export interface SignOffColumns {
  responseDraftedAt: string;
  respondedAt: string;
}

/** `isAwaitingSignOff` in SQL over the given columns (no bindings: it depends on nothing but the row). */
export function awaitingSignOffSql(columns: SignOffColumns): SqlPredicate {
  return { sql: `(${columns.responseDraftedAt} is not null and ${columns.respondedAt} is null)`, bindings: [] };
}
