import Holidays from 'date-holidays';
import { ANNOUNCED_THROUGH, bankHolidays, easterSunday, isBankHoliday } from './bank-holidays';

// England & Wales bank holidays as announced on gov.uk/bank-holidays, substitute days and one-offs included.
const ANNOUNCED: Record<number, string[]> = {
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
};

const YEARS = Array.from({ length: 13 }, (_, i) => 2018 + i);

describe('England & Wales bank holidays', () => {
  it.each(Object.entries(ANNOUNCED))('%s matches the announced list', (year, dates) => {
    expect(bankHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
  });

  it('agrees with a second source (date-holidays, England) for every weekday holiday 2018–2030', () => {
    const hd = new Holidays('GB', 'ENG');
    for (const year of YEARS) {
      // date-holidays also lists the weekend date a substitute day replaces; those are not bank holidays.
      const theirs = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public' && ![0, 6].includes(new Date(`${h.date.slice(0, 10)}T12:00:00Z`).getUTCDay()))
        .map((h) => h.date.slice(0, 10));
      expect([year, bankHolidays(year).map((h) => h.date)]).toEqual([year, [...new Set(theirs)].sort()]);
    }
  });

  it('names the one-offs and substitute days', () => {
    expect(bankHolidays(2022).find((h) => h.date === '2022-09-19')?.name).toBe('Bank Holiday for the State Funeral of Queen Elizabeth II');
    expect(bankHolidays(2023).find((h) => h.date === '2023-05-08')?.name).toBe('Bank holiday for the coronation of King Charles III');
    expect(bankHolidays(2026).find((h) => h.date === '2026-12-28')?.name).toBe('Boxing Day (substitute day)');
    expect(bankHolidays(2027).filter((h) => h.name.includes('substitute')).map((h) => h.date)).toEqual(['2027-12-27', '2027-12-28']);
    expect(bankHolidays(2022).find((h) => h.date === '2022-12-27')?.name).toBe('Christmas Day (substitute day)');
  });

  it(`marks years after ${ANNOUNCED_THROUGH} as provisional: projected by the standing rules`, () => {
    expect(bankHolidays(ANNOUNCED_THROUGH).every((h) => !h.provisional)).toBe(true);
    expect(bankHolidays(2028).every((h) => h.provisional)).toBe(true);
    expect(bankHolidays(2028).map((h) => h.date)).toEqual(['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']);
  });

  it.each([
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2027, '2027-03-28'],
    [2030, '2030-04-21'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('answers whether a date is a bank holiday', () => {
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isBankHoliday('2026-12-26')).toBe(false); // a Saturday: the substitute is the holiday
    expect(isBankHoliday('2026-12-29')).toBe(false);
  });
});
