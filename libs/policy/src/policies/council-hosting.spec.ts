import { COUNCIL_POLICIES, findCouncilPolicy, hostCouncilPolicy } from './council-policies';
import { HART_POLICY } from './hart.policy';

// A deployment hosting one more council: its procedure as data (here a copy of Hart's with a cap on extensions).
const capshire = {
  ...HART_POLICY,
  councilId: 'capshire',
  councilName: 'Capshire Borough Council',
  referencePrefix: 'CAP',
  stages: HART_POLICY.stages.map((s) => ({ ...s, maxExtensionWorkingDays: 5 })),
};

describe('hosting another council', () => {
  it('adds it, copied and frozen, so the caller cannot change its rules afterwards', () => {
    const hosted = hostCouncilPolicy(capshire);
    expect(findCouncilPolicy('capshire')).toBe(hosted);
    expect(COUNCIL_POLICIES.map((p) => p.councilId)).toEqual(['hart', 'hampshire', 'capshire']);
    expect(Object.isFrozen(hosted.stages[0])).toBe(true);
    expect(hosted.stages[0].maxExtensionWorkingDays).toBe(5);
  });

  it('refuses a second council with the same id or reference prefix', () => {
    expect(() => hostCouncilPolicy({ ...capshire, councilId: 'other' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/clashes with capshire \(CAP\)/) }),
    );
    expect(() => hostCouncilPolicy({ ...capshire, referencePrefix: 'OTH' })).toThrow(/already hosted/);
  });
});
