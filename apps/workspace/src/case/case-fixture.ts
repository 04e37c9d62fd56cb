import type { StaffMember } from '../data/operations';
import type { CaseRecord, CaseStage } from './case-operations';

/*
 * A case as the API answers for it (Hart, Stage 2, answered at Stage 1, awaiting sign-off), for the view-model and
 * view tests: fixed dates a council officer could check by hand (Monday 11 January 2027 is a working day).
 */

const stage = (over: Partial<CaseStage>): CaseStage => ({
  number: 1,
  name: 'Stage 1',
  openedAt: '2026-12-01T10:00:00Z',
  acknowledgeBy: '2026-12-04',
  acknowledgedAt: '2026-12-02T09:30:00Z',
  respondBy: '2026-12-15',
  respondedAt: '2026-12-14T15:00:00Z',
  extensionWorkingDays: 0,
  outcome: 'NOT_UPHELD',
  remedies: [],
  findings: 'Collections were made as scheduled.',
  lessonsLearned: null,
  awaitingSignOff: false,
  expectedResponseBy: null,
  workingDaysLeft: null,
  breaches: [],
  ...over,
});

export const hartCase = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  id: '5b0c1f0e-6c5e-4c79-9a52-0e7b6a1d2c33',
  reference: 'HDC-2026-000042',
  kind: 'COMPLAINT',
  channel: 'WEB_FORM',
  serviceArea: 'waste',
  summary: 'Bin missed three weeks running',
  status: 'OPEN',
  assigneeId: 'hart-head-of-service',
  overdue: false,
  receivedAt: '2026-12-01T10:00:00Z',
  lateComplaint: false,
  categories: ['FAILURE_TO_PROVIDE_SERVICE'],
  staffInvolved: [],
  allowedActions: ['RECORD_CONTACT', 'SIGN_OFF', 'RETURN_FOR_CHANGES', 'SET_CATEGORIES'],
  ombudsmanReference: null,
  ombudsmanEnquiryRespondBy: null,
  ombudsmanDecision: null,
  council: {
    id: 'hart',
    name: 'Hart District Council',
    serviceAreas: [{ code: 'waste', name: 'Bin collection and recycling' }],
    policy: {
      stages: [
        { number: 0, name: 'Informal resolution', maxExtensionWorkingDays: null, signOffRole: null },
        { number: 1, name: 'Stage 1', maxExtensionWorkingDays: 10, signOffRole: null },
        { number: 2, name: 'Stage 2', maxExtensionWorkingDays: 10, signOffRole: 'COMPLAINTS_COORDINATOR' },
      ],
    },
  },
  stage: stage({
    number: 2,
    name: 'Stage 2',
    openedAt: '2027-01-04T11:00:00Z',
    acknowledgeBy: '2027-01-07',
    acknowledgedAt: null,
    respondBy: '2027-02-01',
    respondedAt: null,
    extensionWorkingDays: 5,
    outcome: 'PARTIALLY_UPHELD',
    remedies: ['APOLOGY'],
    findings: 'Crews found the bin out late\non two of the five dates.',
    lessonsLearned: 'Check the round sheet before marking a bin as not presented.',
    awaitingSignOff: true,
    workingDaysLeft: 3,
  }),
  stages: [],
  complainant: {
    id: '0f0e7a55-9d0c-4a1e-8a0e-5e9d3c2b1a00',
    type: 'RESIDENT',
    name: 'Jo Bloggs',
    email: 'jo@example.org',
    phone: null,
    postalAddress: '1 Elvetham Road\nFleet',
    contactPreference: 'EMAIL',
    restricted: true,
    adjustments: [{ id: 'a1', kind: 'LARGE_PRINT', need: '16 point print', recordedAt: '2026-12-02T09:00:00Z', reviewOn: '2027-06-01' }],
  },
  representative: null,
  timeline: [
    { at: '2026-12-01T10:00:00Z', type: 'CASE_OPENED', actor: null, detail: 'Opened at Stage 1' },
    { at: '2027-01-11T14:05:00Z', type: 'RESPONDED', actor: 'Tom Briggs', detail: 'Drafted <for sign-off>' },
    { at: '2027-01-04T11:00:00Z', type: 'SOMETHING_NEW', actor: 'Amy Clarke', detail: null },
  ],
  remedyActions: [
    {
      id: 'r1',
      stage: 1,
      remedy: 'APOLOGY',
      ownerId: 'hart-officer',
      dueOn: '2027-01-15',
      completedAt: null,
      note: null,
      overdue: false,
    },
  ],
  messages: [
    {
      id: 'm1',
      kind: 'ACKNOWLEDGEMENT',
      method: 'EMAIL',
      recipient: 'jo@example.org',
      subject: 'Your complaint HDC-2026-000042',
      body: 'Dear Jo Bloggs\n\nWe have received your complaint.',
      status: 'SENT',
      createdAt: '2026-12-02T09:30:00Z',
      sentAt: '2026-12-02T09:30:05Z',
      failure: null,
    },
    {
      id: 'm2',
      kind: 'RESPONSE',
      method: 'LETTER',
      recipient: 'Jo Bloggs',
      subject: 'Our response',
      body: 'Dear Jo Bloggs',
      status: 'SENT',
      createdAt: '2026-12-14T15:00:00Z',
      sentAt: '2026-12-14T15:01:00Z',
      failure: null,
    },
    {
      id: 'm3',
      kind: 'HOLD',
      method: null,
      recipient: null,
      subject: 'Paused',
      body: '',
      status: 'SUPPRESSED',
      createdAt: '2026-12-10T15:00:00Z',
      sentAt: null,
      failure: 'contact is restricted',
    },
  ],
  ...over,
});

/** The first two stages, for the stages list. */
export const withStages = (c: CaseRecord): CaseRecord => ({ ...c, stages: [stage({}), c.stage] });

export const DIRECTORY: StaffMember[] = [
  { id: 'hart-officer', name: 'Amy Clarke', roles: ['OFFICER'], serviceAreas: ['waste'], managerId: null, email: null },
  { id: 'hart-head-of-service', name: 'Tom Briggs', roles: ['HEAD_OF_SERVICE'], serviceAreas: ['waste'], managerId: null, email: null },
  { id: 'hart-coordinator', name: 'Priya Shah', roles: ['COMPLAINTS_COORDINATOR'], serviceAreas: [], managerId: null, email: null },
  { id: 'hart-analyst', name: 'Dana Lee', roles: ['ANALYST'], serviceAreas: [], managerId: null, email: null },
];
