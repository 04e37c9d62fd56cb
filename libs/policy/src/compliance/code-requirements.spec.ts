import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import { RULE_SECTIONS, codeCompliance } from './code-compliance';
import type { RecordedAssessment } from './code-requirements';
import { CODE_REQUIREMENTS, checkSelfAssessment, codeRequirement, selfAssessment } from './code-requirements';

const row = (rows: ReturnType<typeof selfAssessment>, section: string) => rows.find((r) => r.section === section)!;
const input = (i: Partial<RecordedAssessment>): RecordedAssessment => ({
  section: '4.1',
  compliant: true,
  evidence: 'The complaints team (two officers) is named in the policy, section 9.',
  commentary: null,
  action: null,
  actionBy: null,
  ...i,
});

describe('the Complaint Handling Code requirements and the self-assessment', () => {
  it('lists each requirement once, in the order of the Code, covering all nine sections', () => {
    const sections = CODE_REQUIREMENTS.map((r) => r.section);
    expect(new Set(sections).size).toBe(sections.length);
    const order = sections.map((s) => s.split('.').map(Number));
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect([...new Set(order.map(([s]) => s))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(codeRequirement('6.3')?.requirement).toBe('Stage 1: the response is sent within 10 working days of the acknowledgement.');
    expect(codeRequirement('10.1')).toBeUndefined();
  });

  it('has every rule of the compliance check cite the section of a requirement it pre-fills', () => {
    for (const f of codeCompliance(HART_POLICY)) {
      expect(f.section).toBe(RULE_SECTIONS[f.rule as keyof typeof RULE_SECTIONS]);
      expect(codeRequirement(f.section)?.rules).toContain(f.rule);
    }
    const cited = new Set(CODE_REQUIREMENTS.flatMap((r) => r.rules));
    expect([...cited].sort()).toEqual(Object.keys(RULE_SECTIONS).sort());
  });

  it("pre-fills Hart's rows from the policy core: the informal stage and the 6-month limit are departures, with why", () => {
    const rows = selfAssessment(HART_POLICY, []);
    expect(rows).toHaveLength(CODE_REQUIREMENTS.length);
    expect(row(rows, '5.2')).toEqual({
      section: '5.2',
      requirement: 'There is no informal or "stage 0" step before Stage 1.',
      compliant: false,
      assessed: true,
      findings: [expect.objectContaining({ rule: 'No informal stage before Stage 1', compliant: false, section: '5.2' })],
      evidence: null,
      commentary:
        'Hart District Council has an informal resolution stage (10 working days) before Stage 1; the Code does not ' +
        'allow a stage before the formal complaint.',
      action: null,
      actionBy: null,
    });
    expect(row(rows, '2.3')).toMatchObject({ compliant: false, assessed: true });
    expect(row(rows, '6.3')).toMatchObject({
      compliant: true,
      assessed: true,
      commentary: 'Stage 1 responds within 10 working days of receipt.',
    });
    // Nothing judges 4.1 from the policy: not shown to be met until the coordinator records evidence.
    expect(row(rows, '4.1')).toMatchObject({ compliant: false, assessed: false, findings: [], commentary: null });
    // Both stages' acknowledgements rest on the same rule.
    expect(row(rows, '6.12')).toMatchObject({ compliant: true, assessed: true });
  });

  it("shows Hampshire's third stage against 5.1, and the Code's own template as meeting every rule it can judge", () => {
    expect(row(selfAssessment(HAMPSHIRE_POLICY, []), '5.1')).toMatchObject({ compliant: false });
    expect(selfAssessment(LGSCO_CODE_POLICY, []).filter((r) => r.assessed && !r.compliant)).toEqual([]);
  });

  it("puts the coordinator's evidence, commentary and action over the pre-filled row, keeping the policy core's why", () => {
    const recorded = [
      checkSelfAssessment(
        HART_POLICY,
        input({
          section: '5.2',
          compliant: false,
          evidence: ' Policy section 5 ',
          action: 'Remove the informal stage',
          actionBy: '2027-04-01',
        }),
      ),
      checkSelfAssessment(HART_POLICY, input({ commentary: '  Trained in May.  ' })),
    ];
    const rows = selfAssessment(HART_POLICY, recorded);
    expect(row(rows, '5.2')).toMatchObject({
      compliant: false,
      assessed: true,
      evidence: 'Policy section 5',
      commentary: expect.stringContaining('informal resolution stage'),
      action: 'Remove the informal stage',
      actionBy: '2027-04-01',
    });
    expect(row(rows, '4.1')).toMatchObject({ compliant: true, assessed: true, commentary: 'Trained in May.' });
  });

  it.each([
    ['an unknown section', input({ section: '12.9' }), 'input.section'],
    ['no evidence', input({ evidence: '   ' }), 'input.evidence'],
    ['not compliant with no action', input({ compliant: false, actionBy: '2027-01-01' }), 'input.action'],
    ['not compliant with no date', input({ compliant: false, action: 'Train the team' }), 'input.actionBy'],
    ['a date that does not exist', input({ action: 'x', actionBy: '2027-02-30' }), undefined],
    ['"compliant" where the policy itself falls short', input({ section: '5.2', compliant: true }), 'input.compliant'],
  ])('refuses %s', (_name, i, field) => {
    expect(() => checkSelfAssessment(HART_POLICY, i)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', ...(field ? { field } : {}) }),
    );
  });

  it('lets the coordinator say a rule met on paper is not met in practice', () => {
    expect(
      checkSelfAssessment(HART_POLICY, input({ section: '6.3', compliant: false, action: 'Weekly checks', actionBy: '2027-06-30' })),
    ).toEqual({
      section: '6.3',
      compliant: false,
      evidence: 'The complaints team (two officers) is named in the policy, section 9.',
      commentary: null,
      action: 'Weekly checks',
      actionBy: '2027-06-30',
    });
  });
});
