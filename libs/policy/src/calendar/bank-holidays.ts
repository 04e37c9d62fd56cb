import { addDays, dayNumber, fromDayNumber, weekday, ymd } from './local-date';
import type { LocalDate } from './local-date';

export interface BankHoliday { date: LocalDate; name: string; provisional: boolean }

/**
 * The last year whose England & Wales bank holidays the government has announced (gov.uk/bank-holidays).
 * Later years are projected by the standing rules and marked provisional until announced.
 */
export const ANNOUNCED_THROUGH = 2027;

/** Announced departures from the standing rules: moved and one-off holidays. */
const ONE_OFF_CHANGES: Readonly<Record<number, { moved?: Readonly<Record<LocalDate, LocalDate>>; added?: readonly { date: LocalDate; name: string }[] }>> = {
  2020: { moved: { '2020-05-04': '2020-05-08' } }, // Early May moved to Friday for the 75th anniversary of VE day
  2022: {
    moved: { '2022-05-30': '2022-06-02' }, // Spring bank holiday moved for the Platinum Jubilee
    added: [
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    ],
  },
  2023: { added: [{ date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' }] },
};

/** Easter Sunday (Gregorian; the anonymous algorithm of Meeus, Jones and Butcher). */
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
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** First (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): LocalDate {
  if (n === 1) {
    const first = dayNumber(ymd(year, month, 1));
    return fromDayNumber(first + ((8 - weekday(first)) % 7));
  }
  const last = dayNumber(ymd(year, month + 1, 1)) - 1;
  return fromDayNumber(last - ((weekday(last) + 6) % 7));
}

const isWeekend = (date: LocalDate) => [0, 6].includes(weekday(dayNumber(date)));

/**
 * The standing rules: New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last
 * Monday of August, Christmas Day and Boxing Day. A fixed-date holiday on a weekend is replaced by the next
 * weekday that is not already a holiday (so Christmas on a Saturday gives Monday 27 and Tuesday 28 December).
 */
function standingRules(year: number): { date: LocalDate; name: string }[] {
  const easter = easterSunday(year);
  const fixed = [
    { date: ymd(year, 1, 1), name: "New Year's Day" },
    { date: ymd(year, 12, 25), name: 'Christmas Day' },
    { date: ymd(year, 12, 26), name: 'Boxing Day' },
  ];
  const taken = new Set<LocalDate>();
  const days = [
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: monday(year, 5, 1), name: 'Early May bank holiday' },
    { date: monday(year, 5, -1), name: 'Spring bank holiday' },
    { date: monday(year, 8, -1), name: 'Summer bank holiday' },
    ...fixed.filter((h) => !isWeekend(h.date)),
  ];
  days.forEach((h) => taken.add(h.date));
  for (const h of fixed.filter((x) => isWeekend(x.date))) {
    let sub = addDays(h.date, 1);
    while (isWeekend(sub) || taken.has(sub)) sub = addDays(sub, 1);
    taken.add(sub);
    days.push({ date: sub, name: `${h.name} (substitute day)` });
  }
  return days;
}

const cache = new Map<number, readonly BankHoliday[]>();

/** England & Wales bank holidays of a year, in date order. */
export function bankHolidays(year: number): readonly BankHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const changes = ONE_OFF_CHANGES[year] ?? {};
  const days = standingRules(year).map((h) => ({ ...h, date: changes.moved?.[h.date] ?? h.date }));
  days.push(...(changes.added ?? []));
  const result = days.map((h) => ({ ...h, provisional: year > ANNOUNCED_THROUGH })).sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, result);
  return result;
}

const daySets = new Map<number, ReadonlySet<number>>();

/** Whether a day (days since 1970-01-01) is a bank holiday: the hot path of working-day counting. */
export function isBankHolidayDay(day: number): boolean {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  let set = daySets.get(year);
  if (!set) {
    set = new Set(bankHolidays(year).map((h) => dayNumber(h.date)));
    daySets.set(year, set);
  }
  return set.has(day);
}

export const isBankHoliday = (date: LocalDate): boolean => isBankHolidayDay(dayNumber(date));
