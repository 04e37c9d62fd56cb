import { DateTime } from 'luxon';
import { isBankHoliday } from './bank-holidays';
import { dayNumber, fromDayNumber, weekday } from './local-date';
import type { LocalDate } from './local-date';

const LONDON = 'Europe/London';

/** The Europe/London calendar date of an instant. */
export const londonDate = (instant: Date): LocalDate => DateTime.fromJSDate(instant, { zone: LONDON }).toISODate()!;

/** 23:59:59.999 London time on that date, as an instant (GMT or BST as the date requires). */
export const endOfLondonDay = (date: LocalDate): Date => DateTime.fromISO(date, { zone: LONDON }).endOf('day').toJSDate();

/** Monday to Friday, not an England & Wales bank holiday, not one of the council's own closure days. */
export function isWorkingDay(date: LocalDate, closures: readonly LocalDate[] = []): boolean {
  const wd = weekday(dayNumber(date));
  return wd !== 0 && wd !== 6 && !isBankHoliday(date) && !closures.includes(date);
}

/** The Nth working day after `from` (day 0 itself never counts). */
export function addWorkingDays(from: LocalDate, n: number, closures: readonly LocalDate[] = []): LocalDate {
  let day = dayNumber(from);
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (isWorkingDay(fromDayNumber(day), closures)) counted += 1;
  }
  return fromDayNumber(day);
}

/** Working days in [from, to): how far a hold from `from` to `to` moves a deadline. */
export function workingDaysBetween(from: LocalDate, to: LocalDate, closures: readonly LocalDate[] = []): number {
  let count = 0;
  for (let day = dayNumber(from); day < dayNumber(to); day += 1) if (isWorkingDay(fromDayNumber(day), closures)) count += 1;
  return count;
}
