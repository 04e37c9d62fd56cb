import { COUNCIL_POLICIES, findCouncilPolicy } from './councils';
import { LGSCO_CODE_POLICY } from './lgsco-code.policy';

describe('council policies as data', () => {
  it('hosts Hart (district, HDC) and Hampshire (county, HCC)', () => {
    expect(COUNCIL_POLICIES.map((p) => [p.councilId, p.tier, p.referencePrefix])).toEqual([
      ['hart', 'DISTRICT', 'HDC'],
      ['hampshire', 'COUNTY', 'HCC'],
    ]);
    expect(findCouncilPolicy('nowhere')).toBeUndefined();
  });

  it.each([...COUNCIL_POLICIES, LGSCO_CODE_POLICY])('$councilName: stages in order, unique service codes, referrals to councils that exist', (policy) => {
    const numbers = policy.stages.map((s) => s.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const codes = policy.serviceAreas.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    const councilIds = [...policy.serviceAreas.map((a) => a.referral?.councilId), ...Object.values(policy.matterRoutes).map((r) => r?.councilId)].filter(Boolean);
    for (const id of councilIds) expect(findCouncilPolicy(id!)).toBeDefined();
  });

  it.each(COUNCIL_POLICIES.map((p) => [p.councilId, p] as const))('%s: every referral across names a service of the receiving council', (_id, policy) => {
    const referrals = [...policy.serviceAreas.map((a) => a.referral), ...Object.values(policy.matterRoutes)].filter((r) => r?.councilId);
    expect(referrals.length).toBeGreaterThan(0);
    for (const r of referrals) expect(findCouncilPolicy(r!.councilId!)!.serviceAreas.map((a) => a.code)).toContain(r!.serviceArea);
  });

  it('has Hart Stage 2 signed off by the Joint Chief Executive (the complaints coordinator role)', () => {
    expect(findCouncilPolicy('hart')!.stages.find((s) => s.number === 2)).toMatchObject({ handlerRole: 'HEAD_OF_SERVICE', signOffRole: 'COMPLAINTS_COORDINATOR', respondWithinWorkingDays: 20 });
  });
});
