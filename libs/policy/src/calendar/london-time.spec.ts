import { DateTime, IANAZone } from 'luxon';
import { CodedError } from '../coded-error';
import {
  addCalendarMonths,
  dayNumber,
  endOfLondonDay,
  formatLongDate,
  fromDayNumber,
  londonDate,
  londonOffsetMinutes,
  longDate,
  startOfLondonDay,
} from './london-time';

describe('londonDate: the Europe/London calendar date of an instant', () => {
  it.each([
    ['winter noon', '2026-01-15T12:00:00Z', '2026-01-15'],
    ['winter 23:30 UTC is 23:30 GMT, same day', '2026-03-28T23:30:00Z', '2026-03-28'],
    ['clocks go forward: 01:00 UTC is 02:00 BST on 29 March', '2026-03-29T01:00:00Z', '2026-03-29'],
    ['summer 23:30 UTC is 00:30 BST the next day', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['clocks go back: 23:30 UTC on 24 October is 00:30 BST on 25 October', '2026-10-24T23:30:00Z', '2026-10-25'],
    ['clocks go back: 01:30 UTC on 25 October is 01:30 GMT', '2026-10-25T01:30:00Z', '2026-10-25'],
    ['New Year: the last millisecond of 2026 in London', '2026-12-31T23:59:59.999Z', '2026-12-31'],
    ['New Year: the first millisecond of 2027 in London', '2027-01-01T00:00:00.000Z', '2027-01-01'],
    ['leap day in BST-free February', '2024-02-29T23:59:00Z', '2024-02-29'],
  ])('%s', (_why, instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid instant', () => {
    expect(() => londonDate(new Date('nonsense'))).toThrow(CodedError);
  });
});

describe('endOfLondonDay / startOfLondonDay: a London day as UTC instants', () => {
  it.each([
    ['a GMT day', '2026-12-01', '2026-12-01T00:00:00.000Z', '2026-12-01T23:59:59.999Z'],
    ['a BST day', '2026-07-01', '2026-06-30T23:00:00.000Z', '2026-07-01T22:59:59.999Z'],
    ['the 23-hour day the clocks go forward', '2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T22:59:59.999Z'],
    ['the 25-hour day the clocks go back', '2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-25T23:59:59.999Z'],
    ['leap day', '2024-02-29', '2024-02-29T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
  ])('%s', (_why, date, start, end) => {
    expect(startOfLondonDay(date).toISOString()).toBe(start);
    expect(endOfLondonDay(date).toISOString()).toBe(end);
    expect(londonDate(endOfLondonDay(date))).toBe(date);
  });
});

describe('every London day 2018–2030', () => {
  it('starts and ends where luxon says it does, across every clock change', () => {
    for (let n = dayNumber('2018-01-01'); n <= dayNumber('2030-12-31'); n += 1) {
      const date = fromDayNumber(n);
      const luxon = DateTime.fromISO(date, { zone: 'Europe/London' });
      expect([date, startOfLondonDay(date).getTime(), endOfLondonDay(date).getTime()]).toEqual([
        date,
        luxon.startOf('day').toMillis(),
        luxon.endOf('day').toMillis(),
      ]);
    }
  });
});

describe('London’s offset, kept by the hour', () => {
  const zone = (ms: number) => IANAZone.create('Europe/London').offset(ms);

  it('changes only on a whole UTC hour, at every clock change from 1900 to 2100 (what keeping it by the hour rests on)', () => {
    const changes: string[] = [];
    for (let day = Date.UTC(1900, 0, 1); day < Date.UTC(2100, 0, 1); day += 86_400_000) {
      if (zone(day) === zone(day + 86_400_000)) continue;
      // The first millisecond of the new offset, by halving the day.
      let [before, after] = [day, day + 86_400_000];
      while (after - before > 1) {
        const mid = Math.floor((before + after) / 2);
        if (zone(mid) === zone(day)) before = mid;
        else after = mid;
      }
      expect([new Date(after).toISOString(), Math.abs(after % 3_600_000)]).toEqual([new Date(after).toISOString(), 0]);
      changes.push(new Date(after).toISOString());
    }
    // Twice a year, with the wartime double summer time and the 1968–71 experiment in between.
    expect(changes.length).toBeGreaterThan(350);
    expect(changes).toContain('2026-03-29T01:00:00.000Z');
    expect(changes).toContain('2026-10-25T01:00:00.000Z');
  });

  it('answers what the time zone database does on either side of a change, before 1900 too, and after many hours are kept', () => {
    const forward = Date.UTC(2026, 2, 29, 1);
    for (const ms of [forward - 1, forward, forward + 3_599_999, Date.UTC(1847, 11, 1, 0, 1), Date.UTC(1800, 5, 1)])
      expect(londonOffsetMinutes(ms)).toBe(zone(ms));
    // More hours than are kept (the store starts again): still right.
    for (let h = 0; h < 20_050; h += 1) {
      const ms = Date.UTC(2020, 0, 1) + h * 3_600_000 + 1_800_000;
      expect(londonOffsetMinutes(ms)).toBe(zone(ms));
    }
    expect(londonDate(new Date(forward - 1))).toBe('2026-03-29');
    expect(londonDate(new Date(Date.UTC(1800, 5, 1, 23, 59, 30)))).toBe('1800-06-01');
  });
});

describe('calendar dates', () => {
  it.each(['2023-02-29', '2026-13-01', '2026-04-31', '26-01-01', '2026-1-1', 'tomorrow', '0099-01-01'])('rejects "%s"', (bad) => {
    expect(() => dayNumber(bad)).toThrow(/is not a calendar date/);
    expect(() => endOfLondonDay(bad)).toThrow(CodedError);
  });

  it('round-trips through day numbers', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it.each([
    ['2026-11-27', 'Friday 27 November 2026'],
    ['2026-12-28', 'Monday 28 December 2026'],
    ['2024-02-29', 'Thursday 29 February 2024'],
    ['2027-01-01', 'Friday 1 January 2027'],
  ])('writes %s as "%s"', (date, text) => {
    expect(formatLongDate(date)).toBe(text);
    expect(longDate(date)).toBe(text);
  });

  it.each([
    ['the same day six months later', '2026-01-15', 6, '2026-07-15'],
    ['31 August + 6 months is the last day of February', '2025-08-31', 6, '2026-02-28'],
    ['into a leap February', '2023-08-29', 6, '2024-02-29'],
    ['from a leap day, twelve months on', '2024-02-29', 12, '2025-02-28'],
    ['across a year end', '2026-11-30', 3, '2027-02-28'],
    ['backwards', '2026-03-31', -1, '2026-02-28'],
  ])('%s: %s + %i months = %s', (_why, date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('refuses part months', () => {
    expect(() => addCalendarMonths('2026-01-01', 1.5)).toThrow(/whole number of months/);
  });
});
