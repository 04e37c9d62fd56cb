import { badInput } from '../coded-error';
import { ANNOUNCED_BANK_HOLIDAYS, FIRST_ANNOUNCED_YEAR, LAST_ANNOUNCED_YEAR } from './bank-holidays.data';
import type { LocalDate } from './london-time';
import { dayNumber, fromDayNumber, weekdayOf } from './london-time';

export interface BankHoliday {
  date: LocalDate;
  name: string;
  /** true = projected by the usual rules, not (yet) announced: a one-off holiday may still be added or a day moved. */
  provisional: boolean;
}

const MONDAY = 1;
const isWeekend = (n: number): boolean => weekdayOf(n) === 0 || weekdayOf(n) === 6;
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

/** Easter Sunday (Gregorian calendar; the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return fromDayNumber(day(year, month, dayOfMonth));
}

const firstMonday = (y: number, m: number): number => {
  const first = day(y, m, 1);
  return first + ((MONDAY - weekdayOf(first) + 7) % 7);
};
const lastMonday = (y: number, m: number): number => {
  const last = day(y, m + 1, 0);
  return last - ((weekdayOf(last) - MONDAY + 7) % 7);
};

/**
 * A fixed-date holiday on a weekend is replaced by the next weekday not already a holiday
 * (Christmas on Saturday: Monday 27 and, for Boxing Day, Tuesday 28 December).
 */
function withSubstitutes(fixed: readonly (readonly [number, string])[]): [number, string][] {
  const taken = new Set(fixed.filter(([n]) => !isWeekend(n)).map(([n]) => n));
  const out: [number, string][] = fixed.filter(([n]) => taken.has(n)).map(([n, name]) => [n, name]);
  for (const [n, name] of fixed.filter(([d]) => isWeekend(d))) {
    let sub = n + 1;
    while (isWeekend(sub) || taken.has(sub)) sub += 1;
    taken.add(sub);
    out.push([sub, `${name} (substitute day)`]);
  }
  return out;
}

/** England and Wales bank holidays for a year by the usual rules, without one-off changes. */
export function projectBankHolidays(year: number): readonly BankHoliday[] {
  const easter = dayNumber(easterSunday(year));
  const days: [number, string][] = [
    ...withSubstitutes([[day(year, 1, 1), "New Year's Day"]]),
    [easter - 2, 'Good Friday'],
    [easter + 1, 'Easter Monday'],
    [firstMonday(year, 5), 'Early May bank holiday'],
    [lastMonday(year, 5), 'Spring bank holiday'],
    [lastMonday(year, 8), 'Summer bank holiday'],
    ...withSubstitutes([
      [day(year, 12, 25), 'Christmas Day'],
      [day(year, 12, 26), 'Boxing Day'],
    ]),
  ];
  return days.sort((a, b) => a[0] - b[0]).map(([n, name]) => ({ date: fromDayNumber(n), name, provisional: true }));
}

// One-off holidays announced after this release was built, added at start from the deployment's configuration
// (EXTRA_BANK_HOLIDAYS_FILE): module state, like the hosted councils, read by every process of the deployment.
const added: BankHoliday[] = [];

function shippedBankHolidays(year: number): readonly BankHoliday[] {
  if (year < FIRST_ANNOUNCED_YEAR || year > LAST_ANNOUNCED_YEAR) return projectBankHolidays(year);
  const prefix = `${year}-`;
  return ANNOUNCED_BANK_HOLIDAYS.filter(([date]) => date.startsWith(prefix)).map(([date, name]) => ({ date, name, provisional: false }));
}

/**
 * England and Wales bank holidays in `year`: announced ones from shipped data, later (or earlier) years projected,
 * with any added since (addBankHolidays).
 */
export function bankHolidays(year: number): readonly BankHoliday[] {
  if (!Number.isInteger(year)) throw badInput(`${year} is not a year.`);
  const shipped = shippedBankHolidays(year);
  const extra = added.filter((h) => h.date.startsWith(`${year}-`));
  return extra.length ? [...shipped, ...extra].sort((a, b) => (a.date < b.date ? -1 : 1)) : shipped;
}

/**
 * Adds one-off bank holidays announced after the shipped data (as in 2022 and 2023): from then on every deadline
 * counts them. A date that is already a bank holiday is left as it is, so adding the same list again changes
 * nothing. Returns the holidays that were new. Refuses a date that is not a weekday, or a holiday with no name.
 */
export function addBankHolidays(holidays: readonly { date: LocalDate; name: string }[]): BankHoliday[] {
  const checked = holidays.map(({ date, name }) => {
    const n = dayNumber(date);
    if (isWeekend(n)) throw badInput(`${date} is a weekend day: a bank holiday is a weekday.`);
    if (typeof name !== 'string' || !name.trim()) throw badInput(`The bank holiday on ${date} needs a name.`);
    return { date, name: name.trim(), provisional: false };
  });
  const fresh = checked.filter((h, i) => !isBankHoliday(h.date) && checked.findIndex((o) => o.date === h.date) === i);
  added.push(...fresh);
  byYear.clear();
  return fresh;
}

/**
 * The bank holidays from `from` to `to` (inclusive) that the usual rules do not give: one-off holidays and days
 * moved (the shipped data's, and those added since). These are what can move a deadline already set.
 */
export function oneOffBankHolidays(from: LocalDate, to: LocalDate): BankHoliday[] {
  const [a, b] = [dayNumber(from), dayNumber(to)];
  const out: BankHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const usual = new Set(projectBankHolidays(year).map((h) => h.date));
    out.push(...bankHolidays(year).filter((h) => !usual.has(h.date) && dayNumber(h.date) >= a && dayNumber(h.date) <= b));
  }
  return out;
}

/** Whether a date is an England and Wales bank holiday (announced or projected). */
export function isBankHoliday(date: LocalDate): boolean {
  const n = dayNumber(date);
  return isBankHolidayDay(n, Number(date.slice(0, 4)));
}

// Day numbers of each year's holidays, computed once per year: the calendar asks this for every day it counts.
const byYear = new Map<number, ReadonlySet<number>>();

export function isBankHolidayDay(n: number, year: number): boolean {
  let set = byYear.get(year);
  if (!set) {
    set = new Set(bankHolidays(year).map((h) => dayNumber(h.date)));
    byYear.set(year, set);
  }
  return set.has(n);
}
