import { awaitingSignOffSql, isAwaitingSignOff } from './sign-off';

const at = (iso: string | null): Date | null => (iso === null ? null : new Date(iso));

describe('isAwaitingSignOff: a response drafted and not yet issued', () => {
  it.each<[string, string | null, string | null, boolean]>([
    ['nothing drafted, nothing issued (the stage is being worked)', null, null, false],
    ['drafted on Monday 11 January 2027, not yet signed off', '2027-01-11T10:00:00Z', null, true],
    ['drafted, then signed off and issued the next day', '2027-01-11T10:00:00Z', '2027-01-12T15:00:00Z', false],
    ['issued with no draft (a stage that needs no sign-off)', null, '2027-01-12T15:00:00Z', false],
  ])('%s', (_why, drafted, responded, awaiting) => {
    expect(isAwaitingSignOff({ responseDraftedAt: at(drafted), respondedAt: at(responded) })).toBe(awaiting);
  });
});

describe('the same rule rendered as SQL (checked against PostgreSQL in casework)', () => {
  it('drafted is set and responded is not, with nothing to bind', () => {
    expect(awaitingSignOffSql({ responseDraftedAt: 's.response_drafted_at', respondedAt: 's.responded_at' })).toEqual({
      sql: '(s.response_drafted_at is not null and s.responded_at is null)',
      bindings: [],
    });
  });
});
