import { dueWithinCutoff, workingDaysLeft } from './working-days-left';

// Europe/London: 12:00 on a date (GMT in winter, BST in summer, both well inside the day).
const at = (date: string, time = '12:00:00Z'): Date => new Date(`${date}T${time}`);
const open = (respondBy: string) => ({ respondBy, respondedAt: null, heldSince: null });

describe('workingDaysLeft', () => {
  it('is 0 on the due day, 1 when the next working day is the due day, and skips weekends', () => {
    expect(workingDaysLeft(open('2027-01-13'), at('2027-01-13'))).toBe(0); // Wednesday, due today
    expect(workingDaysLeft(open('2027-01-13'), at('2027-01-12'))).toBe(1);
    expect(workingDaysLeft(open('2027-01-18'), at('2027-01-15'))).toBe(1); // Friday → Monday
    expect(workingDaysLeft(open('2027-01-18'), at('2027-01-16'))).toBe(1); // Saturday → Monday
    expect(workingDaysLeft(open('2027-01-22'), at('2027-01-11'))).toBe(9);
  });

  it('skips bank holidays and the council’s closure days', () => {
    // Christmas 2026: Friday 25 and Monday 28 December (Boxing Day substitute) are bank holidays.
    expect(workingDaysLeft(open('2026-12-29'), at('2026-12-24'))).toBe(1);
    expect(workingDaysLeft({ ...open('2027-01-13'), closures: ['2027-01-12'] }, at('2027-01-11'))).toBe(1);
  });

  it('counts London days, not UTC ones, across summer time', () => {
    // 23:30 UTC on Sunday 27 June 2027 is already Monday 28 June in London (BST).
    expect(workingDaysLeft(open('2027-06-28'), at('2027-06-27', '23:30:00Z'))).toBe(0);
    // 22:59 UTC is still Sunday in London: Monday is one working day away.
    expect(workingDaysLeft(open('2027-06-28'), at('2027-06-27', '22:59:00Z'))).toBe(1);
    expect(workingDaysLeft(open('2027-06-29'), at('2027-06-27', '22:30:00Z'))).toBe(2);
  });

  it('is negative once overdue, and never 0 when late', () => {
    expect(workingDaysLeft(open('2027-01-15'), at('2027-01-18'))).toBe(-1); // Friday's deadline, Monday
    expect(workingDaysLeft(open('2027-01-15'), at('2027-01-16'))).toBe(-1); // the Saturday after
    expect(workingDaysLeft(open('2027-01-11'), at('2027-01-15'))).toBe(-4);
  });

  it('is null once answered, and stands still while on hold', () => {
    expect(workingDaysLeft({ ...open('2027-01-22'), respondedAt: at('2027-01-12') }, at('2027-01-13'))).toBeNull();
    expect(workingDaysLeft({ ...open('2027-01-22'), heldSince: at('2027-01-11') }, at('2027-02-01'))).toBe(9);
  });
});

describe('dueWithinCutoff', () => {
  it('is the end of the Nth working day from today, London time', () => {
    // Friday 15 January 2027 + 5 working days = Friday 22 January, which ends at midnight GMT.
    expect(dueWithinCutoff(5, at('2027-01-15'))).toEqual(new Date('2027-01-22T23:59:59.999Z'));
    expect(dueWithinCutoff(0, at('2027-01-15'))).toEqual(new Date('2027-01-15T23:59:59.999Z'));
    // In summer the London day ends an hour earlier in UTC; a closure day is skipped.
    expect(dueWithinCutoff(1, at('2027-06-28'), ['2027-06-29'])).toEqual(new Date('2027-06-30T22:59:59.999Z'));
  });
});
