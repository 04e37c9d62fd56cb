import { bankHolidays } from './bank-holidays';
import { addDays } from './local-date';
import { addWorkingDays, endOfLondonDay, isWorkingDay, londonDate, workingDaysBetween } from './working-days';

describe('London dates and times', () => {
  it.each([
    ['2026-11-23T23:30:00Z', '2026-11-23'], // GMT: London = UTC
    ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: already the next day in London
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night the clocks go forward
    ['2026-10-24T23:30:00Z', '2026-10-25'], // the night the clocks go back (still BST at 23:30 UTC)
    ['2024-02-29T12:00:00Z', '2024-02-29'],
  ])('%s is %s in London', (instant, date) => {
    expect(londonDate(new Date(instant))).toBe(date);
  });

  it.each([
    ['2026-12-01', '2026-12-01T23:59:59.999Z'],
    ['2026-07-01', '2026-07-01T22:59:59.999Z'],
    ['2026-03-29', '2026-03-29T22:59:59.999Z'], // clocks went forward that morning
    ['2026-10-25', '2026-10-25T23:59:59.999Z'], // clocks went back that morning
    ['2026-12-31', '2026-12-31T23:59:59.999Z'],
  ])('the end of %s in London is %s', (date, instant) => {
    expect(endOfLondonDay(date).toISOString()).toBe(instant);
  });
});

describe('working days', () => {
  it.each([
    ['2026-11-23', 3, '2026-11-26', 'Monday + 3 is Thursday'],
    ['2026-11-20', 1, '2026-11-23', 'Friday + 1 is Monday'],
    ['2026-11-21', 1, '2026-11-23', 'day 0 on a Saturday: the first working day after it'],
    ['2026-12-24', 1, '2026-12-29', 'Christmas Day and the Boxing Day substitute are skipped'],
    ['2026-12-23', 5, '2027-01-04', 'across the year end and New Year'],
    ['2024-02-28', 1, '2024-02-29', 'a leap day is a working day'],
    ['2026-04-02', 1, '2026-04-07', 'Good Friday and Easter Monday'],
    ['2026-11-23', 0, '2026-11-23', 'no days: day 0 itself'],
    ['2026-11-23', 20, '2026-12-21', 'Hampshire: 20 working days'],
  ])('%s + %i = %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('skips a council closure day', () => {
    expect(addWorkingDays('2026-11-23', 1, ['2026-11-24'])).toBe('2026-11-25');
    expect(isWorkingDay('2026-11-24', ['2026-11-24'])).toBe(false);
  });

  it('never lands a deadline on a bank holiday, 2018–2030', () => {
    for (let year = 2018; year <= 2030; year++) {
      for (const h of bankHolidays(year)) {
        expect(isWorkingDay(h.date)).toBe(false);
        const due = addWorkingDays(addDays(h.date, -1), 1);
        expect(due > h.date).toBe(true);
        expect(isWorkingDay(due)).toBe(true);
      }
    }
  });

  it.each([
    ['2026-11-23', '2026-11-30', 5],
    ['2026-12-21', '2027-01-04', 7], // 21–24 and 29–31 December; not the 25th, 28th or 1 January
    ['2026-11-30', '2026-11-23', 0],
    ['2026-11-23', '2026-11-23', 0],
  ])('working days in [%s, %s) = %i', (from, to, n) => {
    expect(workingDaysBetween(from, to)).toBe(n);
  });
});
