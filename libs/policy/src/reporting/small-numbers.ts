import { Role } from '../enums';

/**
 * Small-number suppression for the Member Responsible for Complaints, who sees aggregates only (Code s.9): a cell that
 * counts fewer than this many people, but some, could identify someone (three complaints about a small service in a
 * quarter), so it is withheld and shown as "fewer than 5". None (0) identifies no one and is shown.
 */
export const SMALL_NUMBER_THRESHOLD = 5;

/** What the Member's view prints in place of a withheld count. */
export const SMALL_NUMBER_WORDS = `fewer than ${SMALL_NUMBER_THRESHOLD}`;

/** A count of people that is withheld: 1 to 4. */
export const isSmallNumber = (count: number): boolean => count > 0 && count < SMALL_NUMBER_THRESHOLD;

/**
 * Whether the figures a person reads are the Member's view, with small numbers withheld: the Member, unless they also
 * hold a role that reads the exact figures (an analyst, a manager, the coordinator, an administrator).
 */
export function seesSmallNumbersWithheld(roles: readonly Role[]): boolean {
  const exact = [Role.ANALYST, Role.COMPLAINTS_COORDINATOR, Role.HEAD_OF_SERVICE, Role.ADMIN];
  return roles.includes(Role.MEMBER) && !roles.some((r) => exact.includes(r));
}

/** One row of a table of counts: the field names of its counts and their values. */
export type CountRow<F extends string> = Readonly<Record<F, number>>;

/**
 * Which cells of a table of counts to withhold, row by row: every small number (primary), and, in any column where
 * exactly one cell is withheld, the next smallest count above none too (secondary), so that a withheld cell cannot
 * be worked out by taking the others from the column's total. Each row gets the names of its withheld fields, in
 * the order of `fields`.
 */
export function withheldCells<F extends string>(rows: readonly CountRow<F>[], fields: readonly F[]): F[][] {
  const withheld = rows.map(() => new Set<F>());
  for (const field of fields) {
    const small = rows.map((r, i) => [r[field], i] as const).filter(([n]) => isSmallNumber(n));
    for (const [, i] of small) withheld[i].add(field);
    if (small.length !== 1) continue;
    const next = rows
      .map((r, i) => [r[field], i] as const)
      .filter(([n, i]) => n > 0 && !withheld[i].has(field))
      .sort(([a], [b]) => a - b)[0];
    if (next) withheld[next[1]].add(field);
  }
  return withheld.map((set) => fields.filter((f) => set.has(f)));
}

/** A rate over fewer than the threshold of people (but some) is withheld like the count it is drawn from. */
export const isSmallBase = (denominator: number): boolean => isSmallNumber(denominator);
