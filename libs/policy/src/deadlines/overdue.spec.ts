import { endOfLondonDay } from '../calendar/london-time';
import { isMissed, isOverdue, missedSql, overdueSql } from './overdue';
import type { Deadline, StageClock } from './overdue';

const at = (iso: string): Date => new Date(iso);
// Thursday 16 July 2026 in BST: the deadline falls due at 23:59:59.999 London = 22:59:59.999Z.
const DUE = endOfLondonDay('2026-07-16');
const LATER = '2026-07-20T09:00:00Z';
const due = (metAt: string | null): Deadline => ({ dueAt: DUE, metAt: metAt === null ? null : at(metAt) });

describe('isMissed: due strictly before `at`, and not met by `at`', () => {
  it.each<[string, string | null, string, boolean]>([
    ['unmet, 23:30 BST on the due day (22:30Z)', null, '2026-07-16T22:30:00Z', false],
    ['unmet, at the very instant it falls due', null, '2026-07-16T22:59:59.999Z', false],
    ['unmet, one millisecond later (midnight BST)', null, '2026-07-16T23:00:00.000Z', true],
    ['unmet, 23:30 UTC on the due day: already 00:30 BST the next day', null, '2026-07-16T23:30:00Z', true],
    ['met on time, looked at a week later', '2026-07-16T12:00:00Z', '2026-07-23T12:00:00Z', false],
    ['met at the instant it fell due', '2026-07-16T22:59:59.999Z', '2026-07-23T12:00:00Z', false],
    ['met late, looked at after it was met', '2026-07-17T09:00:00Z', '2026-07-23T12:00:00Z', false],
    ['met late, looked at before it was met (as of then, missed)', '2026-07-17T09:00:00Z', '2026-07-17T08:59:59.999Z', true],
    ['met late, looked at the instant it was met', '2026-07-17T09:00:00Z', '2026-07-17T09:00:00Z', false],
  ])('%s', (_why, metAt, when, missed) => {
    expect(isMissed(due(metAt), at(when))).toBe(missed);
  });

  it('over London dates: `by < on` and `met > on` is isMissed at the end of the day `on`, in BST and GMT', () => {
    const days = [
      '2026-07-15',
      '2026-07-16',
      '2026-07-17',
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2027-03-27',
      '2027-03-28',
      '2027-03-29',
    ];
    for (const by of days) {
      for (const on of days) {
        for (const met of [null, ...days]) {
          const instant = isMissed({ dueAt: endOfLondonDay(by), metAt: met === null ? null : endOfLondonDay(met) }, endOfLondonDay(on));
          expect([by, met, on, instant]).toEqual([by, met, on, by < on && (met === null || met > on)]);
        }
      }
    }
  });
});

describe('isOverdue: the clock runs and an owed deadline is missed', () => {
  const stage = (over: Partial<StageClock>): StageClock => ({
    heldSince: null,
    acknowledgement: due('2026-07-15T09:00:00Z'),
    response: { dueAt: endOfLondonDay('2026-07-30'), metAt: null },
    ...over,
  });
  it.each<[string, Partial<StageClock>, boolean]>([
    ['acknowledged, response not yet due', {}, false],
    ['acknowledgement missed', { acknowledgement: due(null) }, true],
    ['acknowledgement missed, but nobody is owed one (anonymous)', { acknowledgement: null }, false],
    ['acknowledgement missed while on hold', { acknowledgement: due(null), heldSince: at('2026-07-10T09:00:00Z') }, false],
    ['response missed', { response: due(null) }, true],
    ['response missed, anonymous', { response: due(null), acknowledgement: null }, true],
    ['response missed while on hold', { response: due(null), heldSince: at('2026-07-10T09:00:00Z') }, false],
    ['response met late', { response: due('2026-07-18T09:00:00Z') }, false],
  ])('%s', (_why, over, overdue) => {
    expect(isOverdue(stage(over), at(LATER))).toBe(overdue);
  });
});

describe('the same rule rendered as SQL (checked against PostgreSQL in casework and reporting)', () => {
  it('missedSql binds `at` twice: due before it, met after it or not at all', () => {
    expect(missedSql('s.respond_by', 's.responded_date', '2026-07-16')).toEqual({
      sql: '(s.respond_by < ? and (s.responded_date is null or s.responded_date > ?))',
      bindings: ['2026-07-16', '2026-07-16'],
    });
  });

  it('overdueSql: the clock runs, and the acknowledgement (when owed) or the response is missed', () => {
    const now = at(LATER);
    const cols = {
      heldSince: 'h',
      acknowledgementOwed: 'o',
      acknowledgeDueAt: 'ad',
      acknowledgedAt: 'a',
      respondDueAt: 'rd',
      respondedAt: 'r',
    };
    expect(overdueSql(cols, now)).toEqual({
      sql: '(h is null and ((o and (ad < ? and (a is null or a > ?))) or (rd < ? and (r is null or r > ?))))',
      bindings: [now, now, now, now],
    });
  });
});
