import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import { remedyDueOn } from './remedies';

describe('remedyDueOn: remedyDueWorkingDays working days after the London date of the response', () => {
  it('is 10 working days at every council (no seed sets one)', () => {
    expect([HART_POLICY, HAMPSHIRE_POLICY, LGSCO_CODE_POLICY].map((p) => p.remedyDueWorkingDays)).toEqual([10, 10, 10]);
  });

  const closedOn31July: CouncilPolicy = { ...HART_POLICY, closures: ['2026-07-31'] };
  const fiveDays: CouncilPolicy = { ...HART_POLICY, remedyDueWorkingDays: 5 };
  it.each<[string, CouncilPolicy, string, string]>([
    ['Hart, responded Monday 30 November 2026', HART_POLICY, '2026-11-30T10:00:00Z', '2026-12-14'],
    ['responded 23:30 BST on Thursday 16 July 2026 (22:30Z): still the 16th', HART_POLICY, '2026-07-16T22:30:00Z', '2026-07-30'],
    ['responded 00:30 BST on Friday 17 July 2026 (23:30Z on the 16th): the 17th', HART_POLICY, '2026-07-16T23:30:00Z', '2026-07-31'],
    ['the same, at a council closed on Friday 31 July', closedOn31July, '2026-07-16T23:30:00Z', '2026-08-03'],
    ['a council that gives five working days', fiveDays, '2026-07-16T10:00:00Z', '2026-07-23'],
    [
      'Hampshire, responded Friday 18 December 2026: Christmas, Boxing Day and New Year skipped',
      HAMPSHIRE_POLICY,
      '2026-12-18T10:00:00Z',
      '2027-01-06',
    ],
  ])('%s', (_why, policy, respondedAt, dueOn) => {
    expect(remedyDueOn(policy, new Date(respondedAt))).toBe(dueOn);
  });
});
