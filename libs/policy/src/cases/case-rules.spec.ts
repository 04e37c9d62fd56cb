import { CaseStatus, Role } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { PolicyViolation } from '../policy-violation';
import { checkIndependence } from './case-machine';
import type { CaseState } from './case-rules';
import { ACTION_ROLES, NEEDS_ASSIGNEE, checkAction, currentStage, escalationTarget, statusAfter } from './case-rules';

// HDC-2026-000042 at Stage 1, response due Tuesday 1 December 2026.
const state = (over: Partial<CaseState> = {}): CaseState => ({
  reference: 'HDC-2026-000042',
  status: CaseStatus.OPEN,
  stage: 1,
  acknowledged: false,
  responded: false,
  drafted: false,
  statementRequired: false,
  statementAgreed: false,
  assigneeId: 'hart-officer',
  respondBy: '2026-12-01',
  ...over,
});

describe('case rules in the services’ shape', () => {
  it('lists who may take each action at some stage, and which need an assignee', () => {
    expect(ACTION_ROLES.RESPOND).toEqual([Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR]);
    expect(ACTION_ROLES.SIGN_OFF).toEqual([Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR]);
    expect(ACTION_ROLES.ESCALATE).toContain(Role.CONTACT_CENTRE);
    expect([...NEEDS_ASSIGNEE]).toEqual(['EXTEND', 'AGREE_STATEMENT', 'RESPOND']);
  });

  it.each<[string, Partial<CaseState>, Parameters<typeof checkAction>[2], Role[], string | null]>([
    ['an officer responds to their Stage 1 case', {}, 'RESPOND', [Role.OFFICER], null],
    ['an admin may act for anyone', { stage: 2, drafted: true }, 'SIGN_OFF', [Role.ADMIN], null],
    ['an analyst may not respond', {}, 'RESPOND', [Role.ANALYST], 'FORBIDDEN'],
    ['nobody assigned', { assigneeId: null }, 'RESPOND', [Role.OFFICER], 'CONFLICT'],
    ['the statement is not agreed', { statementRequired: true }, 'RESPOND', [Role.OFFICER], 'CONFLICT'],
    ['escalation is checked for who and where, its timing later', {}, 'ESCALATE', [Role.CONTACT_CENTRE], null],
    ['no escalation past the final stage', { stage: 2 }, 'ESCALATE', [Role.OFFICER], 'BAD_USER_INPUT'],
    ['acknowledged twice', { acknowledged: true }, 'ACKNOWLEDGE', [Role.OFFICER], 'CONFLICT'],
  ])('%s', (_why, over, action, roles, code) => {
    const call = () => checkAction(HART_POLICY, state(over), action, roles);
    if (code) expect(call).toThrow(expect.objectContaining({ code, message: expect.stringMatching(/^HDC-2026-000042: /) }));
    else expect(call).not.toThrow();
  });

  it.each<[Parameters<typeof statusAfter>[2], CaseStatus, number, CaseStatus]>([
    ['HOLD', CaseStatus.OPEN, 1, CaseStatus.ON_HOLD],
    ['RESUME', CaseStatus.ON_HOLD, 1, CaseStatus.OPEN],
    ['RESPOND', CaseStatus.OPEN, 1, CaseStatus.RESPONDED],
    ['RESPOND', CaseStatus.OPEN, 2, CaseStatus.OPEN],
    ['SIGN_OFF', CaseStatus.OPEN, 2, CaseStatus.RESPONDED],
    ['ESCALATE', CaseStatus.RESPONDED, 1, CaseStatus.OPEN],
    ['REFER_TO_OMBUDSMAN', CaseStatus.CLOSED, 2, CaseStatus.WITH_OMBUDSMAN],
    ['RECORD_OMBUDSMAN_DECISION', CaseStatus.WITH_OMBUDSMAN, 2, CaseStatus.CLOSED],
    ['CLOSE', CaseStatus.RESPONDED, 1, CaseStatus.CLOSED],
    ['ACKNOWLEDGE', CaseStatus.ON_HOLD, 1, CaseStatus.ON_HOLD],
  ])('%s from %s at Hart Stage %i leaves the case %s', (action, status, stage, after) => {
    expect(statusAfter(HART_POLICY, { status, stage }, action)).toBe(after);
  });

  it('finds the current stage', () => {
    expect(currentStage(HART_POLICY, { stage: 2 }).signOffRole).toBe(Role.COMPLAINTS_COORDINATOR);
  });

  describe('escalationTarget, on the London date of the request', () => {
    it('opens the next stage once the deadline has passed', () => {
      expect(escalationTarget(HART_POLICY, state(), '2026-12-02')).toEqual({ toStage: 2, toStageName: 'Stage 2', skipped: false, explanation: '' });
    });

    it('refuses before it, on the deadline day itself', () => {
      expect(() => escalationTarget(HART_POLICY, state(), '2026-12-01')).toThrow(/has not replied yet and its deadline \(2026-12-01\) has not passed/);
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
      expect(() => escalationTarget(HAMPSHIRE_POLICY, state({ stage: 3, responded: true }), '2026-12-02')).toThrow(PolicyViolation);
    });
  });

  describe('checkIndependence', () => {
    it('refuses a Hampshire Stage 2 handler who handled Stage 1', () => {
      expect(() => checkIndependence(HAMPSHIRE_POLICY, 2, 'sara', ['sara'])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'assigneeId' }));
      expect(() => checkIndependence(HAMPSHIRE_POLICY, 2, 'owen', ['sara'])).not.toThrow();
    });

    it('does not apply where the policy does not ask for it (Hart)', () => {
      expect(() => checkIndependence(HART_POLICY, 2, 'amy', ['amy'])).not.toThrow();
    });
  });
});
