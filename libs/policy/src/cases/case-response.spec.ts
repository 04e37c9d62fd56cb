import { Outcome, Remedy } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import { CodedError } from '../coded-error';
import { checkResponse, isAtFault, requiredRemedies } from './case-response';

describe('responses: outcomes and remedies', () => {
  it.each<[string, CouncilPolicy, Outcome, Remedy[] | null, Remedy[]]>([
    [
      'Hart, upheld with an apology (§11)',
      HART_POLICY,
      Outcome.UPHELD,
      [Remedy.ACTION_TAKEN, Remedy.EXPLANATION, Remedy.APOLOGY],
      [Remedy.APOLOGY, Remedy.EXPLANATION, Remedy.ACTION_TAKEN],
    ],
    [
      'Hart, an apology given twice is recorded once',
      HART_POLICY,
      Outcome.PARTIALLY_UPHELD,
      [Remedy.APOLOGY, Remedy.APOLOGY],
      [Remedy.APOLOGY],
    ],
    ['Hart, not upheld: nothing added', HART_POLICY, Outcome.NOT_UPHELD, [Remedy.EXPLANATION], [Remedy.EXPLANATION]],
    [
      'Hampshire, upheld: remedies as chosen, the list being examples',
      HAMPSHIRE_POLICY,
      Outcome.UPHELD,
      [Remedy.FINANCIAL_REMEDY],
      [Remedy.FINANCIAL_REMEDY],
    ],
    ['Hampshire, not upheld, no remedies', HAMPSHIRE_POLICY, Outcome.NOT_UPHELD, null, []],
  ])('%s', (_why, policy, outcome, remedies, expected) => {
    expect(checkResponse(policy, { outcome, remedies })).toEqual({ outcome, remedies: expected });
  });

  it.each([Outcome.UPHELD, Outcome.PARTIALLY_UPHELD])('Hart: a %s response without an apology is refused (§11)', (outcome) => {
    const call = () => checkResponse(HART_POLICY, { outcome, remedies: [Remedy.ACTION_TAKEN] });
    expect(call).toThrow(
      "Hart District Council's policy: where the council is found at fault, the response includes an apology. Add APOLOGY to the remedies.",
    );
    expect(call).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.remedies' }));
  });

  it('needs a reason when the complaint was not investigated', () => {
    expect(() => checkResponse(HART_POLICY, { outcome: Outcome.NOT_INVESTIGATED, notInvestigatedReason: ' ' })).toThrow(
      expect.objectContaining({ field: 'input.notInvestigatedReason' }),
    );
    expect(() => checkResponse(HART_POLICY, { outcome: Outcome.NOT_INVESTIGATED })).toThrow(CodedError);
    expect(
      checkResponse(HART_POLICY, {
        outcome: Outcome.NOT_INVESTIGATED,
        notInvestigatedReason: 'Made anonymously; too little detail to investigate.',
      }).remedies,
    ).toEqual([]);
  });

  it('refuses an outcome the policy does not use', () => {
    const narrow: CouncilPolicy = { ...HART_POLICY, outcomes: [Outcome.UPHELD, Outcome.NOT_UPHELD] };
    expect(() => checkResponse(narrow, { outcome: Outcome.PARTIALLY_UPHELD })).toThrow(
      "Hart District Council's policy does not use the outcome PARTIALLY_UPHELD; use one of UPHELD, NOT_UPHELD.",
    );
  });

  it('knows which outcomes find the council at fault', () => {
    expect(Object.values(Outcome).filter(isAtFault)).toEqual([Outcome.UPHELD, Outcome.PARTIALLY_UPHELD]);
    expect(requiredRemedies(HAMPSHIRE_POLICY, Outcome.UPHELD)).toEqual([]);
  });
});
