import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import { CaseStatus, Role } from '../enums';
import type { CaseActor, CaseSnapshot } from '../cases/case-machine';
import { CaseAction, checkTransition } from '../cases/case-machine';
import { openCase } from '../cases/case-snapshot.fixture';
import { OMBUDSMAN_REMEDY_STAGE, ombudsmanRemedyPlan, remedyDueOn } from './remedies';

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

describe("ombudsmanRemedyPlan: the Ombudsman's recommendations as remedy actions", () => {
  const recordedAt = new Date('2026-11-30T10:00:00Z'); // Monday 30 November 2026
  const plan = (complyBy: string | null, remedies: string[] = ['APOLOGY', 'FINANCIAL_REMEDY']) =>
    ombudsmanRemedyPlan(HART_POLICY, { remedies, complyBy, recordedBy: 'hart-coordinator', recordedAt });

  it('are owned by whoever records the decision (Hart 6.5: the Joint Chief Executive coordinates), due when the Ombudsman said', () => {
    expect(plan('2027-01-29')).toEqual({ stage: OMBUDSMAN_REMEDY_STAGE, ownerId: 'hart-coordinator', dueOn: '2027-01-29' });
  });
  it("without a date from the Ombudsman: the council's remedy period from the day it is recorded", () => {
    expect(plan(null).dueOn).toBe('2026-12-14');
  });
  it('carry a stage no procedure has (Hart informal resolution is stage 0)', () => {
    expect(HART_POLICY.stages.map((s) => s.number)).not.toContain(OMBUDSMAN_REMEDY_STAGE);
    expect(OMBUDSMAN_REMEDY_STAGE).toBeLessThan(0);
  });
  it('may be due today', () => {
    expect(plan('2026-11-30').dueOn).toBe('2026-11-30');
  });
  it.each<[string, string, string[], RegExp]>([
    ['a date already past', '2026-11-27', ['APOLOGY'], /dueOn is before today \(Monday 30 November 2026\)/],
    ['a date with nothing recommended', '2027-01-29', [], /give the remedies, or leave dueOn out/],
  ])('refuses %s', (_why, complyBy, remedies, message) => {
    expect(() => plan(complyBy, remedies)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.dueOn', message: expect.stringMatching(message) }),
    );
  });
});

describe('COMPLETE_REMEDY_ACTION: the owner of a remedy action may record it done; anyone else as the case machine allows', () => {
  const closed: CaseSnapshot = openCase({
    status: CaseStatus.CLOSED,
    stage: 2,
    // Stage 2 went to the Head of Service: the Stage 1 officer no longer handles the case.
    assigneeId: 'hart-head-of-service',
    respondedAt: new Date('2026-11-27T10:00:00Z'),
    earlierHandlers: ['hart-officer'],
    remedyActionOwners: ['hart-officer'],
  });
  const owner: CaseActor = { id: 'hart-officer', roles: [Role.OFFICER] };
  const colleague: CaseActor = { id: 'hart-officer-2', roles: [Role.OFFICER] };
  const check = (actor: CaseActor, state: CaseSnapshot = closed) =>
    checkTransition({
      policy: HART_POLICY,
      state,
      action: CaseAction.COMPLETE_REMEDY_ACTION,
      actor,
      now: new Date('2026-12-02T10:00:00Z'),
    });

  it.each<[string, CaseActor, CaseSnapshot, true | RegExp]>([
    ['its owner, no longer the handler', owner, closed, true],
    ['another officer', colleague, closed, /Only the case's handler/],
    ['the handler, not its owner', { id: 'hart-head-of-service', roles: [Role.HEAD_OF_SERVICE] }, closed, true],
    // Once done, it is no longer theirs: they are a colleague like any other.
    ['its owner, once nothing is waiting', owner, { ...closed, remedyActionOwners: [] }, /Only the case's handler/],
    [
      'the handler, once nothing is waiting',
      { id: 'hart-head-of-service', roles: [Role.HEAD_OF_SERVICE] },
      { ...closed, remedyActionOwners: [] },
      /No remedy action is waiting/,
    ],
    ['the system is left as it is', { id: 'hart-officer', roles: [], kind: 'SYSTEM' }, closed, true],
    ['a complainant of the same id is not an owner', { id: 'hart-officer', roles: [], kind: 'COMPLAINANT' }, closed, /Only council staff/],
  ])('%s', (_why, actor, state, expected) => {
    const result = check(actor, state);
    if (expected === true) expect(result).toMatchObject({ allowed: true, to: CaseStatus.CLOSED });
    else expect(result).toMatchObject({ allowed: false, reason: expect.stringMatching(expected) });
  });
});
