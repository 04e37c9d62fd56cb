import { CaseStatus, Role } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { CodedError } from '../coded-error';
import type { EscalationState } from './case-rules';
import { ACTION_ROLES, NEEDS_ASSIGNEE, currentStage, escalationTarget } from './case-rules';

// HDC-2026-000042 at Stage 1, response due Tuesday 1 December 2026.
const state = (over: Partial<EscalationState> = {}): EscalationState => ({
  status: CaseStatus.OPEN,
  stage: 1,
  responded: false,
  respondBy: '2026-12-01',
  ...over,
});

describe('case rules in the services’ shape', () => {
  it('lists who may take each action at some stage, and which need an assignee', () => {
    expect(ACTION_ROLES.RESPOND).toEqual([Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR]);
    expect(ACTION_ROLES.SIGN_OFF).toEqual([Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR]);
    expect(ACTION_ROLES.ESCALATE).toContain(Role.CONTACT_CENTRE);
    expect([...NEEDS_ASSIGNEE]).toEqual(['EXTEND', 'AGREE_STATEMENT', 'RESPOND', 'NOTIFY_DELAY']);
  });

  it('finds the current stage', () => {
    expect(currentStage(HART_POLICY, { stage: 2 }).signOffRole).toBe(Role.COMPLAINTS_COORDINATOR);
  });

  describe('escalationTarget, on the London date of the request', () => {
    it('opens the next stage once the deadline has passed', () => {
      expect(escalationTarget(HART_POLICY, state(), '2026-12-02')).toEqual({
        toStage: 2,
        toStageName: 'Stage 2',
        skipped: false,
        explanation: '',
      });
    });

    it('refuses before it, on the deadline day itself', () => {
      expect(() => escalationTarget(HART_POLICY, state(), '2026-12-01')).toThrow(
        /has not replied yet and its deadline \(2026-12-01\) has not passed/,
      );
    });

    it('explains a skipped stage', () => {
      expect(escalationTarget(HAMPSHIRE_POLICY, state({ responded: true, status: CaseStatus.RESPONDED }), '2026-11-20', 3)).toEqual({
        toStage: 2,
        toStageName: 'Stage 2',
        skipped: true,
        explanation: 'Stages cannot be skipped, so your complaint moves to Stage 2 rather than Stage 3.',
      });
    });

    it('points to the Ombudsman after the final stage', () => {
      expect(() => escalationTarget(HAMPSHIRE_POLICY, state({ stage: 3, responded: true }), '2026-12-02')).toThrow(CodedError);
    });
  });
});
