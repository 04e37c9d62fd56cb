import { isBankHolidayDay } from './bank-holidays';
import { dayNumber, fromDayNumber, weekday } from './local-date';
import type { LocalDate } from './local-date';

// One formatter, reused: creating Intl formatters is the expensive part of time-zone work.
const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Europe/London calendar date of an instant. */
export function londonDate(instant: Date): LocalDate {
  const parts = LONDON_PARTS.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * 23:59:59.999 London time on that date, as an instant. London is UTC or UTC+1; clocks change at 01:00 UTC,
 * so the end of a day is in the offset of the evening: if 23:59:59.999 UTC is already the next day in
 * London, it is summer time and the day ended an hour earlier.
 */
export function endOfLondonDay(date: LocalDate): Date {
  const utc = new Date((dayNumber(date) + 1) * 86_400_000 - 1);
  return londonDate(utc) === date ? utc : new Date(utc.getTime() - 3_600_000);
}

function working(day: number, closures: ReadonlySet<number>): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !isBankHolidayDay(day) && !closures.has(day);
}

const closureDays = (closures: readonly LocalDate[]): ReadonlySet<number> => new Set(closures.map(dayNumber));

/** Monday to Friday, not an England & Wales bank holiday, not one of the council's own closure days. */
export const isWorkingDay = (date: LocalDate, closures: readonly LocalDate[] = []): boolean => working(dayNumber(date), closureDays(closures));

/** The Nth working day after `from` (day 0 itself never counts). */
export function addWorkingDays(from: LocalDate, n: number, closures: readonly LocalDate[] = []): LocalDate {
  const closed = closureDays(closures);
  let day = dayNumber(from);
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (working(day, closed)) counted += 1;
  }
  return fromDayNumber(day);
}

/** Working days in [from, to): how far a hold from `from` to `to` moves a deadline. */
export function workingDaysBetween(from: LocalDate, to: LocalDate, closures: readonly LocalDate[] = []): number {
  const closed = closureDays(closures);
  let count = 0;
  for (let day = dayNumber(from); day < dayNumber(to); day += 1) if (working(day, closed)) count += 1;
  return count;
}
