import { isWorkingDay, addWorkingDays } from '../calendar/working-days';
import type { LocalDate } from '../calendar/london-time';
import { dayNumber, formatLongDate, fromDayNumber, londonDate, startOfLondonDay } from '../calendar/london-time';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * When staff alerts are emailed: 09:00 to 17:00 Europe/London on a working day (Monday to Friday, not an England and
 * Wales bank holiday, not one of the council's closure days), as minutes past London midnight. Nobody is mailed at
 * midnight or at the weekend; what is raised then waits for the next working morning.
 */
export const ALERT_MAIL_HOURS = { opens: 9 * 60, closes: 17 * 60 } as const;

/** How far London's clocks are ahead of UTC at the midnight that starts `date`: 0 (GMT) or an hour (BST). */
const midnightOffsetMs = (date: LocalDate): number => dayNumber(date) * DAY_MS - startOfLondonDay(date).getTime();

/**
 * The London calendar date of an instant and the minutes past its midnight on the London clock. London changes its
 * clocks at 01:00 UTC (london-time.ts): before that on the day of a change the offset of its midnight holds, after it
 * the offset of the next midnight.
 */
function londonClock(instant: Date): { date: LocalDate; minutes: number } {
  const date = londonDate(instant);
  const day = dayNumber(date);
  const t = instant.getTime();
  const offset = t < day * DAY_MS + HOUR_MS ? midnightOffsetMs(date) : midnightOffsetMs(fromDayNumber(day + 1));
  return { date, minutes: Math.floor((t + offset - day * DAY_MS) / MINUTE_MS) };
}

/** `minutes` past midnight on the London clock of `date`; only for times after the early-morning clock change (02:00 on). */
const londonClockAt = (date: LocalDate, minutes: number): Date =>
  new Date(dayNumber(date) * DAY_MS + minutes * MINUTE_MS - midnightOffsetMs(fromDayNumber(dayNumber(date) + 1)));

/** "09:05": the time on the London clock (BST in summer, GMT in winter). */
export function formatLondonTime(instant: Date): string {
  const { minutes } = londonClock(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "Saturday 9 January 2027 at 11:00", London time: when something happened, as staff read it. */
export const formatLondonDateTime = (instant: Date): string => `${formatLongDate(londonDate(instant))} at ${formatLondonTime(instant)}`;

/** Whether an instant falls within the hours staff alerts are emailed (09:00 up to, not including, 17:00 London). */
export function withinAlertMailHours(instant: Date, closures: readonly LocalDate[] = []): boolean {
  const { date, minutes } = londonClock(instant);
  return minutes >= ALERT_MAIL_HOURS.opens && minutes < ALERT_MAIL_HOURS.closes && isWorkingDay(date, closures);
}

/**
 * When an alert raised at `raisedAt` is emailed: at once within the hours (`ALERT_MAIL_HOURS`), otherwise at 09:00
 * London on the next working day (before 09:00 on a working day: that day). Saturday, Sunday, Friday 17:30 and a bank
 * holiday Monday all wait for the next working morning, GMT or BST as the date has it.
 */
export function alertSendAt(raisedAt: Date, closures: readonly LocalDate[] = []): Date {
  const { date, minutes } = londonClock(raisedAt);
  if (minutes >= ALERT_MAIL_HOURS.closes || !isWorkingDay(date, closures))
    return londonClockAt(addWorkingDays(date, 1, closures), ALERT_MAIL_HOURS.opens);
  return minutes < ALERT_MAIL_HOURS.opens ? londonClockAt(date, ALERT_MAIL_HOURS.opens) : raisedAt;
}

/**
 * Whether an alert mail due at `sendAt` may go now: its time has come and it is within the hours. A mail that fell due
 * while the worker was down waits for the next working morning rather than arriving in the night.
 */
export const alertMailDue = (sendAt: Date, now: Date, closures: readonly LocalDate[] = []): boolean =>
  sendAt.getTime() <= now.getTime() && withinAlertMailHours(now, closures);
