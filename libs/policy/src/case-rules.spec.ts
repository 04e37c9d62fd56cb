import { ACTION_ROLES, NEEDS_ASSIGNEE, checkAction, checkIndependence, checkResponse, currentStage, escalationTarget, statusAfter } from './case-rules';
import type { CaseAction, CaseState } from './case-rules';
import { findCouncilPolicy } from './councils/councils';
import { CaseStatus, Outcome, Remedy, Role } from './enums';

const hart = findCouncilPolicy('hart')!;
const hampshire = findCouncilPolicy('hampshire')!;
const state = (over: Partial<CaseState> = {}): CaseState => ({
  reference: 'HDC-2026-000001',
  status: CaseStatus.OPEN,
  stage: 1,
  acknowledged: false,
  responded: false,
  drafted: false,
  statementRequired: false,
  statementAgreed: false,
  assigneeId: 'hart-officer',
  respondBy: '2026-12-07',
  ...over,
});
const officer = [Role.OFFICER];
const code = (fn: () => void) => {
  try {
    fn();
    return 'ALLOWED';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('case rules: who may do what, and when', () => {
  it.each<[CaseAction, Partial<CaseState>, readonly Role[], string]>([
    ['ACKNOWLEDGE', {}, officer, 'ALLOWED'],
    ['ACKNOWLEDGE', { acknowledged: true }, officer, 'CONFLICT'],
    ['ACKNOWLEDGE', { status: CaseStatus.CLOSED }, officer, 'CONFLICT'],
    ['ACKNOWLEDGE', {}, [Role.ANALYST], 'FORBIDDEN'],
    ['ACKNOWLEDGE', {}, [Role.ADMIN], 'ALLOWED'],
    ['EXTEND', {}, officer, 'ALLOWED'],
    ['EXTEND', { assigneeId: null }, officer, 'CONFLICT'],
    ['EXTEND', { status: CaseStatus.RESPONDED }, officer, 'CONFLICT'],
    ['HOLD', {}, officer, 'ALLOWED'],
    ['HOLD', { status: CaseStatus.ON_HOLD }, officer, 'CONFLICT'],
    ['RESUME', { status: CaseStatus.ON_HOLD }, officer, 'ALLOWED'],
    ['RESUME', {}, officer, 'CONFLICT'],
    ['AGREE_STATEMENT', { status: CaseStatus.ON_HOLD }, officer, 'ALLOWED'],
    ['RESPOND', {}, officer, 'ALLOWED'],
    ['RESPOND', { status: CaseStatus.ON_HOLD }, officer, 'CONFLICT'],
    ['RESPOND', { drafted: true }, officer, 'CONFLICT'],
    ['RESPOND', { responded: true }, officer, 'CONFLICT'],
    ['RESPOND', { statementRequired: true }, officer, 'CONFLICT'],
    ['RESPOND', { statementRequired: true, statementAgreed: true }, officer, 'ALLOWED'],
    ['RESPOND', { assigneeId: null }, officer, 'CONFLICT'],
    ['SIGN_OFF', { stage: 2, drafted: true }, [Role.COMPLAINTS_COORDINATOR], 'ALLOWED'],
    ['SIGN_OFF', { stage: 2, drafted: true }, [Role.HEAD_OF_SERVICE], 'FORBIDDEN'],
    ['SIGN_OFF', { stage: 2 }, [Role.COMPLAINTS_COORDINATOR], 'CONFLICT'],
    ['SIGN_OFF', { stage: 1, drafted: true }, [Role.COMPLAINTS_COORDINATOR], 'CONFLICT'],
    ['REFER_TO_OMBUDSMAN', { status: CaseStatus.CLOSED }, [Role.COMPLAINTS_COORDINATOR], 'ALLOWED'],
    ['REFER_TO_OMBUDSMAN', { status: CaseStatus.WITH_OMBUDSMAN }, [Role.COMPLAINTS_COORDINATOR], 'CONFLICT'],
    ['REFER_TO_OMBUDSMAN', {}, officer, 'FORBIDDEN'],
    ['RECORD_OMBUDSMAN_DECISION', { status: CaseStatus.WITH_OMBUDSMAN }, [Role.COMPLAINTS_COORDINATOR], 'ALLOWED'],
    ['RECORD_OMBUDSMAN_DECISION', { status: CaseStatus.CLOSED }, [Role.COMPLAINTS_COORDINATOR], 'CONFLICT'],
    ['CLOSE', { status: CaseStatus.RESPONDED, responded: true }, officer, 'ALLOWED'],
    ['CLOSE', {}, officer, 'CONFLICT'],
    ['CLOSE', { status: CaseStatus.CLOSED, responded: true }, officer, 'CONFLICT'],
    ['ASSIGN', {}, [Role.HEAD_OF_SERVICE], 'ALLOWED'],
    ['ASSIGN', {}, officer, 'FORBIDDEN'],
    ['RECORD_CONTACT', {}, [Role.CONTACT_CENTRE], 'ALLOWED'],
    ['ESCALATE', {}, [Role.CONTACT_CENTRE], 'ALLOWED'],
  ])('%s on %j by %j → %s', (action, over, roles, expected) => {
    expect(code(() => checkAction(hart, state(over), action, roles))).toBe(expected);
  });

  it('publishes the role table and which actions need an assignee', () => {
    expect(ACTION_ROLES.REFER_TO_OMBUDSMAN).toEqual([Role.COMPLAINTS_COORDINATOR]);
    expect([...NEEDS_ASSIGNEE].sort()).toEqual(['EXTEND', 'RESPOND']);
    expect(currentStage(hart, { stage: 2 }).signOffRole).toBe(Role.COMPLAINTS_COORDINATOR);
  });

  it('says why, in words the handler can act on', () => {
    expect(() => checkAction(hart, state({ assigneeId: null }), 'RESPOND', officer)).toThrow('HDC-2026-000001 has nobody assigned: assign it first.');
    expect(() => checkAction(hampshire, state({ statementRequired: true }), 'RESPOND', officer)).toThrow(/needs an agreed Statement of Complaint/);
    expect(() => checkAction(hart, state({ stage: 2, drafted: true }), 'SIGN_OFF', [Role.HEAD_OF_SERVICE])).toThrow('Only COMPLAINTS_COORDINATOR can sign off a Stage 2 response.');
  });
});

describe('transitions', () => {
  it.each<[CaseAction, number, CaseStatus, CaseStatus]>([
    ['HOLD', 1, CaseStatus.OPEN, CaseStatus.ON_HOLD],
    ['RESUME', 1, CaseStatus.ON_HOLD, CaseStatus.OPEN],
    ['RESPOND', 1, CaseStatus.OPEN, CaseStatus.RESPONDED],
    ['RESPOND', 2, CaseStatus.OPEN, CaseStatus.OPEN], // Hart Stage 2: drafted until signed off
    ['SIGN_OFF', 2, CaseStatus.OPEN, CaseStatus.RESPONDED],
    ['ESCALATE', 1, CaseStatus.RESPONDED, CaseStatus.OPEN],
    ['REFER_TO_OMBUDSMAN', 2, CaseStatus.CLOSED, CaseStatus.WITH_OMBUDSMAN],
    ['RECORD_OMBUDSMAN_DECISION', 2, CaseStatus.WITH_OMBUDSMAN, CaseStatus.CLOSED],
    ['CLOSE', 1, CaseStatus.RESPONDED, CaseStatus.CLOSED],
    ['ACKNOWLEDGE', 1, CaseStatus.OPEN, CaseStatus.OPEN],
  ])('%s at Hart stage %i: %s → %s', (action, stage, from, to) => {
    expect(statusAfter(hart, { status: from, stage }, action)).toBe(to);
  });
});

describe('responses against the policy', () => {
  it('requires an apology where Hart is found at fault', () => {
    expect(code(() => checkResponse(hart, { outcome: Outcome.PARTIALLY_UPHELD, remedies: [Remedy.ACTION_TAKEN] }))).toBe('BAD_USER_INPUT');
    expect(code(() => checkResponse(hart, { outcome: Outcome.UPHELD, remedies: [Remedy.APOLOGY] }))).toBe('ALLOWED');
    expect(code(() => checkResponse(hart, { outcome: Outcome.NOT_UPHELD, remedies: [] }))).toBe('ALLOWED');
    expect(code(() => checkResponse(hampshire, { outcome: Outcome.UPHELD, remedies: [Remedy.EXPLANATION] }))).toBe('ALLOWED');
  });

  it('needs a reason not to investigate, and remedies the policy knows', () => {
    expect(() => checkResponse(hart, { outcome: Outcome.NOT_INVESTIGATED, remedies: [] })).toThrow(expect.objectContaining({ field: 'input.notInvestigatedReason' }));
    expect(code(() => checkResponse(hart, { outcome: Outcome.NOT_INVESTIGATED, remedies: [], notInvestigatedReason: 'Anonymous, no detail' }))).toBe('ALLOWED');
    expect(() => checkResponse(hampshire, { outcome: Outcome.UPHELD, remedies: [Remedy.FINANCIAL_REMEDY, Remedy.OTHER] })).toThrow(/FINANCIAL_REMEDY, OTHER are not a remedy/);
    expect(() => checkResponse(hampshire, { outcome: Outcome.UPHELD, remedies: [Remedy.OTHER] })).toThrow(/OTHER is not a remedy/);
    expect(() => checkResponse({ ...hart, outcomes: [Outcome.UPHELD] }, { outcome: Outcome.NOT_UPHELD, remedies: [] })).toThrow(expect.objectContaining({ field: 'input.outcome' }));
  });
});

describe('escalation', () => {
  it('opens the next stage once the stage has replied or its deadline has passed', () => {
    expect(escalationTarget(hart, state({ responded: true, status: CaseStatus.RESPONDED }), '2026-11-30')).toEqual({ toStage: 2, toStageName: 'Stage 2', skipped: false, explanation: '' });
    expect(escalationTarget(hart, state(), '2026-12-08').toStage).toBe(2);
    expect(() => escalationTarget(hart, state(), '2026-12-07')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('never skips a stage, and says so', () => {
    const d = escalationTarget(hampshire, state({ responded: true }), '2026-11-30', 3);
    expect(d).toMatchObject({ toStage: 2, skipped: true, explanation: 'Stages cannot be skipped, so your complaint moves to Stage 2 rather than Stage 3.' });
  });

  it('points to the Ombudsman after the final stage, and refuses while the Ombudsman has it', () => {
    expect(() => escalationTarget(hampshire, state({ stage: 3, responded: true }), '2026-11-30')).toThrow(/last stage .* Local Government and Social Care Ombudsman .* 0300 061 0614/);
    expect(() => escalationTarget(hart, state({ status: CaseStatus.WITH_OMBUDSMAN }), '2026-11-30')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe('independence of later stages', () => {
  it('keeps Hampshire Stage 2 away from whoever handled Stage 1; Hart does not require it', () => {
    expect(() => checkIndependence(hampshire, 2, 'officer-a', ['officer-a'])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'assigneeId' }));
    expect(code(() => checkIndependence(hampshire, 2, 'officer-b', ['officer-a']))).toBe('ALLOWED');
    expect(code(() => checkIndependence(hart, 2, 'officer-a', ['officer-a']))).toBe('ALLOWED');
  });
});
