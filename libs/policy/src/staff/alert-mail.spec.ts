import { addBankHolidays } from '../calendar/bank-holidays';
import { isWorkingDay } from '../calendar/working-days';
import { isCodedError } from '../coded-error';
import { ALERT_MAIL_HOURS, alertMailDue, alertSendAt, formatLondonDateTime, formatLondonTime, withinAlertMailHours } from './alert-mail';

const at = (iso: string) => new Date(iso);
const sendAt = (iso: string, closures: string[] = []) => alertSendAt(at(iso), closures).toISOString();

describe('alertSendAt: staff alerts are emailed 09:00–17:00 London on working days', () => {
  it.each<[string, string, string]>([
    // winter (GMT: London = UTC)
    ['Saturday 11:00 → Monday 09:00', '2027-01-09T11:00:00.000Z', '2027-01-11T09:00:00.000Z'],
    ['Sunday 23:30 → Monday 09:00', '2027-01-10T23:30:00.000Z', '2027-01-11T09:00:00.000Z'],
    ['Friday 17:30 → Monday 09:00', '2027-01-08T17:30:00.000Z', '2027-01-11T09:00:00.000Z'],
    ['Friday 17:00 exactly: the hours have closed → Monday 09:00', '2027-01-08T17:00:00.000Z', '2027-01-11T09:00:00.000Z'],
    ['Friday 16:59:59.999: still open → at once', '2027-01-08T16:59:59.999Z', '2027-01-08T16:59:59.999Z'],
    ['Monday 08:59:59.999 → that day 09:00', '2027-01-11T08:59:59.999Z', '2027-01-11T09:00:00.000Z'],
    ['Monday midnight → that day 09:00', '2027-01-11T00:00:00.000Z', '2027-01-11T09:00:00.000Z'],
    ['Monday 09:00 exactly: open → at once', '2027-01-11T09:00:00.000Z', '2027-01-11T09:00:00.000Z'],
    ['Tuesday 10:00 → at once', '2027-01-12T10:00:00.000Z', '2027-01-12T10:00:00.000Z'],
    ['Tuesday 20:00 → Wednesday 09:00', '2027-01-12T20:00:00.000Z', '2027-01-13T09:00:00.000Z'],
    // summer (BST: London = UTC + 1)
    ['summer Wednesday 09:30 BST → at once', '2027-06-16T08:30:00.000Z', '2027-06-16T08:30:00.000Z'],
    ['summer 09:00 BST exactly → at once', '2027-06-16T08:00:00.000Z', '2027-06-16T08:00:00.000Z'],
    ['summer 08:59 BST → 09:00 BST that day', '2027-06-16T07:59:00.000Z', '2027-06-16T08:00:00.000Z'],
    ['summer 16:59 BST → at once', '2027-06-16T15:59:00.000Z', '2027-06-16T15:59:00.000Z'],
    ['summer 17:00 BST → next day 09:00 BST', '2027-06-16T16:00:00.000Z', '2027-06-17T08:00:00.000Z'],
    ['00:30 BST Thursday (still Wednesday in UTC) → Thursday 09:00 BST', '2027-06-16T23:30:00.000Z', '2027-06-17T08:00:00.000Z'],
    ['summer Friday 17:30 BST → Monday 09:00 BST', '2027-06-18T16:30:00.000Z', '2027-06-21T08:00:00.000Z'],
    // the clocks change over the weekend
    ['Friday 18:00 GMT before BST begins → Monday 09:00 BST', '2026-03-27T18:00:00.000Z', '2026-03-30T08:00:00.000Z'],
    ['Saturday before BST begins → Monday 09:00 BST', '2026-03-28T12:00:00.000Z', '2026-03-30T08:00:00.000Z'],
    ['the night BST begins (02:30 BST Sunday) → Monday 09:00 BST', '2026-03-29T01:30:00.000Z', '2026-03-30T08:00:00.000Z'],
    ['Friday 17:30 BST before GMT returns → Monday 09:00 GMT', '2027-10-29T16:30:00.000Z', '2027-11-01T09:00:00.000Z'],
    ['Friday 16:30 BST before GMT returns → at once', '2027-10-29T15:30:00.000Z', '2027-10-29T15:30:00.000Z'],
    ['01:30 BST, the night GMT returns → Monday 09:00 GMT', '2027-10-31T00:30:00.000Z', '2027-11-01T09:00:00.000Z'],
    ['01:30 GMT, the same night an hour later → Monday 09:00 GMT', '2027-10-31T01:30:00.000Z', '2027-11-01T09:00:00.000Z'],
    // bank holidays
    ['a bank holiday Monday (Spring bank holiday) 10:00 → Tuesday 09:00 BST', '2027-05-31T09:00:00.000Z', '2027-06-01T08:00:00.000Z'],
    ['Friday evening before a bank holiday Monday → Tuesday 09:00', '2027-05-28T18:00:00.000Z', '2027-06-01T08:00:00.000Z'],
    [
      'Easter and BST together: Thursday 17:00 GMT → past Good Friday, the change, Easter Monday → Tuesday 09:00 BST',
      '2027-03-25T17:00:00.000Z',
      '2027-03-30T08:00:00.000Z',
    ],
    [
      'Christmas Eve 17:00 → past Christmas, the weekend and the substitute Boxing Day → Tuesday 29 December',
      '2026-12-24T17:00:00.000Z',
      '2026-12-29T09:00:00.000Z',
    ],
    [
      "New Year's Eve 20:00 → past New Year's Day and the weekend → Monday 4 January",
      '2026-12-31T20:00:00.000Z',
      '2027-01-04T09:00:00.000Z',
    ],
    ["New Year's Day at noon → Monday 4 January", '2027-01-01T12:00:00.000Z', '2027-01-04T09:00:00.000Z'],
  ])('%s', (_why, raised, expected) => {
    expect(sendAt(raised)).toBe(expected);
  });

  it("counts the council's own closure days as not working", () => {
    expect(sendAt('2027-01-09T11:00:00.000Z', ['2027-01-11'])).toBe('2027-01-12T09:00:00.000Z');
    // Raised within the hours of a closure day: the next working morning.
    expect(sendAt('2027-01-11T10:00:00.000Z', ['2027-01-11'])).toBe('2027-01-12T09:00:00.000Z');
    // Before the hours of a closure day: not that day's 09:00.
    expect(sendAt('2027-01-11T07:00:00.000Z', ['2027-01-11', '2027-01-12'])).toBe('2027-01-13T09:00:00.000Z');
  });

  it('counts a one-off bank holiday announced after this release (EXTRA_BANK_HOLIDAYS_FILE)', () => {
    expect(sendAt('2031-06-06T17:00:00.000Z')).toBe('2031-06-09T08:00:00.000Z');
    addBankHolidays([{ date: '2031-06-09', name: 'A one-off bank holiday' }]);
    expect(sendAt('2031-06-06T17:00:00.000Z')).toBe('2031-06-10T08:00:00.000Z');
    expect(sendAt('2031-06-09T10:00:00.000Z')).toBe('2031-06-10T08:00:00.000Z');
  });

  it('refuses an instant that is not a date', () => {
    const attempt = () => alertSendAt(new Date('not a date'));
    expect(attempt).toThrow('That is not a valid date and time.');
    try {
      attempt();
    } catch (err) {
      expect(isCodedError(err)).toBe(true);
    }
  });
});

