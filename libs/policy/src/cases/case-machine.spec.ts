import { CaseStatus, HoldReason, Role } from '../enums';
import { HAMPSHIRE_POLICY } from '../policies/hampshire.policy';
import { HART_POLICY } from '../policies/hart.policy';
import { LGSCO_CODE_POLICY } from '../policies/lgsco-code.policy';
import type { CouncilPolicy } from '../policies/policy.types';
import { CodedError } from '../coded-error';
import type { CaseActor, CaseSnapshot, TransitionInput } from './case-machine';
import { openCase } from './case-snapshot.fixture';
import {
  CASE_ACTION_RULES,
  CaseAction,
  allowedActions,
  assertTransition,
  assignmentAction,
  checkTransition,
  rolesFor,
} from './case-machine';

const A = CaseAction;
const S = CaseStatus;
const officer: CaseActor = { id: 'officer-1', roles: [Role.OFFICER] };
const otherOfficer: CaseActor = { id: 'officer-2', roles: [Role.OFFICER] };
const wasteOfficer: CaseActor = { id: 'officer-3', roles: [Role.OFFICER], serviceAreas: ['waste'] };
const head: CaseActor = { id: 'head-1', roles: [Role.HEAD_OF_SERVICE], serviceAreas: ['waste', 'planning'] };
const otherHead: CaseActor = { id: 'head-2', roles: [Role.HEAD_OF_SERVICE], serviceAreas: ['housing'] };
const admin: CaseActor = { id: 'admin-1', roles: [Role.ADMIN] };
const resident: CaseActor = { id: 'PUBLIC', roles: [], kind: 'COMPLAINANT' };
const system: CaseActor = { id: 'system', roles: [], kind: 'SYSTEM' };
const coordinator: CaseActor = { id: 'jce', roles: [Role.COMPLAINTS_COORDINATOR] };
const contactCentre: CaseActor = { id: 'cc-1', roles: [Role.CONTACT_CENTRE] };
const analyst: CaseActor = { id: 'an-1', roles: [Role.ANALYST] };
const drafted = new Date('2026-11-27T10:00:00Z');

// Stage 1 of a Hart complaint received Tuesday 17 November 2026, assigned to officer-1; today is Friday 20 November.
const state = (over: Partial<CaseSnapshot> = {}): CaseSnapshot => openCase(over);

type Row = [string, CouncilPolicy, Partial<CaseSnapshot>, CaseAction, CaseActor, Partial<TransitionInput>, CaseStatus | [string, RegExp]];

