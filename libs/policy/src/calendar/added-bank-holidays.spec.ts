import { addBankHolidays, bankHolidays, isBankHoliday, oneOffBankHolidays } from './bank-holidays';
import { addWorkingDays, isWorkingDay } from './working-days';

// Module state: this file's own (Jest loads modules afresh for each test file).
describe('bank holidays announced after the shipped data (a one-off, as in 2022 and 2023)', () => {
  it('counts an added holiday from then on, in an announced year and in a projected one', () => {
    expect(addWorkingDays('2027-02-01', 3)).toBe('2027-02-04');
    expect(isWorkingDay('2031-06-04')).toBe(true);
    const added = addBankHolidays([
      { date: '2027-02-03', name: ' Bank holiday for a royal wedding ' },
      { date: '2031-06-04', name: 'Jubilee bank holiday' },
    ]);
    expect(added).toEqual([
      { date: '2027-02-03', name: 'Bank holiday for a royal wedding', provisional: false },
      { date: '2031-06-04', name: 'Jubilee bank holiday', provisional: false },
    ]);
    expect(addWorkingDays('2027-02-01', 3)).toBe('2027-02-05');
    expect(isBankHoliday('2031-06-04')).toBe(true);
    expect(isWorkingDay('2031-06-04')).toBe(false);
    // in date order among the year's other holidays
    const dates = bankHolidays(2031).map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    expect(bankHolidays(2031).find((h) => h.date === '2031-06-04')?.provisional).toBe(false);
    expect(
      bankHolidays(2031)
        .filter((h) => h.date !== '2031-06-04')
        .every((h) => h.provisional),
    ).toBe(true);
  });

  it('adds nothing for a date already a holiday, or listed twice: adding the same list again changes nothing', () => {
    expect(addBankHolidays([{ date: '2027-02-03', name: 'Again' }])).toEqual([]);
    expect(addBankHolidays([{ date: '2027-12-27', name: 'Christmas again' }])).toEqual([]);
    expect(
      addBankHolidays([
        { date: '2029-06-05', name: 'One' },
        { date: '2029-06-05', name: 'Two' },
      ]),
    ).toEqual([{ date: '2029-06-05', name: 'One', provisional: false }]);
    expect(bankHolidays(2029).filter((h) => h.date === '2029-06-05')).toHaveLength(1);
  });

  it('refuses a weekend day, a holiday without a name, and a date that does not exist', () => {
    expect(() => addBankHolidays([{ date: '2027-02-06', name: 'Saturday' }])).toThrow('2027-02-06 is a weekend day');
    expect(() => addBankHolidays([{ date: '2027-02-08', name: '  ' }])).toThrow('The bank holiday on 2027-02-08 needs a name.');
    expect(() => addBankHolidays([{ date: '2027-02-09' } as never])).toThrow('needs a name');
    expect(() => addBankHolidays([{ date: '2027-02-30', name: 'No such day' }])).toThrow('is not a calendar date');
    expect(isBankHoliday('2027-02-08')).toBe(false);
  });

  it('lists the one-off holidays and moved days in a period: the shipped ones and those added', () => {
    expect(oneOffBankHolidays('2022-01-01', '2023-12-31').map((h) => h.date)).toEqual([
      '2022-06-02',
      '2022-06-03',
      '2022-09-19',
      '2023-05-08',
    ]);
    expect(oneOffBankHolidays('2027-02-01', '2027-02-28')).toEqual([
      { date: '2027-02-03', name: 'Bank holiday for a royal wedding', provisional: false },
    ]);
    expect(oneOffBankHolidays('2027-02-04', '2027-12-31')).toEqual([]);
  });
});