describe('the rule against an independent London clock (Intl), December 2026 to December 2027', () => {
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const london = (t: Date) => {
    const p = Object.fromEntries(clock.formatToParts(t).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, hour: Number(p.hour) };
  };
  // Both nights the clocks change, Easter, Christmas and New Year: every half hour (09:00 and 17:00 fall on one).
  const slots: Date[] = [];
  for (let t = Date.parse('2026-12-01T00:00:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += 30 * 60_000) slots.push(new Date(t));

  it('reads the London clock (GMT and BST, both nights the clocks change) and the hours as Intl does', () => {
    const wrong = slots.filter((t) => {
      const l = london(t);
      const open = isWorkingDay(l.date) && l.hour >= 9 && l.hour < 17;
      return formatLondonTime(t) !== l.time || withinAlertMailHours(t) !== open;
    });
    expect(wrong.map((t) => t.toISOString())).toEqual([]);
  });

  it('sends within the hours at once, and anything else at the first open half hour after it (always 09:00 London)', () => {
    let nextOpen: Date | null = null;
    const wrong: string[] = [];
    for (let i = slots.length - 1; i >= 0; i--) {
      const t = slots[i];
      if (withinAlertMailHours(t)) nextOpen = t;
      if (!nextOpen) continue; // after the last open slot of 2027: its answer lies beyond the slots
      const got = alertSendAt(t);
      if (got.getTime() !== nextOpen.getTime() || (got !== t && formatLondonTime(got) !== '09:00')) wrong.push(t.toISOString());
    }
    expect(wrong).toEqual([]);
  });
});

describe('withinAlertMailHours and alertMailDue', () => {
  it('are open from 09:00 up to 17:00 London on a working day', () => {
    expect(ALERT_MAIL_HOURS).toEqual({ opens: 540, closes: 1020 });
    expect(withinAlertMailHours(at('2027-01-11T09:00:00Z'))).toBe(true);
    expect(withinAlertMailHours(at('2027-01-11T17:00:00Z'))).toBe(false);
    expect(withinAlertMailHours(at('2027-01-09T12:00:00Z'))).toBe(false);
    expect(withinAlertMailHours(at('2027-01-11T12:00:00Z'), ['2027-01-11'])).toBe(false);
  });

  it('a mail goes once its time has come, and only within the hours', () => {
    const monday9 = at('2027-01-11T09:00:00Z');
    expect(alertMailDue(monday9, monday9)).toBe(true);
    expect(alertMailDue(monday9, at('2027-01-11T08:59:59.999Z'))).toBe(false);
    expect(alertMailDue(monday9, at('2027-01-11T16:30:00Z'))).toBe(true);
    // Due on Monday morning, but the worker only came back at 20:00: it waits for Tuesday 09:00.
    expect(alertMailDue(monday9, at('2027-01-11T20:00:00Z'))).toBe(false);
    expect(alertMailDue(monday9, at('2027-01-12T09:00:00Z'))).toBe(true);
    expect(alertMailDue(monday9, at('2027-01-12T09:00:00Z'), ['2027-01-12'])).toBe(false);
  });
});

describe('formatLondonTime and formatLondonDateTime', () => {
  it.each<[string, string]>([
    ['2027-01-09T11:00:00Z', '11:00'],
    ['2027-06-16T08:05:00Z', '09:05'],
    ['2027-06-16T23:30:00Z', '00:30'],
    ['2027-03-28T00:30:00Z', '00:30'],
    ['2027-03-28T01:30:00Z', '02:30'],
    ['2027-10-30T23:30:00Z', '00:30'],
    ['2027-10-31T00:30:00Z', '01:30'],
    ['2027-10-31T01:30:00Z', '01:30'],
  ])('%s is %s in London', (iso, time) => {
    expect(formatLondonTime(at(iso))).toBe(time);
  });

  it('writes the date in words and the London time', () => {
    expect(formatLondonDateTime(at('2027-01-09T11:00:00Z'))).toBe('Saturday 9 January 2027 at 11:00');
    expect(formatLondonDateTime(at('2027-06-16T23:30:00Z'))).toBe('Thursday 17 June 2027 at 00:30');
  });
});
