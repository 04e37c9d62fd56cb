import { financialQuarter, periodsBetween, quarterOf } from './periods';

describe('financial reporting periods', () => {
  it.each([
    [2026, 1, '2026-04-01', '2026-06-30'],
    [2026, 2, '2026-07-01', '2026-09-30'],
    [2026, 3, '2026-10-01', '2026-12-31'],
    [2026, 4, '2027-01-01', '2027-03-31'],
    [2027, 4, '2028-01-01', '2028-03-31'],
  ])('year %i quarter %i runs %s to %s', (year, quarter, from, to) => {
    expect(financialQuarter(year, quarter)).toEqual({ key: `${year}-Q${quarter}`, from, to });
  });

  it.each([
    ['2026-04-01', 2026, 1],
    ['2026-06-30', 2026, 1],
    ['2026-12-31', 2026, 3],
    ['2027-01-01', 2026, 4],
    ['2027-03-31', 2026, 4],
  ])('%s is in financial year %i quarter %i', (date, year, quarter) => {
    expect(quarterOf(date)).toEqual({ year, quarter });
  });

  it('lists months and quarters across a year end, February of a leap year included', () => {
    expect(periodsBetween('2023-12-15', '2024-03-01', 'MONTH').map((p) => [p.key, p.to])).toEqual([
      ['2023-12', '2023-12-31'],
      ['2024-01', '2024-01-31'],
      ['2024-02', '2024-02-29'],
      ['2024-03', '2024-03-31'],
    ]);
    expect(periodsBetween('2026-05-01', '2027-04-30', 'QUARTER').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
  });
});
