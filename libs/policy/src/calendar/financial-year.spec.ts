import { CodedError } from '../coded-error';
import { FINANCIAL_YEAR_START_MONTH, financialQuarter, financialQuarterOf, financialQuarterSql, financialYear } from './financial-year';

describe('financial-year quarters: the year starts on 1 April', () => {
  it('starts in April', () => {
    expect(FINANCIAL_YEAR_START_MONTH).toBe(4);
  });

  it.each([
    [2026, 1, '2026-04-01', '2026-06-30'],
    [2026, 2, '2026-07-01', '2026-09-30'],
    [2026, 3, '2026-10-01', '2026-12-31'],
    [2026, 4, '2027-01-01', '2027-03-31'],
    [2027, 4, '2028-01-01', '2028-03-31'],
    [2023, 4, '2024-01-01', '2024-03-31'],
  ])('year %i quarter %i runs %s to %s', (year, quarter, from, to) => {
    expect(financialQuarter(year, quarter)).toEqual({ key: `${year}-Q${quarter}`, from, to });
  });

  it.each([
    ['2026-04-01', 2026, 1],
    ['2026-06-30', 2026, 1],
    ['2026-07-01', 2026, 2],
    ['2026-09-30', 2026, 2],
    ['2026-10-01', 2026, 3],
    ['2026-12-31', 2026, 3],
    ['2027-01-01', 2026, 4],
    ['2027-03-31', 2026, 4],
    ['2024-02-29', 2023, 4],
  ])('%s is in financial year %i quarter %i', (date, year, quarter) => {
    expect(financialQuarterOf(date)).toEqual({ year, quarter });
  });

  it('every day of a year is in the quarter whose dates hold it', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const { year, quarter } = financialQuarterOf(date);
      const q = financialQuarter(year, quarter);
      expect(q.from <= date && date <= q.to).toBe(true);
    }
  });

  it('refuses a date that does not exist', () => {
    expect(() => financialQuarterOf('2026-02-30')).toThrow(CodedError);
  });

  it('in SQL, the same shift: the calendar quarter of the date three months earlier', () => {
    expect(financialQuarterSql('r.received_date')).toBe(`to_char(r.received_date - interval '3 months', 'YYYY"-Q"Q')`);
  });
});

describe('financialYear', () => {
  it('runs from 1 April to 31 March of the next calendar year', () => {
    expect(financialYear(2026)).toEqual({ key: '2026-27', from: '2026-04-01', to: '2027-03-31' });
    expect(financialYear(2099)).toEqual({ key: '2099-00', from: '2099-04-01', to: '2100-03-31' });
  });
});
