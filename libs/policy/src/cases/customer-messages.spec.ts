import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { Outcome, Remedy } from '../enums';
import { customerMessage, nextStepsAfterResponse } from './customer-messages';

const base = { policy: HART_POLICY, reference: 'HDC-2026-000042', stage: 1, respondBy: '2026-12-07' };

describe('messages to the customer', () => {
  it('acknowledges with the reference and the target date', () => {
    expect(customerMessage({ ...base, kind: 'ACKNOWLEDGED' })).toBe(
      'Your reference: HDC-2026-000042. We have received your complaint under Stage 1 and will reply by Monday 7 December 2026.',
    );
  });

  it('explains an extension and a pause', () => {
    expect(customerMessage({ ...base, kind: 'EXTENDED', reason: 'an inspection is needed', respondBy: '2026-12-14' })).toBe(
      'Your reference: HDC-2026-000042. We need more time to look into your complaint ' +
        '(an inspection is needed). We will now reply by Monday 14 December 2026.',
    );
    expect(customerMessage({ ...base, kind: 'EXTENDED' })).toContain('complaint. We will now reply');
    expect(customerMessage({ ...base, kind: 'HELD', reason: 'awaiting customer' })).toContain(
      'paused work on your complaint (awaiting customer)',
    );
    expect(customerMessage({ ...base, kind: 'HELD' })).toContain('paused work on your complaint. We will tell you');
  });

  it('confirms a request for the next stage: the stage opened, when it is acknowledged and answered by', () => {
    expect(customerMessage({ ...base, stage: 2, kind: 'ESCALATION_RECEIVED', respondBy: '2027-01-07' })).toBe(
      'Your reference: HDC-2026-000042. We have received your request for Stage 2. ' +
        'We will acknowledge it within 3 working days and reply by Thursday 7 January 2027.',
    );
    expect(customerMessage({ ...base, policy: HAMPSHIRE_POLICY, stage: 3, kind: 'ESCALATION_RECEIVED' })).toContain(
      'request for Stage 3. We will acknowledge it within 5 working days and reply by Monday 7 December 2026.',
    );
    expect(customerMessage({ ...base, stage: 9, kind: 'ESCALATION_RECEIVED' })).toBe(
      'Your reference: HDC-2026-000042. We have received your request for Stage 9. We will reply by Monday 7 December 2026.',
    );
  });

  it('says why a request for the next stage was refused', () => {
    expect(
      customerMessage({
        ...base,
        kind: 'ESCALATION_REFUSED',
        reason: 'Stage 1 has not replied yet and its deadline (7 December 2026) has not passed.',
      }),
    ).toBe(
      'Your reference: HDC-2026-000042. We cannot move your complaint on from Stage 1: ' +
        'Stage 1 has not replied yet and its deadline (7 December 2026) has not passed.',
    );
    expect(customerMessage({ ...base, kind: 'ESCALATION_REFUSED' })).toMatch(/from Stage 1: the policy does not allow it now$/);
  });

  it('tells the customer the decision on a late complaint: considered by the reply date, or not, why, and the Ombudsman', () => {
    expect(customerMessage({ ...base, kind: 'LATE_DECISION', accepted: true, reason: 'you were in hospital until May' })).toBe(
      'Your reference: HDC-2026-000042. Your complaint was made more than 6 months after the matter arose. ' +
        'We have decided to consider it under Stage 1. You were in hospital until May. We will reply by Monday 7 December 2026.',
    );
    expect(customerMessage({ ...base, kind: 'LATE_DECISION', accepted: true })).toContain('consider it under Stage 1. We will reply by');
    const refused = customerMessage({
      ...base,
      policy: HAMPSHIRE_POLICY,
      kind: 'LATE_DECISION',
      accepted: false,
      reason: '  The records from 2024 no longer exist so it cannot be investigated fairly.  ',
    });
    expect(refused).toMatch(
      /^Your reference: HDC-2026-000042\. Your complaint was made more than 12 months after the matter arose\. We have decided not to investigate it\. The records from 2024 no longer exist so it cannot be investigated fairly\. If you remain dissatisfied you can ask the Local Government and Social Care Ombudsman/,
    );
    expect(refused).toContain('0300 061 0614');
    expect(customerMessage({ ...base, kind: 'LATE_DECISION', accepted: null, reason: '   ' })).toMatch(
      /We have decided not to investigate it\. If you remain dissatisfied/,
    );
  });

  it('gives the outcome with reasons, the remedies and the next stage', () => {
    expect(
      customerMessage({
        ...base,
        kind: 'RESPONDED',
        outcome: Outcome.PARTIALLY_UPHELD,
        findings: 'Two collections were missed.',
        remedies: [Remedy.APOLOGY, Remedy.ACTION_TAKEN],
      }),
    ).toBe(
      'Your reference: HDC-2026-000042. Our response under Stage 1: We have upheld part of your ' +
        'complaint. Two collections were missed. To put things right: apology, action taken. If you ' +
        'remain dissatisfied you can ask for Stage 2, quoting your reference.',
    );
    expect(customerMessage({ ...base, kind: 'RESPONDED' })).toContain('Our response under Stage 1:  If you remain');
  });

  it('points to the Ombudsman after the final stage', () => {
    expect(nextStepsAfterResponse(HAMPSHIRE_POLICY, 3)).toMatch(/^This is our final response\. .*Ombudsman/);
    expect(customerMessage({ ...base, stage: 2, kind: 'RESPONDED', outcome: Outcome.NOT_UPHELD })).toMatch(
      /We have not upheld your complaint\. This is our final response/,
    );
    expect(customerMessage({ ...base, stage: 9, kind: 'ACKNOWLEDGED' })).toContain('under Stage 9');
  });
});
