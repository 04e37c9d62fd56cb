import Holidays from 'date-holidays';
import { ANNOUNCED_BANK_HOLIDAYS, FIRST_ANNOUNCED_YEAR, LAST_ANNOUNCED_YEAR } from './bank-holidays.data';
import { bankHolidays, easterSunday, isBankHoliday, projectBankHolidays } from './bank-holidays';
import { dayNumber, weekdayOf } from './london-time';

const YEARS = Array.from({ length: 13 }, (_, i) => 2018 + i); // 2018–2030
const dates = (year: number): string[] => bankHolidays(year).map((h) => h.date);

describe('bank holidays: England and Wales, 2018–2030', () => {
  it('ships gov.uk data from 2018 to the latest announced year, in date order, weekdays only', () => {
    expect([FIRST_ANNOUNCED_YEAR, LAST_ANNOUNCED_YEAR]).toEqual([2018, 2027]);
    const all = ANNOUNCED_BANK_HOLIDAYS.map(([d]) => d);
    expect([...all].sort()).toEqual(all);
    for (const d of all) expect([1, 2, 3, 4, 5]).toContain(weekdayOf(dayNumber(d)));
  });

  it('includes every substitute day and one-off holiday', () => {
    const all = YEARS.flatMap(dates);
    for (const d of [
      '2020-05-08',
      '2022-06-02',
      '2022-06-03',
      '2022-09-19',
      '2023-05-08',
      '2026-12-28',
      '2027-12-27',
      '2027-12-28',
      '2020-12-28',
      '2021-12-27',
      '2021-12-28',
      '2022-01-03',
      '2022-12-27',
      '2023-01-02',
      '2028-01-03',
    ]) {
      expect(all).toContain(d);
    }
    // the days the one-offs replaced are working days
    for (const d of ['2020-05-04', '2022-05-30']) expect(all).not.toContain(d);
  });

  it('marks announced years firm and projected years provisional', () => {
    for (const y of YEARS) expect(bankHolidays(y).every((h) => h.provisional === y > LAST_ANNOUNCED_YEAR)).toBe(true);
    expect(bankHolidays(2017).every((h) => h.provisional)).toBe(true);
    expect(bankHolidays(2026).find((h) => h.date === '2026-12-28')).toEqual({
      date: '2026-12-28',
      name: 'Boxing Day (substitute day)',
      provisional: false,
    });
  });

  it.each([
    [2028, ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']],
    [2029, ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26']],
    [2030, ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26']],
  ])('projects %i by the substitution rules', (year, expected) => {
    expect(dates(year)).toEqual(expected);
  });

  it.each([
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2021, '2021-04-04'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('differs from the rules only by the announced one-off changes', () => {
    const diff = YEARS.flatMap((y) => {
      const shipped = new Set(dates(y));
      const ruled = new Set(projectBankHolidays(y).map((h) => h.date));
      return [
        ...[...shipped].filter((d) => !ruled.has(d)).map((d) => `+${d}`),
        ...[...ruled].filter((d) => !shipped.has(d)).map((d) => `-${d}`),
      ];
    });
    expect(diff.sort()).toEqual(
      ['+2020-05-08', '+2022-06-02', '+2022-06-03', '+2022-09-19', '+2023-05-08', '-2020-05-04', '-2022-05-30'].sort(),
    );
  });

  it('agrees with the date-holidays package (GB-ENG, public holidays)', () => {
    const hd = new Holidays('GB', 'ENG');
    for (const year of YEARS) {
      const theirs = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10))
        // Deliberate difference: date-holidays also lists the weekend day a substitute replaces
        // (Saturday 26 December 2026); gov.uk lists only the substitute, and a weekend is not a working day anyway.
        .filter((d) => weekdayOf(dayNumber(d)) !== 0 && weekdayOf(dayNumber(d)) !== 6);
      expect({ year, dates: dates(year) }).toEqual({ year, dates: theirs });
    }
  });

  it.each([
    ['2026-12-28', true],
    ['2026-12-26', false], // a Saturday: its substitute is the holiday
    ['2030-08-26', true],
    ['2026-12-24', false],
  ])('isBankHoliday(%s) is %s', (date, expected) => {
    expect(isBankHoliday(date)).toBe(expected);
  });

  it('refuses a year that is not a whole number', () => {
    expect(() => bankHolidays(2026.5)).toThrow(/not a year/);
  });
});