const rows: Row[] = [
  // acknowledge
  ['the handler acknowledges', HART_POLICY, {}, A.ACKNOWLEDGE, officer, {}, S.OPEN],
  ['a manager may acknowledge before assignment', HART_POLICY, { assigneeId: null }, A.ACKNOWLEDGE, head, {}, S.OPEN],
  [
    'an officer may not acknowledge a case that is not theirs',
    HART_POLICY,
    { assigneeId: null },
    A.ACKNOWLEDGE,
    otherOfficer,
    {},
    ['FORBIDDEN', /^Only the case's handler, the Head of Service for waste or the complaints coordinator can acknowledge the complaint\.$/],
  ],
  ['no second acknowledgement', HART_POLICY, { acknowledgedAt: drafted }, A.ACKNOWLEDGE, officer, {}, ['CONFLICT', /already acknowledged/]],
  [
    'no acknowledgement of an anonymous complaint',
    HART_POLICY,
    { anonymous: true },
    A.ACKNOWLEDGE,
    officer,
    {},
    ['CONFLICT', /no one to contact/],
  ],
  [
    'an analyst cannot acknowledge',
    HART_POLICY,
    {},
    A.ACKNOWLEDGE,
    analyst,
    {},
    ['FORBIDDEN', /^Only officer or head of service or complaints coordinator can acknowledge the complaint at Stage 1\.$/],
  ],
  [
    'a closed case cannot be acknowledged',
    HART_POLICY,
    { status: S.CLOSED },
    A.ACKNOWLEDGE,
    officer,
    {},
    ['CONFLICT', /^You cannot acknowledge the complaint while the case is closed\.$/],
  ],
  // take (Hart s.1 "take ownership"; s.6.1 "An Officer ... will be allocated")
  ['an officer takes an unassigned case of their service area', HART_POLICY, { assigneeId: null }, A.TAKE, wasteOfficer, {}, S.OPEN],
  [
    'not one of another service area',
    HART_POLICY,
    { assigneeId: null },
    A.TAKE,
    officer,
    {},
    ['FORBIDDEN', /^You can take only cases of a service area you work in; this one is waste\.$/],
  ],
  [
    'not one that already has a handler',
    HART_POLICY,
    {},
    A.TAKE,
    wasteOfficer,
    {},
    ['CONFLICT', /already has a handler \(officer-1\): ask a manager to reassign it/],
  ],
  [
    'not at a stage a Head of Service handles',
    HART_POLICY,
    { stage: 2, assigneeId: null },
    A.TAKE,
    wasteOfficer,
    {},
    ['FORBIDDEN', /^Stage 2 is handled by a head of service: it is assigned, not taken\.$/],
  ],
  [
    'not a closed case',
    HART_POLICY,
    { status: S.CLOSED, assigneeId: null },
    A.TAKE,
    wasteOfficer,
    {},
    ['CONFLICT', /take the case while the case is closed/],
  ],
  [
    'a Head of Service assigns rather than takes',
    HART_POLICY,
    { assigneeId: null },
    A.TAKE,
    head,
    {},
    ['FORBIDDEN', /^Only officer can take the case at Stage 1\.$/],
  ],
  // assign
  ['a manager assigns', HART_POLICY, {}, A.ASSIGN, head, {}, S.OPEN],
  ['an officer cannot assign', HART_POLICY, {}, A.ASSIGN, officer, {}, ['FORBIDDEN', /can assign the case/]],
  // extend
  ['the handler agrees an open-ended Hart extension', HART_POLICY, {}, A.EXTEND, officer, { extensionWorkingDays: 15 }, S.OPEN],
  ['a manager may extend a colleague’s case', HART_POLICY, {}, A.EXTEND, head, { extensionWorkingDays: 5 }, S.OPEN],
  [
    'another officer may not',
    HART_POLICY,
    {},
    A.EXTEND,
    otherOfficer,
    { extensionWorkingDays: 5 },
    ['FORBIDDEN', /Only the case's handler, the Head of Service for waste or the complaints coordinator can agree an extension/],
  ],
  [
    'a Head of Service unknown to the directory heads no service area',
    HART_POLICY,
    {},
    A.EXTEND,
    { id: 'head-9', roles: [Role.HEAD_OF_SERVICE] },
    { extensionWorkingDays: 5 },
    ['FORBIDDEN', /Head of Service for waste/],
  ],
  [
    'nor the Head of Service of another service area',
    HART_POLICY,
    {},
    A.EXTEND,
    otherHead,
    { extensionWorkingDays: 5 },
    ['FORBIDDEN', /Head of Service for waste/],
  ],
  ['the coordinator may', HART_POLICY, {}, A.EXTEND, coordinator, { extensionWorkingDays: 5 }, S.OPEN],
  ['ADMIN has the coordinator’s powers', HART_POLICY, {}, A.EXTEND, admin, { extensionWorkingDays: 5 }, S.OPEN],
  [
    'a resident cannot agree an extension',
    HART_POLICY,
    {},
    A.EXTEND,
    resident,
    { extensionWorkingDays: 5 },
    ['FORBIDDEN', /^Only council staff can agree an extension\.$/],
  ],
  [
    'an unassigned case cannot be extended',
    HART_POLICY,
    { assigneeId: null },
    A.EXTEND,
    officer,
    { extensionWorkingDays: 5 },
    ['CONFLICT', /Assign the case to a handler before you agree an extension/],
  ],
  [
    'the Code caps Stage 1 extensions at 10 days in total',
    LGSCO_CODE_POLICY,
    { extensionWorkingDays: 3 },
    A.EXTEND,
    officer,
    { extensionWorkingDays: 8 },
    ['BAD_USER_INPUT', /at most 10 working days of extension at Stage 1; 3 already agreed/],
  ],
  ['up to the cap is fine', LGSCO_CODE_POLICY, { extensionWorkingDays: 3 }, A.EXTEND, officer, { extensionWorkingDays: 7 }, S.OPEN],
  ['an extension of no days', HART_POLICY, {}, A.EXTEND, officer, {}, ['BAD_USER_INPUT', /at least 1/]],
  [
    'no extension without someone to agree it with',
    HART_POLICY,
    { anonymous: true },
    A.EXTEND,
    officer,
    { extensionWorkingDays: 2 },
    ['CONFLICT', /anonymous complaint cannot be given an agreed extension/],
  ],
  [
    'no extension after the response',
    HART_POLICY,
    { respondedAt: drafted },
    A.EXTEND,
    officer,
    { extensionWorkingDays: 2 },
    ['CONFLICT', /already has a response/],
  ],
  // hold and resume
  ['hold an open case', HART_POLICY, {}, A.HOLD, officer, {}, S.ON_HOLD],
  ['not twice', HART_POLICY, { status: S.ON_HOLD }, A.HOLD, officer, {}, ['CONFLICT', /put the case on hold while the case is on hold/]],
  [
    'not with a drafted response',
    HART_POLICY,
    { stage: 2, responseDraftedAt: drafted },
    A.HOLD,
    head,
    {},
    ['CONFLICT', /already has a response/],
  ],
  ['resume a held case', HART_POLICY, { status: S.ON_HOLD }, A.RESUME, officer, {}, S.OPEN],
  ['only a held case resumes', HART_POLICY, {}, A.RESUME, officer, {}, ['CONFLICT', /resume the case while the case is open/]],
  // statement of complaint
  [
    'agreeing the statement resumes a case held for it',
    HAMPSHIRE_POLICY,
    { status: S.ON_HOLD, holdReason: HoldReason.AWAITING_STATEMENT_OF_COMPLAINT, statementRequired: true },
    A.AGREE_STATEMENT,
    officer,
    {},
    S.OPEN,
  ],
  [
    'but not one held for something else',
    HAMPSHIRE_POLICY,
    { status: S.ON_HOLD, holdReason: HoldReason.CONCURRENT_PROCEDURE },
    A.AGREE_STATEMENT,
    officer,
    {},
    S.ON_HOLD,
  ],
  ['an open case stays open', HAMPSHIRE_POLICY, {}, A.AGREE_STATEMENT, officer, {}, S.OPEN],
  [
    'Hart has no Statement of Complaint',
    HART_POLICY,
    {},
    A.AGREE_STATEMENT,
    officer,
    {},
    ['CONFLICT', /^Hart District Council's policy does not use a Statement of Complaint\.$/],
  ],
  // respond
  ['Hart Stage 1: the handler responds to their case and it is issued', HART_POLICY, {}, A.RESPOND, officer, {}, S.RESPONDED],
  [
    'Hart Stage 1: an officer may not respond to a case that is not theirs',
    HART_POLICY,
    {},
    A.RESPOND,
    otherOfficer,
    {},
    ['FORBIDDEN', /^Only the case's handler, the Head of Service for waste or the complaints coordinator can respond\.$/],
  ],
  [
    'Hampshire: no response before the required Statement of Complaint',
    HAMPSHIRE_POLICY,
    { statementRequired: true },
    A.RESPOND,
    officer,
    {},
    ['CONFLICT', /needs an agreed Statement of Complaint/],
  ],
  [
    'Hampshire: once agreed, the response is issued',
    HAMPSHIRE_POLICY,
    { statementRequired: true, statementAgreedAt: drafted },
    A.RESPOND,
    officer,
    {},
    S.RESPONDED,
  ],
  [
    'Hart Stage 2: an officer cannot respond',
    HART_POLICY,
    { stage: 2 },
    A.RESPOND,
    officer,
    {},
    ['FORBIDDEN', /^Only head of service or complaints coordinator can respond at Stage 2\.$/],
  ],
  [
    'Hart Stage 2: the Head of Service drafts; it stays open until signed off',
    HART_POLICY,
    { stage: 2, assigneeId: 'head-1' },
    A.RESPOND,
    head,
    {},
    S.OPEN,
  ],
  [
    'Hampshire Stage 3 is for the Information Governance Team',
    HAMPSHIRE_POLICY,
    { stage: 3, assigneeId: 'head-1' },
    A.RESPOND,
    head,
    {},
    ['FORBIDDEN', /^Only complaints coordinator can respond at Stage 3\.$/],
  ],
  [
    'no response while on hold',
    HART_POLICY,
    { status: S.ON_HOLD },
    A.RESPOND,
    officer,
    {},
    ['CONFLICT', /respond while the case is on hold/],
  ],
  [
    'no second response',
    HART_POLICY,
    { stage: 2, assigneeId: 'head-1', responseDraftedAt: drafted },
    A.RESPOND,
    head,
    {},
    ['CONFLICT', /already has a response/],
  ],
  // sign off
  [
    'the Joint Chief Executive signs off Hart Stage 2',
    HART_POLICY,
    { stage: 2, responseDraftedAt: drafted },
    A.SIGN_OFF,
    coordinator,
    {},
    S.RESPONDED,
  ],
  [
    'the Head of Service cannot sign off their own',
    HART_POLICY,
    { stage: 2, responseDraftedAt: drafted },
    A.SIGN_OFF,
    head,
    {},
    ['FORBIDDEN', /^Only complaints coordinator can sign off the response at Stage 2\.$/],
  ],
  ['nothing to sign off', HART_POLICY, { stage: 2 }, A.SIGN_OFF, coordinator, {}, ['CONFLICT', /no drafted response awaiting sign-off/]],
  [
    'already issued',
    HART_POLICY,
    { stage: 2, status: S.OPEN, responseDraftedAt: drafted, respondedAt: drafted },
    A.SIGN_OFF,
    coordinator,
    {},
    ['CONFLICT', /no drafted response awaiting sign-off/],
  ],
  [
    'Stage 1 needs no sign-off',
    HART_POLICY,
    { responseDraftedAt: drafted },
    A.SIGN_OFF,
    coordinator,
    {},
    ['CONFLICT', /need no sign-off under Hart District Council's policy/],
  ],
  // escalate
  ['escalate after the response', HART_POLICY, { status: S.RESPONDED, respondedAt: drafted }, A.ESCALATE, contactCentre, {}, S.OPEN],
  ['not before the response or its deadline', HART_POLICY, {}, A.ESCALATE, officer, {}, ['CONFLICT', /which has not replied yet/]],
  [
    'not past the final stage: the Ombudsman',
    HART_POLICY,
    { stage: 2, status: S.RESPONDED, respondedAt: drafted },
    A.ESCALATE,
    officer,
    {},
    ['BAD_USER_INPUT', /last stage.*www\.lgo\.org\.uk/],
  ],
  [
    'a resident’s own request escalates, on the timing rules alone',
    HART_POLICY,
    { status: S.RESPONDED, respondedAt: drafted, assigneeId: null },
    A.ESCALATE,
    resident,
    {},
    S.OPEN,
  ],
  ['but not before the response or its deadline', HART_POLICY, {}, A.ESCALATE, resident, {}, ['CONFLICT', /which has not replied yet/]],
  [
    'the system is held to the status and timing rules only',
    HART_POLICY,
    { status: S.RESPONDED, respondedAt: drafted },
    A.ESCALATE,
    system,
    {},
    S.OPEN,
  ],
  [
    'another officer cannot escalate a case not theirs',
    HART_POLICY,
    { status: S.RESPONDED, respondedAt: drafted },
    A.ESCALATE,
    otherOfficer,
    {},
    ['FORBIDDEN', /Only the case's handler/],
  ],
  ['an analyst cannot escalate', HART_POLICY, { status: S.RESPONDED }, A.ESCALATE, analyst, {}, ['FORBIDDEN', /escalate the case/]],
  // the Ombudsman
  [
    'the coordinator records a referral to the Ombudsman',
    HART_POLICY,
    { stage: 2, status: S.RESPONDED },
    A.REFER_TO_OMBUDSMAN,
    coordinator,
    {},
    S.WITH_OMBUDSMAN,
  ],
  [
    'an officer cannot',
    HART_POLICY,
    { stage: 2, status: S.RESPONDED },
    A.REFER_TO_OMBUDSMAN,
    officer,
    {},
    ['FORBIDDEN', /refer the case to the Ombudsman/],
  ],
  [
    'not twice',
    HART_POLICY,
    { stage: 2, status: S.WITH_OMBUDSMAN },
    A.REFER_TO_OMBUDSMAN,
    coordinator,
    {},
    ['CONFLICT', /while the case is with ombudsman/],
  ],
  [
    "the Ombudsman's decision closes the case",
    HART_POLICY,
    { stage: 2, status: S.WITH_OMBUDSMAN },
    A.RECORD_OMBUDSMAN_DECISION,
    coordinator,
    {},
    S.CLOSED,
  ],
  [
    'the coordinator answers the Ombudsman’s enquiry',
    HART_POLICY,
    { stage: 2, status: S.WITH_OMBUDSMAN },
    A.ANSWER_OMBUDSMAN_ENQUIRY,
    coordinator,
    {},
    S.WITH_OMBUDSMAN,
  ],
  [
    'no enquiry to answer without a referral',
    HART_POLICY,
    {},
    A.ANSWER_OMBUDSMAN_ENQUIRY,
    coordinator,
    {},
    ['CONFLICT', /answer the Ombudsman's enquiry while the case is open/],
  ],
  [
    'no decision without a referral',
    HART_POLICY,
    {},
    A.RECORD_OMBUDSMAN_DECISION,
    coordinator,
    {},
    ['CONFLICT', /record the Ombudsman's decision while the case is open/],
  ],
  // contacts
  ['the contact centre records a call on a closed case', HART_POLICY, { status: S.CLOSED }, A.RECORD_CONTACT, contactCentre, {}, S.CLOSED],
  [
    'an officer not on the case records none',
    HART_POLICY,
    {},
    A.RECORD_CONTACT,
    otherOfficer,
    {},
    ['FORBIDDEN', /Only the case's handler/],
  ],
  // taking and assigning: independence (Hampshire Stage 2 "suitably removed"; Hart s.11 "without bias")
  [
    'no one the complaint is about takes it',
    HART_POLICY,
    { assigneeId: null, staffInvolved: ['officer-3'] },
    A.TAKE,
    wasteOfficer,
    {},
    ['FORBIDDEN', /officer-3 is named among the staff this complaint is about/],
  ],
  [
    'or is assigned it',
    HART_POLICY,
    { staffInvolved: ['officer-2'] },
    A.ASSIGN,
    head,
    { assigneeId: 'officer-2' },
    ['FORBIDDEN', /officer-2 is named among the staff/],
  ],
  [
    'Hampshire Stage 2: not whoever handled Stage 1',
    HAMPSHIRE_POLICY,
    { stage: 2, earlierHandlers: ['officer-2'] },
    A.ASSIGN,
    head,
    { assigneeId: 'officer-2' },
    ['FORBIDDEN', /Stage 2.*must be handled by someone not involved at an earlier stage; officer-2 was/],
  ],
  [
    'Hampshire Stage 2: someone else',
    HAMPSHIRE_POLICY,
    { stage: 2, earlierHandlers: ['officer-2'] },
    A.ASSIGN,
    head,
    { assigneeId: 'officer-1' },
    S.OPEN,
  ],
  [
    'Hart Stage 2 asks for no independence',
    HART_POLICY,
    { stage: 2, earlierHandlers: ['head-2'] },
    A.ASSIGN,
    head,
    { assigneeId: 'head-2' },
    S.OPEN,
  ],
  // sign-off refused
  [
    'the Joint Chief Executive returns a Hart Stage 2 draft',
    HART_POLICY,
    { stage: 2, responseDraftedAt: drafted },
    A.RETURN_FOR_CHANGES,
    coordinator,
    {},
    S.OPEN,
  ],
  [
    'nothing to return without a draft',
    HART_POLICY,
    { stage: 2 },
    A.RETURN_FOR_CHANGES,
    coordinator,
    {},
    ['CONFLICT', /no drafted response awaiting sign-off/],
  ],
  [
    'a Head of Service cannot return what the Joint Chief Executive signs off',
    HART_POLICY,
    { stage: 2, responseDraftedAt: drafted },
    A.RETURN_FOR_CHANGES,
    head,
    {},
    ['FORBIDDEN', /Only complaints coordinator can return the response for changes/],
  ],
  // delays (Code 5: the reason and a new date)
  ['the handler gives a new date', HART_POLICY, {}, A.NOTIFY_DELAY, officer, { newRespondBy: '2026-12-04' }, S.OPEN],
  [
    'the new date comes after the promised one',
    HART_POLICY,
    {},
    A.NOTIFY_DELAY,
    officer,
    { newRespondBy: '2026-12-01' },
    ['BAD_USER_INPUT', /must be Wednesday 2 December 2026 or later/],
  ],
  [
    'and after a date already given',
    HART_POLICY,
    { expectedResponseBy: '2026-12-08' },
    A.NOTIFY_DELAY,
    officer,
    { newRespondBy: '2026-12-08' },
    ['BAD_USER_INPUT', /must be Wednesday 9 December 2026 or later/],
  ],
  [
    'and after today when the promise has passed',
    HART_POLICY,
    { respondBy: '2026-11-10' },
    A.NOTIFY_DELAY,
    officer,
    {},
    ['BAD_USER_INPUT', /must be Monday 23 November 2026 or later/],
  ],
  [
    'no delay notice once answered',
    HART_POLICY,
    { respondedAt: drafted },
    A.NOTIFY_DELAY,
    officer,
    { newRespondBy: '2026-12-04' },
    ['CONFLICT', /already has a response/],
  ],
  [
    'nobody to tell of an anonymous complaint',
    HART_POLICY,
    { anonymous: true },
    A.NOTIFY_DELAY,
    officer,
    { newRespondBy: '2026-12-04' },
    ['CONFLICT', /no one to contact/],
  ],
  // late complaints (Hart s.6; Hampshire "at the discretion of the Corporate Complaints Team")
  [
    'a late complaint waits for the coordinator before it is answered',
    HART_POLICY,
    { lateComplaintPending: true },
    A.RESPOND,
    officer,
    {},
    ['CONFLICT', /made out of time: the complaints coordinator must first decide/],
  ],
  [
    'a complaint refused as late has no next stage, for the resident either',
    HART_POLICY,
    { status: S.CLOSED, respondedAt: drafted, refusedAsLate: true },
    A.ESCALATE,
    resident,
    {},
    ['CONFLICT', /made out of time, so it has no next stage: the complainant may ask the Ombudsman/],
  ],
  ['but may be acknowledged', HART_POLICY, { lateComplaintPending: true }, A.ACKNOWLEDGE, officer, {}, S.OPEN],
  [
    'the coordinator accepts it',
    HART_POLICY,
    { lateComplaintPending: true },
    A.DECIDE_LATE_COMPLAINT,
    coordinator,
    { accept: true },
    S.OPEN,
  ],
  ['or refuses it: closed', HART_POLICY, { lateComplaintPending: true }, A.DECIDE_LATE_COMPLAINT, coordinator, { accept: false }, S.CLOSED],
  [
    'only the coordinator decides',
    HART_POLICY,
    { lateComplaintPending: true },
    A.DECIDE_LATE_COMPLAINT,
    head,
    { accept: true },
    ['FORBIDDEN', /Only complaints coordinator can decide whether a late complaint is considered/],
  ],
  [
    'and only once',
    HART_POLICY,
    {},
    A.DECIDE_LATE_COMPLAINT,
    coordinator,
    { accept: true },
    ['CONFLICT', /No decision on a late complaint is waiting/],
  ],
  // categories and the staff involved
  ['the handler corrects the categories of a closed case', HART_POLICY, { status: S.CLOSED }, A.SET_CATEGORIES, officer, {}, S.CLOSED],
  ['a manager names the staff involved', HART_POLICY, {}, A.SET_STAFF_INVOLVED, head, { staffInvolved: ['officer-2'] }, S.OPEN],
  [
    'not the handler, who must be replaced first',
    HART_POLICY,
    {},
    A.SET_STAFF_INVOLVED,
    head,
    { staffInvolved: ['officer-1'] },
    ['CONFLICT', /officer-1 handles this case: assign another handler/],
  ],
  // restrictions, adjustments, remedies
  ['a Head of Service restricts contact', HART_POLICY, {}, A.RESTRICT_CONTACT, head, {}, S.OPEN],
  [
    'an officer does not',
    HART_POLICY,
    {},
    A.RESTRICT_CONTACT,
    officer,
    {},
    ['FORBIDDEN', /Only head of service or complaints coordinator/],
  ],
  [
    'no restriction on an anonymous complaint',
    HART_POLICY,
    { anonymous: true },
    A.RESTRICT_CONTACT,
    head,
    {},
    ['CONFLICT', /no one to contact/],
  ],
  ['the contact centre records an adjustment', HART_POLICY, { assigneeId: null }, A.RECORD_ADJUSTMENT, contactCentre, {}, S.OPEN],
  [
    'a remedy is recorded as done',
    HART_POLICY,
    { status: S.CLOSED, remedyActionOwners: ['officer-1'] },
    A.COMPLETE_REMEDY_ACTION,
    officer,
    {},
    S.CLOSED,
  ],
  [
    'only when one is waiting',
    HART_POLICY,
    { status: S.CLOSED },
    A.COMPLETE_REMEDY_ACTION,
    officer,
    {},
    ['CONFLICT', /No remedy action is waiting/],
  ],
  // close
  ['close after the response', HART_POLICY, { status: S.RESPONDED, respondedAt: drafted }, A.CLOSE, officer, {}, S.CLOSED],
  ['not before', HART_POLICY, {}, A.CLOSE, officer, {}, ['CONFLICT', /close the case while the case is open/]],
];

describe('the case state machine', () => {
  it.each(rows)('%s', (_why, policy, over, action, actor, extra, expected) => {
    const check = checkTransition({ policy, state: state(over), action, actor, now: new Date('2026-11-20T10:00:00Z'), ...extra });
    if (Array.isArray(expected)) {
      expect(check).toMatchObject({ allowed: false, code: expected[0], reason: expect.stringMatching(expected[1]) });
    } else {
      expect(check).toMatchObject({ allowed: true, to: expected });
    }
  });

  it('escalation moves to the next stage', () => {
    const input = {
      policy: HAMPSHIRE_POLICY,
      state: state({ status: S.RESPONDED, respondedAt: drafted }),
      action: A.ESCALATE,
      actor: officer,
      now: drafted,
      requestedStage: 3,
    };
    expect(assertTransition(input)).toEqual({ to: S.OPEN, toStage: 2 });
    expect(assertTransition({ ...input, action: A.CLOSE })).toEqual({ to: S.CLOSED, toStage: 1 });
  });

  it('names the input at fault', () => {
    const check = checkTransition({
      policy: LGSCO_CODE_POLICY,
      state: state({ extensionWorkingDays: 3 }),
      action: A.EXTEND,
      actor: officer,
      now: drafted,
      extensionWorkingDays: 8,
    });
    expect(check).toMatchObject({ allowed: false, field: 'workingDays' });
    expect(() =>
      assertTransition({ policy: HART_POLICY, state: state(), action: A.EXTEND, actor: officer, now: drafted, extensionWorkingDays: 0 }),
    ).toThrow(expect.objectContaining({ field: 'workingDays' }));
    expect(checkTransition({ policy: HART_POLICY, state: state(), action: A.ASSIGN, actor: officer, now: drafted })).not.toHaveProperty(
      'field',
    );
  });

  it('assertTransition throws a CodedError carrying the code', () => {
    const call = () => assertTransition({ policy: HART_POLICY, state: state(), action: A.ASSIGN, actor: officer, now: drafted });
    expect(call).toThrow(CodedError);
    expect(call).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('tells taking a case from assigning it', () => {
    expect(assignmentAction(wasteOfficer, 'officer-3')).toBe(A.TAKE);
    expect(assignmentAction(wasteOfficer, 'officer-1')).toBe(A.ASSIGN);
    expect(assignmentAction(head, 'head-1')).toBe(A.ASSIGN);
    expect(assignmentAction(admin, 'admin-1')).toBe(A.ASSIGN);
  });

  describe('allowedActions: what a person may do to the case now', () => {
    const now = new Date('2026-11-20T10:00:00Z');
    it.each<[string, CouncilPolicy, Partial<CaseSnapshot>, CaseActor, CaseAction[]]>([
      [
        'the handler of a new Hart case',
        HART_POLICY,
        {},
        officer,
        [
          A.ACKNOWLEDGE,
          A.EXTEND,
          A.HOLD,
          A.RESPOND,
          A.RECORD_CONTACT,
          A.NOTIFY_DELAY,
          A.SET_CATEGORIES,
          A.SET_STAFF_INVOLVED,
          A.RECORD_ADJUSTMENT,
        ],
      ],
      ['another officer: nothing', HART_POLICY, {}, otherOfficer, []],
      ['an officer of its service area, before anyone has it: take it', HART_POLICY, { assigneeId: null }, wasteOfficer, [A.TAKE]],
      ['an analyst: nothing', HART_POLICY, {}, analyst, []],
      [
        'the Head of Service of the area: also assigns',
        HART_POLICY,
        {},
        head,
        [
          A.ASSIGN,
          A.ACKNOWLEDGE,
          A.EXTEND,
          A.HOLD,
          A.RESPOND,
          A.RECORD_CONTACT,
          A.NOTIFY_DELAY,
          A.SET_CATEGORIES,
          A.SET_STAFF_INVOLVED,
          A.RESTRICT_CONTACT,
          A.RECORD_ADJUSTMENT,
        ],
      ],
      ['the Head of Service of another area: nothing', HART_POLICY, {}, otherHead, []],
      ['the contact centre: records contacts and adjustments', HART_POLICY, {}, contactCentre, [A.RECORD_CONTACT, A.RECORD_ADJUSTMENT]],
      [
        'an anonymous case: no acknowledgement or extension',
        HART_POLICY,
        { anonymous: true },
        officer,
        [A.HOLD, A.RESPOND, A.RECORD_CONTACT, A.SET_CATEGORIES, A.SET_STAFF_INVOLVED],
      ],
      [
        'a responded case: close or escalate',
        HART_POLICY,
        { status: S.RESPONDED, respondedAt: drafted, acknowledgedAt: drafted },
        officer,
        [A.ESCALATE, A.RECORD_CONTACT, A.SET_CATEGORIES, A.SET_STAFF_INVOLVED, A.RECORD_ADJUSTMENT, A.CLOSE],
      ],
      [
        'no extension once the cap is reached',
        LGSCO_CODE_POLICY,
        { extensionWorkingDays: 10, acknowledgedAt: drafted },
        officer,
        [
          A.HOLD,
          A.AGREE_STATEMENT,
          A.RESPOND,
          A.RECORD_CONTACT,
          A.NOTIFY_DELAY,
          A.SET_CATEGORIES,
          A.SET_STAFF_INVOLVED,
          A.RECORD_ADJUSTMENT,
        ],
      ],
      ['a resident may only ask for the next stage', HART_POLICY, { status: S.RESPONDED, respondedAt: drafted }, resident, [A.ESCALATE]],
    ])('%s', (_why, policy, over, actor, expected) => {
      expect(allowedActions(policy, state(over), actor, now)).toEqual(expected);
    });
  });

  it('says which roles may act at each stage', () => {
    expect(rolesFor(HART_POLICY, 2, A.RESPOND)).toEqual([Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR]);
    expect(rolesFor(HART_POLICY, 2, A.SIGN_OFF)).toEqual([Role.COMPLAINTS_COORDINATOR]);
    expect(rolesFor(HART_POLICY, 1, A.SIGN_OFF)).toEqual([Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR]);
    expect(rolesFor(HAMPSHIRE_POLICY, 3, A.RESPOND)).toEqual([Role.COMPLAINTS_COORDINATOR]);
    expect(() => rolesFor(HAMPSHIRE_POLICY, 0, A.RESPOND)).toThrow(/has no stage 0/);
  });

  it('describes every action: what it does, who, whether it needs an assignee', () => {
    for (const action of Object.values(CaseAction)) {
      const rule = CASE_ACTION_RULES[action];
      expect([typeof rule.summary, typeof rule.verb, typeof rule.needsAssignee, rule.from.length > 0]).toEqual([
        'string',
        'string',
        'boolean',
        true,
      ]);
    }
    expect(Object.values(CaseAction).filter((a) => CASE_ACTION_RULES[a].needsAssignee)).toEqual([
      A.EXTEND,
      A.AGREE_STATEMENT,
      A.RESPOND,
      A.NOTIFY_DELAY,
    ]);
  });
});
