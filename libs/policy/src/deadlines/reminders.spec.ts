import { endOfLondonDay } from '../calendar/london-time';
import { REMINDER_LEAD_MS, reminderAt } from './reminders';

describe('reminderAt: 24 hours before the deadline falls due', () => {
  it('leads by 24 hours', () => {
    expect(REMINDER_LEAD_MS).toBe(86_400_000);
  });

  it.each([
    ['due Thursday 16 July 2026 (BST): reminded 23:59:59.999 BST on the 15th', '2026-07-16', '2026-07-15T22:59:59.999Z'],
    ['due Tuesday 1 December 2026 (GMT)', '2026-12-01', '2026-11-30T23:59:59.999Z'],
    [
      'due Monday 26 October 2026, the day after the clocks go back: 24 hours is 00:59:59.999 BST on the 25th',
      '2026-10-26',
      '2026-10-25T23:59:59.999Z',
    ],
  ])('%s', (_why, dueOn, remindAt) => {
    expect(reminderAt(endOfLondonDay(dueOn)).toISOString()).toBe(remindAt);
  });
});
