import { CodedError } from '../coded-error';
import { bankHolidays } from './bank-holidays';
import { dayNumber, fromDayNumber } from './london-time';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

describe('isWorkingDay', () => {
  it.each([
    ['an ordinary Wednesday', '2026-11-25', true],
    ['a Saturday', '2026-11-28', false],
    ['a Sunday', '2026-11-29', false],
    ['Good Friday 2026', '2026-04-03', false],
    ['Boxing Day substitute, Monday 28 December 2026', '2026-12-28', false],
    ['Christmas Eve is a working day', '2026-12-24', true],
    ['leap day 2024 (a Thursday)', '2024-02-29', true],
    ['the Queen’s funeral, 19 September 2022', '2022-09-19', false],
    ['a projected holiday: Spring bank holiday 2030', '2030-05-27', false],
  ])('%s (%s): %s', (_why, date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it("honours a council's own closure days", () => {
    expect(isWorkingDay('2026-12-24', ['2026-12-24'])).toBe(false);
  });
});

describe('addWorkingDays: the Nth working day after day 0', () => {
  it.each([
    ['3 working days from a Tuesday', '2026-11-17', 3, '2026-11-20'],
    ['3 from a Friday skip the weekend', '2026-11-27', 3, '2026-12-02'],
    ['day 0 on a Saturday: the first working day is Monday', '2026-11-28', 1, '2026-11-30'],
    ['0 days is day 0 itself', '2026-11-28', 0, '2026-11-28'],
    ['Easter 2026: Thursday 2 April + 1 is Tuesday 7 April', '2026-04-02', 1, '2026-04-07'],
    ['Christmas 2026: Thursday 24 December + 1 is Tuesday 29 December', '2026-12-24', 1, '2026-12-29'],
    ['Christmas 2027: Friday 24 December + 1 is Wednesday 29 December', '2027-12-24', 1, '2027-12-29'],
    ['New Year 2022: Friday 31 December 2021 + 1 is Tuesday 4 January 2022', '2021-12-31', 1, '2022-01-04'],
    ['VE day 2020: Thursday 7 May + 1 is Monday 11 May', '2020-05-07', 1, '2020-05-11'],
    ['Jubilee 2022: Wednesday 1 June + 1 is Monday 6 June', '2022-06-01', 1, '2022-06-06'],
    ['State funeral 2022: Friday 16 September + 1 is Tuesday 20 September', '2022-09-16', 1, '2022-09-20'],
    ['Coronation 2023: Friday 5 May + 1 is Tuesday 9 May', '2023-05-05', 1, '2023-05-09'],
    ['20 days across Christmas 2026: Friday 11 December → Wednesday 13 January 2027', '2026-12-11', 20, '2027-01-13'],
    ['20 days from leap day 2024, stopping before Good Friday', '2024-02-29', 20, '2024-03-28'],
    ['backwards: 1 working day before Tuesday 29 December 2026', '2026-12-29', -1, '2026-12-24'],
  ])('%s', (_why, from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('skips closure days too', () => {
    expect(addWorkingDays('2026-12-23', 1, ['2026-12-24'])).toBe('2026-12-29');
  });

  it('moves a deadline across every bank holiday 2018–2030', () => {
    for (let year = 2018; year <= 2030; year += 1) {
      for (const h of bankHolidays(year)) {
        const from = fromDayNumber(dayNumber(h.date) - 1);
        const due = addWorkingDays(from, 1);
        expect({ holiday: h.date, after: due > h.date, working: isWorkingDay(due), counted: workingDaysBetween(from, due) }).toEqual({
          holiday: h.date,
          after: true,
          working: true,
          counted: isWorkingDay(from) ? 1 : 0,
        });
        for (let d = dayNumber(from) + 1; d < dayNumber(due); d += 1) expect(isWorkingDay(fromDayNumber(d))).toBe(false);
      }
    }
  });

  it.each([1.5, 2601, -2601, Number.NaN])('refuses %p working days', (n) => {
    expect(() => addWorkingDays('2026-01-01', n)).toThrow(CodedError);
  });
});

describe('workingDaysBetween: working days in [from, to)', () => {
  it.each([
    ['a working week', '2026-11-23', '2026-11-30', 5],
    ['the same day', '2026-11-23', '2026-11-23', 0],
    ['Christmas 2026 to the first Monday of 2027', '2026-12-24', '2027-01-04', 4],
    ['to before from is negative', '2026-11-30', '2026-11-23', -5],
    ['from a Saturday', '2026-11-28', '2026-12-01', 1],
    ['February 2024, leap day included', '2024-02-01', '2024-03-01', 21],
  ])('%s', (_why, from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it('does not count closure days', () => {
    expect(workingDaysBetween('2026-12-21', '2026-12-28', ['2026-12-24'])).toBe(3);
  });
});
