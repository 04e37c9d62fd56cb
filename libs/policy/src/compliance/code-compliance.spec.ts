import { ClockStart, Remedy } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import { codeCompliance } from './code-compliance';

const verdicts = (p: CouncilPolicy) => Object.fromEntries(codeCompliance(p).map((f) => [f.rule, f.compliant]));
const detail = (p: CouncilPolicy, rule: string) => codeCompliance(p).find((f) => f.rule === rule)?.detail;

describe('codeCompliance: each policy against the Complaint Handling Code', () => {
  it('the Code template complies with itself', () => {
    expect(codeCompliance(LGSCO_CODE_POLICY).every((f) => f.compliant)).toBe(true);
  });

  it("shows Hart's informal stage, 6-month limit, open-ended extensions and Stage 2 independence as departures", () => {
    expect(verdicts(HART_POLICY)).toEqual({
      'No informal stage before Stage 1': false,
      'Exactly two formal stages': true,
      'Acknowledge within 5 working days': true,
      'Stage 1 response within 10 working days of acknowledgement': true,
      'Stage 1 extension at most 10 working days': false,
      'Stage 2 response within 20 working days of acknowledgement': true,
      'Stage 2 extension at most 20 working days': false,
      'A different person handles Stage 2': false,
      'Time limit of at least 12 months': false,
      'Final response tells the customer about the Ombudsman': true,
      'Remedies include an apology': true,
    });
    expect(detail(HART_POLICY, 'No informal stage before Stage 1')).toBe(
      'Hart District Council has an informal resolution stage (10 working days) before ' +
        'Stage 1; the Code does not allow a stage before the formal complaint.',
    );
    expect(detail(HART_POLICY, 'Time limit of at least 12 months')).toBe(
      'Complaints are expected within 6 months, later ones at the discretion of the complaints coordinator; the Code allows 12 months.',
    );
  });

  it("shows Hampshire's third stage and 20-day Stage 1 as departures", () => {
    const v = verdicts(HAMPSHIRE_POLICY);
    expect(v['Exactly two formal stages']).toBe(false);
    expect(v['Stage 1 response within 10 working days of acknowledgement']).toBe(false);
    expect(v['No informal stage before Stage 1']).toBe(true);
    expect(v['Time limit of at least 12 months']).toBe(true);
    expect(v['A different person handles Stage 2']).toBe(true);
    expect(detail(HAMPSHIRE_POLICY, 'Exactly two formal stages')).toBe(
      'Hampshire County Council has 3 formal stages; the Code has exactly two.',
    );
    expect(detail(HAMPSHIRE_POLICY, 'Stage 1 response within 10 working days of acknowledgement')).toBe(
      'Stage 1 allows 20 working days of receipt; the Code allows 10 from acknowledgement.',
    );
  });

  it('reports a policy that lacks a stage, acknowledges slowly, or offers no apology', () => {
    const odd: CouncilPolicy = {
      ...LGSCO_CODE_POLICY,
      councilName: 'Oddshire',
      stages: [
        {
          ...LGSCO_CODE_POLICY.stages[0],
          acknowledgeWithinWorkingDays: 7,
          maxExtensionWorkingDays: 15,
          responseClockFrom: ClockStart.RECEIPT,
        },
      ],
      remedies: [Remedy.EXPLANATION],
      finalResponseSignpostsOmbudsman: false,
    };
    const findings = codeCompliance(odd);
    expect(findings.filter((f) => !f.compliant).map((f) => f.detail)).toEqual([
      'Oddshire has 1 formal stage; the Code has exactly two.',
      'Acknowledgement may take more than 5 working days at Stage 1.',
      'Stage 1 can be extended by at most 15 working days; the Code allows 10.',
      'Oddshire has no Stage 2.',
      'Oddshire has no Stage 2.',
      "Oddshire's policy does not require the Stage 2 handler to be someone not involved at Stage 1.",
      "Oddshire's policy does not say that the final response points to the Local Government and Social Care Ombudsman.",
      'The policy does not offer an apology as a remedy.',
    ]);
  });
});
