import { periodsBetween } from './periods';

// The financial quarters themselves are the policy's (libs/policy/src/calendar/financial-year.spec.ts).
describe('reporting periods', () => {
  it('lists months and quarters across a year end, February of a leap year included', () => {
    expect(periodsBetween('2023-12-15', '2024-03-01', 'MONTH').map((p) => [p.key, p.to])).toEqual([
      ['2023-12', '2023-12-31'],
      ['2024-01', '2024-01-31'],
      ['2024-02', '2024-02-29'],
      ['2024-03', '2024-03-31'],
    ]);
    expect(periodsBetween('2026-05-01', '2027-04-30', 'QUARTER').map((p) => p.key)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
    ]);
  });

  it('starts the quarters at the financial quarter of the first date (a date in January is Q4 of the year before)', () => {
    expect(periodsBetween('2027-01-15', '2027-04-01', 'QUARTER').map((p) => [p.key, p.from, p.to])).toEqual([
      ['2026-Q4', '2027-01-01', '2027-03-31'],
      ['2027-Q1', '2027-04-01', '2027-06-30'],
    ]);
  });
});
