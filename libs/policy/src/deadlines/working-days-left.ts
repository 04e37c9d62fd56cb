import type { LocalDate } from '../calendar/london-time';
import { dayNumber, endOfLondonDay, fromDayNumber, londonDate } from '../calendar/london-time';
import { addWorkingDays, workingDaysBetween } from '../calendar/working-days';

/** The day after a date (the working-day counts below take [from, to), so a due day counts through its end). */
const dayAfter = (date: LocalDate): LocalDate => fromDayNumber(dayNumber(date) + 1);

export interface WorkingDaysLeftFacts {
  /** The stage's response date (end of that London day). */
  respondBy: LocalDate;
  /** Answered (or closed): nothing is left to count. */
  respondedAt: Date | null;
  /** On hold since: the clock stopped then, so the count is as it stood. */
  heldSince: Date | null;
  /** The council's own closure days. */
  closures?: readonly LocalDate[];
}

/**
 * London working days left to answer: 0 on the due day itself, 1 when it is the next working day, and negative once
 * overdue (-1 the first working day after it, and on the weekend that follows it: late is never 0). Null once
 * answered. While on hold, as it stood when the hold began.
 */
export function workingDaysLeft(f: WorkingDaysLeftFacts, now: Date): number | null {
  if (f.respondedAt) return null;
  const today = londonDate(f.heldSince ?? now);
  const closures = f.closures ?? [];
  if (f.respondBy >= today) return workingDaysBetween(dayAfter(today), dayAfter(f.respondBy), closures);
  return -Math.max(1, workingDaysBetween(dayAfter(f.respondBy), dayAfter(today), closures));
}

/**
 * The end of the last day a queue "due within N working days" reaches: the Nth working day after today (N = 0:
 * today). A response due by then, and not yet late, is in the queue.
 */
export function dueWithinCutoff(workingDays: number, now: Date, closures: readonly LocalDate[] = []): Date {
  return endOfLondonDay(addWorkingDays(londonDate(now), workingDays, closures));
}
