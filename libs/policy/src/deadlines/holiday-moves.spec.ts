import { addBankHolidays } from '../calendar/bank-holidays';
import { HART_POLICY } from '../policies/hart.policy';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import type { StoredStageDeadlines } from './holiday-moves';
import { deadlineMoveDetail, deadlinesMovedByHolidays } from './holiday-moves';
import { stageDeadlines } from './stage-deadlines';

/** A stage as stored when it was set: its deadlines computed with the calendar of that moment. */
function storedNow(over: Partial<StoredStageDeadlines> = {}): StoredStageDeadlines {
  const facts = { policy: HART_POLICY, stage: 1, openedAt: new Date('2027-02-01T10:00:00Z'), ...over };
  const d = stageDeadlines(facts);
  return { acknowledgeBy: d.acknowledgeBy, respondBy: d.respondBy, acknowledged: false, responded: false, ...facts, ...over };
}

describe('deadlines moved by a bank holiday added later', () => {
  // Set before the holiday was announced: acknowledge by Thursday 4, respond by Monday 15 February 2027.
  const before = storedNow();
  const answered = storedNow({ acknowledged: true, responded: true });
  const onHold = storedNow({ policy: HAMPSHIRE_POLICY, workingDaysOnHold: 2 });
  addBankHolidays([{ date: '2027-02-03', name: 'Bank holiday for a royal wedding' }]);

  it('moves each unmet deadline whose working days include it, naming the holiday', () => {
    expect([before.acknowledgeBy, before.respondBy]).toEqual(['2027-02-04', '2027-02-15']);
    const moves = deadlinesMovedByHolidays(before);
    expect(moves.map(({ deadline, from, to }) => ({ deadline, from, to }))).toEqual([
      { deadline: 'ACKNOWLEDGEMENT', from: '2027-02-04', to: '2027-02-05' },
      { deadline: 'RESPONSE', from: '2027-02-15', to: '2027-02-16' },
    ]);
    expect(deadlineMoveDetail(moves[1])).toBe(
      'Response deadline moved from Monday 15 February 2027 to Tuesday 16 February 2027: ' +
        'bank holiday Bank holiday for a royal wedding (Wednesday 3 February 2027) added',
    );
    expect(deadlineMoveDetail(moves[0])).toMatch(/^Acknowledgement deadline moved from Thursday 4 February 2027 to Friday 5/);
    // a stage on hold moves too (its deadlines count the days held)
    expect(deadlinesMovedByHolidays(onHold).map((m) => m.deadline)).toEqual(['ACKNOWLEDGEMENT', 'RESPONSE']);
  });

  it('moves nothing met, nothing already right (a second run), and nothing that differs for another reason', () => {
    expect(deadlinesMovedByHolidays(answered)).toEqual([]);
    expect(deadlinesMovedByHolidays(storedNow())).toEqual([]);
    // stored a day out, with no one-off holiday in its clock: not the calendar's doing
    const odd = storedNow({ openedAt: new Date('2026-10-05T10:00:00Z') });
    expect(deadlinesMovedByHolidays({ ...odd, respondBy: '2026-10-20' })).toEqual([]);
  });

  it('names a shipped one-off in the clock too (the coronation, 8 May 2023)', () => {
    const coronation = storedNow({ openedAt: new Date('2023-05-02T10:00:00Z') });
    const moves = deadlinesMovedByHolidays({ ...coronation, respondBy: '2023-05-15' });
    expect(moves).toEqual([
      {
        deadline: 'RESPONSE',
        from: '2023-05-15',
        to: '2023-05-17',
        holidays: [{ date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', provisional: false }],
      },
    ]);
  });
});
