import { badInput } from '../coded-error';
import { isBankHolidayDay } from './bank-holidays';
import type { LocalDate } from './london-time';
import { dayNumber, fromDayNumber, weekdayOf, yearOf } from './london-time';

// Ten years of working days: far beyond any complaint deadline, and a guard against a typo looping for ever.
const MAX_WORKING_DAYS = 2_600;

type DayTest = (n: number) => boolean;

function workingDayTest(closures: readonly LocalDate[]): DayTest {
  const closed = new Set(closures.map(dayNumber));
  return (n) => {
    const wd = weekdayOf(n);
    return wd !== 0 && wd !== 6 && !isBankHolidayDay(n, yearOf(n)) && !closed.has(n);
  };
}

/** Monday to Friday, not an England and Wales bank holiday, not one of the council's own closure days. */
export function isWorkingDay(date: LocalDate, closures: readonly LocalDate[] = []): boolean {
  return workingDayTest(closures)(dayNumber(date));
}

/**
 * The Nth working day after `from` (day 0; `from` itself never counts). N = 0 is `from`; a negative N counts
 * back (the Nth working day before `from`).
 */
export function addWorkingDays(from: LocalDate, n: number, closures: readonly LocalDate[] = []): LocalDate {
  let d = dayNumber(from);
  if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS)
    throw badInput(`${n} is not a number of working days between -${MAX_WORKING_DAYS} and ${MAX_WORKING_DAYS}.`);
  const works = workingDayTest(closures);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0;) {
    d += step;
    if (works(d)) left -= 1;
  }
  return fromDayNumber(d);
}

/** Working days in [from, to): `from` counts if it is a working day, `to` does not. Negative when `to` is before `from`. */
export function workingDaysBetween(from: LocalDate, to: LocalDate, closures: readonly LocalDate[] = []): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return -workingDaysBetween(to, from, closures);
  const works = workingDayTest(closures);
  let count = 0;
  for (let d = a; d < b; d += 1) if (works(d)) count += 1;
  return count;
}
