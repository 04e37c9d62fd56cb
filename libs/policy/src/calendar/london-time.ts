import { IANAZone } from 'luxon';
import { badInput } from '../coded-error';

/** 'YYYY-MM-DD', a Europe/London calendar date. */
export type LocalDate = string;

// The only place Europe/London is named: everything else works on calendar dates or UTC instants.
const LONDON = 'Europe/London';
const ZONE = IANAZone.create(LONDON);
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Days since 1970-01-01 for a calendar date. Calendar arithmetic runs on these integers (UTC, no DST),
 * so a day is always one day long.
 */
export function dayNumber(date: LocalDate): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const back = new Date(Date.UTC(y, mo - 1, d));
    // Date.UTC rolls 2023-02-29 over to 1 March: a round trip rejects dates that do not exist.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return back.getTime() / DAY_MS;
  }
  throw badInput(`"${date}" is not a calendar date in the form YYYY-MM-DD.`);
}

export const fromDayNumber = (n: number): LocalDate => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;

export const yearOf = (n: number): number => new Date(n * DAY_MS).getUTCFullYear();

function requireInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw badInput('That is not a valid date and time.');
}

const HOUR_MS = 3_600_000;
// Since 1900, London has only ever changed its clocks on a whole UTC hour (london-time.spec.ts checks every change
// to 2100), so the offset of an hour, once worked out (from the time zone database, slowly), holds for all of it.
const FROM_1900 = Date.UTC(1900, 0, 1);
const KEPT_HOURS = 20_000;
const hourOffsets = new Map<number, number>();

/** London's offset from UTC at an instant (UTC milliseconds), in minutes: 0 in winter, 60 in summer time. */
export function londonOffsetMinutes(ms: number): number {
  if (ms < FROM_1900) return ZONE.offset(ms);
  const hour = Math.floor(ms / HOUR_MS);
  let offset = hourOffsets.get(hour);
  if (offset === undefined) {
    if (hourOffsets.size >= KEPT_HOURS) hourOffsets.clear();
    offset = ZONE.offset(hour * HOUR_MS);
    hourOffsets.set(hour, offset);
  }
  return offset;
}

/** The Europe/London calendar date of an instant (BST-aware: 23:30 UTC on a summer day is the next London day). */
export function londonDate(instant: Date): LocalDate {
  requireInstant(instant);
  const ms = instant.getTime();
  return fromDayNumber(Math.floor((ms + londonOffsetMinutes(ms) * 60_000) / DAY_MS));
}

/**
 * Midnight at the start of London day `n`, in UTC milliseconds. London changes its clocks at 01:00 UTC, never
 * at midnight, so midnight always exists exactly once; the second pass corrects a guess made across a change.
 */
function londonMidnight(n: number): number {
  const utcMidnight = n * DAY_MS;
  const guess = utcMidnight - londonOffsetMinutes(utcMidnight) * 60_000;
  return utcMidnight - londonOffsetMinutes(guess) * 60_000;
}

/** 23:59:59.999 Europe/London on `date`, as a UTC instant: when a deadline on that day falls due. */
export function endOfLondonDay(date: LocalDate): Date {
  return new Date(londonMidnight(dayNumber(date) + 1) - 1);
}

/** 00:00 Europe/London on `date`, as a UTC instant. */
export function startOfLondonDay(date: LocalDate): Date {
  return new Date(londonMidnight(dayNumber(date)));
}

/** "Friday 27 November 2026": how a date is written to a resident. */
export function formatLongDate(date: LocalDate): string {
  const n = dayNumber(date);
  const [y, m, d] = date.split('-').map(Number);
  return `${WEEKDAYS[weekdayOf(n)]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** The name the services first used for formatLongDate. */
export const longDate = formatLongDate;

const daysInMonth = (y: number, m0: number): number => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();

/** The same day `months` calendar months later, clamped to the month's end (31 August + 6 months = 28 February). */
export function addCalendarMonths(date: LocalDate, months: number): LocalDate {
  dayNumber(date);
  if (!Number.isInteger(months)) throw badInput(`${months} is not a whole number of months.`);
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const day = Math.min(d, daysInMonth(ny, nm));
  return fromDayNumber(Date.UTC(ny, nm, day) / DAY_MS);
}
