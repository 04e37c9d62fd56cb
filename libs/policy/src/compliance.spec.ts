import { codeCompliance } from './compliance';
import { findCouncilPolicy } from './councils/councils';
import { LGSCO_CODE_POLICY } from './councils/lgsco-code.policy';

const verdicts = (policyId: string) => Object.fromEntries(codeCompliance(findCouncilPolicy(policyId)!).map((f) => [f.rule, f.compliant]));

describe('codeCompliance: each policy held against the LGSCO Complaint Handling Code', () => {
  it("shows Hart's informal stage, 6-month limit and open-ended extensions as departures", () => {
    expect(verdicts('hart')).toEqual({
      'No informal stage before Stage 1': false,
      'Exactly two formal stages': true,
      'Acknowledge within 5 working days': true,
      'Stage 1 response within 10 working days of acknowledgement': true,
      'Stage 1 extension at most 10 working days': false,
      'Stage 2 response within 20 working days of acknowledgement': true,
      'Stage 2 extension at most 20 working days': false,
      'A different person handles Stage 2': false,
      'Time limit of at least 12 months': false,
    });
  });

  it("shows Hampshire's third stage and 20-day Stage 1 as departures", () => {
    expect(verdicts('hampshire')).toMatchObject({
      'No informal stage before Stage 1': true,
      'Exactly two formal stages': false,
      'Stage 1 response within 10 working days of acknowledgement': false,
      'A different person handles Stage 2': true,
      'Time limit of at least 12 months': true,
    });
    const stage1 = codeCompliance(findCouncilPolicy('hampshire')!).find((f) => f.rule.startsWith('Stage 1 response'))!;
    expect(stage1.detail).toBe("Stage 1 responds within 20 working days of receipt, longer than the Code's 10.");
  });

  it('finds the Code template compliant with itself', () => {
    const findings = codeCompliance(LGSCO_CODE_POLICY);
    expect(findings.every((f) => f.compliant)).toBe(true);
    expect(findings.find((f) => f.rule.startsWith('Stage 1 extension'))!.detail).toBe('Stage 1 allows up to 10 working days of extension.');
  });

  it('explains a one-stage procedure and slow acknowledgement', () => {
    const oneStage = { ...LGSCO_CODE_POLICY, stages: [{ ...LGSCO_CODE_POLICY.stages[0], acknowledgeWithinWorkingDays: 7 }] };
    const findings = Object.fromEntries(codeCompliance(oneStage).map((f) => [f.rule, f]));
    expect(findings['Exactly two formal stages'].detail).toBe('The procedure has 1 formal stage.');
    expect(findings['Stage 2 response within 20 working days of acknowledgement']).toEqual({ rule: 'Stage 2 response within 20 working days of acknowledgement', compliant: false, detail: 'The procedure has no Stage 2.' });
    expect(findings['Acknowledge within 5 working days']).toMatchObject({ compliant: false, detail: 'Stage 1 allow more than 5 working days.' });
  });
});
