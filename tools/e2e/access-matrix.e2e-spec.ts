import { randomUUID } from 'node:crypto';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { ACTION_ROLES, CaseAction, Role } from '@redress/policy';
import {
  eventually,
  expectationProblem,
  gql,
  inParallel,
  leakedMarkers,
  startPlatform,
  subgraphUrl,
  supergraphRootFields,
} from '../testing';
import type { Expectation, GraphQLResponse, RunningPlatform, SubgraphName } from '../testing';

/*
 * The access matrix: every root Query and Mutation of the supergraph × every kind of caller × both councils,
 * through the gateway AND against the owning subgraph directly (a subgraph reached directly must refuse just the
 * same). The expected table comes from DESIGN.md ("Security model") and the policy core (libs/policy), never from
 * the resolvers: ACTION_ROLES for the case actions, the role lists below for everything else.
 *
 * Every call is made once, in beforeAll (reads in parallel; each case mutation on a case of its own, its refused
 * callers first, while the case is in a state where the action could go ahead, then its permitted callers one at
 * a time); each row below then checks the answer it got.
 */

// About 4,000 calls are made in beforeAll: half a minute on a quiet 2-core machine, several under a loaded CI run.
jest.setTimeout(400_000);

type CouncilId = 'hart' | 'hampshire';
type Response = GraphQLResponse<Record<string, unknown>>;
type Vars = Record<string, unknown>;

const COUNCILS: readonly CouncilId[] = ['hart', 'hampshire'];
const otherCouncil = (c: CouncilId): CouncilId => (c === 'hart' ? 'hampshire' : 'hart');
const PREFIX: Record<CouncilId, string> = { hart: 'HDC', hampshire: 'HCC' };
const SERVICE: Record<CouncilId, string> = { hart: 'waste', hampshire: 'highways' };
const EMAIL_DOMAIN: Record<CouncilId, string> = { hart: 'hart.gov.uk', hampshire: 'hants.gov.uk' };

const { CONTACT_CENTRE, OFFICER, HEAD_OF_SERVICE, COMPLAINTS_COORDINATOR, ANALYST, MEMBER, ADMIN } = Role;
const ROLES: readonly Role[] = [CONTACT_CENTRE, OFFICER, HEAD_OF_SERVICE, COMPLAINTS_COORDINATOR, ANALYST, MEMBER, ADMIN];
/** Seeded staff ids (apps/casework/src/staff/staff.seed.ts); no ADMIN is seeded, so `hart-admin` is a token only. */
const SUB_SUFFIX: Record<Role, string> = {
  CONTACT_CENTRE: 'contact-centre',
  OFFICER: 'officer',
  HEAD_OF_SERVICE: 'head-of-service',
  COMPLAINTS_COORDINATOR: 'coordinator',
  ANALYST: 'analyst',
  MEMBER: 'member',
  ADMIN: 'admin',
};
const subOf = (council: CouncilId, role: Role): string => `${council}-${SUB_SUFFIX[role]}`;

// Who may do what (ADMIN may do everything within its own council, so it is never listed).
// DESIGN: personal data for case handlers of that council only; analysts and the Member Responsible for Complaints
// (Code s.9) see aggregates.
const CASE_HANDLERS: readonly Role[] = [CONTACT_CENTRE, OFFICER, HEAD_OF_SERVICE, COMPLAINTS_COORDINATOR];
const ALL_STAFF: readonly Role[] = ROLES;
/** The council's figures: analysts, the managers and the Member Responsible for Complaints (libs/policy FIGURES_READERS). */
const FIGURES_READERS: readonly Role[] = [ANALYST, COMPLAINTS_COORDINATOR, HEAD_OF_SERVICE, MEMBER];
/** Chase and record remedies: the owners of the actions, not the contact centre (libs/policy REMEDY_HANDLERS). */
const REMEDY_HANDLERS: readonly Role[] = [OFFICER, HEAD_OF_SERVICE, COMPLAINTS_COORDINATOR];
/** Unreasonable behaviour: the coordinator or a Head of Service. */
const CONTACT_RESTRICTERS: readonly Role[] = [COMPLAINTS_COORDINATOR, HEAD_OF_SERVICE];
/** Comments and compliments, with what residents wrote: the complaint handlers, not the contact centre (libs/policy FEEDBACK_READERS). */
const FEEDBACK_READERS: readonly Role[] = [OFFICER, HEAD_OF_SERVICE, COMPLAINTS_COORDINATOR];
/** Subject access and erasure: the complaints coordinator (libs/policy DATA_PROTECTION_ROLES). */
const DATA_PROTECTION_ROLES: readonly Role[] = [COMPLAINTS_COORDINATOR];
/** The annual report's own words (self-assessment, governing body's response): the coordinator (libs/policy ANNUAL_REPORT_EDITORS). */
const ANNUAL_REPORT_EDITORS: readonly Role[] = [COMPLAINTS_COORDINATOR];

type Caller = { kind: 'PUBLIC' } | { kind: 'FORGED' } | { kind: 'EXPIRED' } | { kind: 'STAFF'; council: CouncilId; role: Role };
const callerName = (c: Caller): string =>
  c.kind === 'STAFF' ? `${c.council} ${c.role}` : c.kind === 'PUBLIC' ? 'PUBLIC (no token)' : `${c.kind} token`;

/** none: not tied to a council; council: takes a councilId; record: names a case, complainant, action or reference. */
type Scope = 'none' | 'council' | 'record';

interface RecordFixture {
  id: string;
  reference: string;
  summary: string;
  name: string;
  email: string;
  complainantId: string;
  remedyActionId: string;
  /** A contact restriction on the complainant (liftContactRestriction). */
  restrictionId: string;
  /** A message sent to the complainant (resendMessage): the receipt. */
  messageId: string;
}
interface CouncilFixture {
  base: RecordFixture;
  serviceRequest: RecordFixture;
  own: Map<string, RecordFixture>;
}
interface VarsContext {
  target: CouncilId;
  caller: Caller;
  record: RecordFixture;
  fx: CouncilFixture;
}

interface Operation {
  /** The row's name: the field, with a variant where one field has two rules (submitFeedback's channels). */
  label: string;
  field: string;
  document: string;
  /** The document sent to the owning subgraph directly, where the gateway's also reaches into another subgraph. */
  directDocument?: string;
  variables: (v: VarsContext) => Vars;
  /** The public (no token) may call it. */
  public: boolean;
  /** Staff roles allowed, within their own council (ADMIN always). */
  roles: readonly Role[];
  scope: Scope;
  /** It acts on a case of its own, made ready by `prepare`; its callers run refused first, then one at a time. */
  ownCase?: { prepare: (council: CouncilId, c: RecordFixture) => Promise<void> };
  /** It changes a shared record (a service request): callers run refused first, then one at a time. */
  sequential?: boolean;
  /** Which record the call names (default: the council's base case). */
  uses?: 'serviceRequest';
  /** A federation internal: reached only on this subgraph. */
  directOnly?: SubgraphName;
  /** Tried by this route only, on a case of its own (an action that hands the case to someone else). */
  route?: Route;
  /** For a permitted caller of the council: what the answer must show (own records, nothing of another council). */
  check?: (data: unknown, v: VarsContext) => string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// The platform, tokens and fixtures.

let platform: RunningPlatform;
const tokens = new Map<string, string>();
const fixtures = {} as Record<CouncilId, CouncilFixture>;
const results = new Map<string, { res: Response; sent: Vars }>();

const staffToken = (council: CouncilId, role: Role): string => tokens.get(`${council} ${role}`)!;
function tokenFor(caller: Caller, target: CouncilId): string | undefined {
  if (caller.kind === 'PUBLIC') return undefined;
  if (caller.kind === 'STAFF') return staffToken(caller.council, caller.role);
  return tokens.get(`${target} ${caller.kind}`)!;
}

async function act(council: CouncilId, role: Role, document: string, variables: Vars): Promise<Record<string, unknown>> {
  const res = await gql(platform.gatewayUrl, document, variables, staffToken(council, role));
  if (res.errors?.length) throw new Error(`setup: ${council} ${role}: ${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data!;
}

const SUBMIT = 'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }';
const CASE_BY_REF = 'query C($r: String!) { case(reference: $r) { id reference complainant { id } remedyActions { id } } }';
interface CaseRead {
  id: string;
  reference: string;
  complainant: { id: string } | null;
  remedyActions: { id: string }[];
}

async function submitRecord(council: CouncilId, label: string, kind: 'COMPLAINT' | 'SERVICE_REQUEST'): Promise<RecordFixture> {
  const tag = randomUUID().slice(0, 8);
  const summary = `Matrix ${label} ${tag}`;
  const name = `Quillon ${tag} Vantree`;
  const email = `matrix.${tag}@example.org`;
  const res = await gql<{ submitFeedback: { reference: string; outcome: string } }>(platform.gatewayUrl, SUBMIT, {
    i: {
      councilId: council,
      kind,
      channel: 'WEB_FORM',
      serviceArea: SERVICE[council],
      summary,
      details: `Details for ${summary}.`,
      complainant: { type: 'RESIDENT', name, email },
    },
  });
  const reference = res.data?.submitFeedback.reference;
  if (!reference) throw new Error(`setup: submit ${council} ${label}: ${JSON.stringify(res.errors)}`);
  const record: RecordFixture = {
    id: '',
    reference,
    summary,
    name,
    email,
    complainantId: '',
    remedyActionId: '',
    restrictionId: '',
    messageId: '',
  };
  if (kind !== 'COMPLAINT') return record;
  if (res.data!.submitFeedback.outcome !== 'ACCEPTED')
    throw new Error(`setup: ${council} ${label} was ${res.data!.submitFeedback.outcome}`);
  const opened = await eventually(
    async () => (await act(council, COMPLAINTS_COORDINATOR, CASE_BY_REF, { r: reference })).case as CaseRead | null,
    20_000,
  );
  return { ...record, id: opened.id, complainantId: opened.complainant!.id };
}

// Case commands used to put a case into the state an action needs (as the council's own staff, via the gateway).
const assign = (council: CouncilId, c: RecordFixture) =>
  act(council, COMPLAINTS_COORDINATOR, 'mutation A($id: ID!, $a: ID!) { assignCase(caseId: $id, assigneeId: $a) { id } }', {
    id: c.id,
    a: subOf(council, OFFICER),
  });
const acknowledge = (council: CouncilId, c: RecordFixture) =>
  act(council, OFFICER, 'mutation K($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: c.id });
const respond = (council: CouncilId, c: RecordFixture, input: Vars) =>
  act(council, OFFICER, 'mutation R($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
    id: c.id,
    i: input,
  });
const hold = (council: CouncilId, c: RecordFixture) =>
  act(council, COMPLAINTS_COORDINATOR, 'mutation H($id: ID!) { holdCase(caseId: $id, reason: AWAITING_CUSTOMER) { id } }', { id: c.id });
const refer = (council: CouncilId, c: RecordFixture) =>
  act(
    council,
    COMPLAINTS_COORDINATOR,
    'mutation O($id: ID!) { referToOmbudsman(caseId: $id, ombudsmanReference: "26 000 001", enquiryRespondBy: "2099-01-15") { id } }',
    { id: c.id },
  );
const answered = async (
  council: CouncilId,
  c: RecordFixture,
  input: Vars = { outcome: 'NOT_UPHELD', findings: 'Collections were made as scheduled.' },
) => {
  await assign(council, c);
  await acknowledge(council, c);
  await respond(council, c, input);
};
const nothing = async () => undefined;
const TRACK = 'query T($r: String!, $e: String!) { trackCase(reference: $r, email: $e) { status } }';
/** Intake's tracking projection follows casework's events: wait until it shows the case (in a given status). */
const tracked = (c: RecordFixture, status?: string) =>
  eventually(async () => {
    const t = (await gql<{ trackCase: { status: string } | null }>(platform.gatewayUrl, TRACK, { r: c.reference, e: c.email })).data
      ?.trackCase;
    return t && (!status || t.status === status) ? t : null;
  }, 20_000);

// ---------------------------------------------------------------------------------------------------------------
// The operations: every root field of the supergraph (see the coverage test), plus one `_entities` call.

const caseIdVars = ({ record }: VarsContext): Vars => ({ id: record.id });
const councilVars = ({ target }: VarsContext): Vars => ({ c: target });
const officerOf = ({ caller, target }: VarsContext): string => subOf(caller.kind === 'STAFF' ? caller.council : target, OFFICER);

function onlyOwn(list: unknown, what: string, ok: (item: Record<string, unknown>) => boolean, atLeastOne = false): string | null {
  if (!Array.isArray(list)) return `expected a list of ${what}, got ${JSON.stringify(list)}`;
  if (atLeastOne && list.length === 0) return `expected at least one ${what}`;
  const foreign = (list as Record<string, unknown>[]).filter((item) => !ok(item));
  return foreign.length ? `another council's ${what} in the answer: ${JSON.stringify(foreign).slice(0, 300)}` : null;
}
const isCase = (data: unknown, v: VarsContext): string | null =>
  (data as { reference?: string } | null)?.reference === v.record.reference
    ? null
    : `expected case ${v.record.reference}, got ${JSON.stringify(data)}`;

const caseCommand = (
  label: string,
  action: CaseAction,
  signature: string,
  call: string,
  extra: (v: VarsContext) => Vars,
  prepare: (council: CouncilId, c: RecordFixture) => Promise<unknown>,
): Operation => ({
  label,
  field: label,
  document: `mutation M($id: ID!${signature}) { ${label}(caseId: $id${call}) { id } }`,
  variables: (v) => ({ ...caseIdVars(v), ...extra(v) }),
  public: false,
  roles: ACTION_ROLES[action],
  scope: 'record',
  ownCase: { prepare: async (council, c) => void (await prepare(council, c)) },
});

const FIGURES_ARGS = { from: '2026-01-01', to: '2027-12-31' };

const OPERATIONS: readonly Operation[] = [
  // Queries
  {
    label: 'councils',
    field: 'councils',
    document: '{ councils { id name } }',
    variables: () => ({}),
    public: true,
    roles: ALL_STAFF,
    scope: 'none',
  },
  {
    label: 'council',
    field: 'council',
    document: 'query Q($c: ID!) { council(id: $c) { id name } }',
    variables: councilVars,
    public: true,
    roles: ALL_STAFF,
    scope: 'none',
  },
  {
    label: 'trackCase',
    field: 'trackCase',
    document: 'query T($r: String!, $e: String!) { trackCase(reference: $r, email: $e) { reference status } }',
    variables: ({ record }) => ({ r: record.reference, e: record.email }),
    public: true,
    roles: ALL_STAFF,
    scope: 'none',
  },
  {
    label: 'case',
    field: 'case',
    document: 'query C($r: String!) { case(reference: $r) { id reference summary complainant { name email } } }',
    variables: ({ record }) => ({ r: record.reference }),
    public: false,
    roles: CASE_HANDLERS,
    scope: 'record',
    check: isCase,
  },
  {
    label: 'cases',
    field: 'cases',
    document: 'query L($f: CaseFilter) { cases(filter: $f, first: 50) { totalCount edges { node { reference summary } } } }',
    variables: ({ target }) => ({ f: { councilId: target } }),
    public: false,
    roles: CASE_HANDLERS,
    scope: 'council',
    check: (data, v) =>
      onlyOwn(
        (data as { edges?: { node: Record<string, unknown> }[] } | null)?.edges?.map((e) => e.node),
        'case',
        (n) => String(n.reference).startsWith(`${PREFIX[v.target]}-`),
        true,
      ),
  },
  {
    label: 'staff',
    field: 'staff',
    document: 'query S($c: ID!) { staff(councilId: $c) { id name email } }',
    variables: councilVars,
    public: false,
    // The directory names staff and their emails: not for the Member, who sees aggregates only (Code s.9).
    roles: [...CASE_HANDLERS, ANALYST],
    scope: 'council',
    // Each of the council's own, each with an email in the council's domain (the seeded directory).
    check: (data, v) => {
      const foreign = onlyOwn(data, 'member of staff', (m) => String(m.id).startsWith(`${v.target}-`), true);
      if (foreign) return foreign;
      const domain = `@${EMAIL_DOMAIN[v.target]}`;
      const noEmail = (data as { id: string; email: string | null }[]).filter((m) => !m.email?.endsWith(domain)).map((m) => m.id);
      return noEmail.length ? `no ${domain} email for ${noEmail.join(', ')}` : null;
    },
  },
  {
    label: 'feedback',
    field: 'feedback',
    document: 'query F($c: ID!) { feedback(councilId: $c, kind: COMPLIMENT, from: "2026-01-01", to: "2099-12-31") { reference praised } }',
    variables: councilVars,
    public: false,
    roles: FEEDBACK_READERS,
    scope: 'council',
    check: (data, v) => onlyOwn(data, 'compliment', (f) => String(f.reference).startsWith(`${PREFIX[v.target]}-`)),
  },
  {
    label: 'outstandingRemedyActions',
    field: 'outstandingRemedyActions',
    document: 'query O($c: ID!) { outstandingRemedyActions(councilId: $c) { id reference } }',
    variables: councilVars,
    public: false,
    roles: REMEDY_HANDLERS,
    scope: 'council',
    check: (data, v) => onlyOwn(data, 'remedy action', (a) => String(a.reference).startsWith(`${PREFIX[v.target]}-`)),
  },
  {
    label: 'statistics',
    field: 'statistics',
    document:
      'query S($c: ID!, $from: Date!, $to: Date!) { statistics(councilId: $c, from: $from, to: $to, groupBy: KIND) { key received } }',
    variables: (v) => ({ ...councilVars(v), ...FIGURES_ARGS }),
    public: false,
    roles: FIGURES_READERS,
    scope: 'council',
  },
  {
    label: 'slaCompliance',
    field: 'slaCompliance',
    document:
      'query S($c: ID!, $from: Date!, $to: Date!) { slaCompliance(councilId: $c, from: $from, to: $to) { respondedOnTime openOverdue } }',
    variables: (v) => ({ ...councilVars(v), ...FIGURES_ARGS }),
    public: false,
    roles: FIGURES_READERS,
    scope: 'council',
  },
  {
    label: 'trend',
    field: 'trend',
    document:
      'query S($c: ID!, $from: Date!, $to: Date!) { ' +
      'trend(councilId: $c, metric: RECEIVED, interval: MONTH, from: $from, to: $to) { period value } }',
    variables: (v) => ({ ...councilVars(v), ...FIGURES_ARGS }),
    public: false,
    roles: FIGURES_READERS,
    scope: 'council',
  },
  {
    label: 'quarterlyReport',
    field: 'quarterlyReport',
    document: 'query S($c: ID!) { quarterlyReport(councilId: $c, year: 2026, quarter: 3) { councilId compliments lessonsLearned } }',
    variables: councilVars,
    public: false,
    roles: FIGURES_READERS,
    scope: 'council',
  },
  {
    label: 'annualReport',
    field: 'annualReport',
    document: 'query S($c: ID!) { annualReport(councilId: $c, year: 2026) { councilId complaints selfAssessment { section evidence } } }',
    variables: councilVars,
    public: false,
    roles: FIGURES_READERS,
    scope: 'council',
  },
  {
    label: 'recordSelfAssessment',
    field: 'recordSelfAssessment',
    document:
      'mutation R($c: ID!) { recordSelfAssessment(councilId: $c, year: 2026, ' +
      'input: { section: "4.1", compliant: true, evidence: "The complaints team is named in the policy" }) { section evidence } }',
    variables: councilVars,
    public: false,
    roles: ANNUAL_REPORT_EDITORS,
    scope: 'council',
    sequential: true,
  },
  {
    label: 'updateAnnualReport',
    field: 'updateAnnualReport',
    document:
      'mutation U($c: ID!) { updateAnnualReport(councilId: $c, year: 2026, input: { governanceResponse: "Noted by the committee" }) ' +
      '{ councilId governanceResponse } }',
    variables: councilVars,
    public: false,
    roles: ANNUAL_REPORT_EDITORS,
    scope: 'council',
    sequential: true,
  },
  {
    label: '_entities (Case by id)',
    field: '_entities',
    document:
      'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id reference summary complainant { name email } } } }',
    variables: ({ record }) => ({ r: [{ __typename: 'Case', id: record.id }] }),
    public: false,
    roles: CASE_HANDLERS,
    scope: 'record',
    directOnly: 'CASEWORK',
    check: (data, v) => isCase(Array.isArray(data) ? data[0] : null, v),
  },

  // Casework mutations: the roles are the policy core's ACTION_ROLES for the CaseAction of the same name.
  // An officer naming themselves takes the case (TAKE, their own service area); a manager assigns (ASSIGN).
  {
    ...caseCommand('assignCase', CaseAction.ASSIGN, ', $a: ID!', ', assigneeId: $a', (v) => ({ a: officerOf(v) }), nothing),
    roles: [...ACTION_ROLES[CaseAction.ASSIGN], ...ACTION_ROLES[CaseAction.TAKE]],
  },
  caseCommand('acknowledgeCase', CaseAction.ACKNOWLEDGE, '', '', () => ({}), assign),
  caseCommand(
    'agreeExtension',
    CaseAction.EXTEND,
    '',
    ', workingDays: 1, reason: "Waiting for the crew report, agreed by phone"',
    () => ({}),
    async (c, r) => (await assign(c, r), acknowledge(c, r)),
  ),
  // An officer acts on the cases they handle (the policy core's case machine): each case is assigned to the officer first.
  caseCommand('holdCase', CaseAction.HOLD, '', ', reason: AWAITING_CUSTOMER', () => ({}), assign),
  caseCommand(
    'resumeCase',
    CaseAction.RESUME,
    '',
    '',
    () => ({}),
    async (c, r) => (await assign(c, r), hold(c, r)),
  ),
  // Callers after the first give the same date, no longer later than the one given: BAD_USER_INPUT, not a refusal.
  caseCommand(
    'notifyDelay',
    CaseAction.NOTIFY_DELAY,
    ', $d: Date!',
    ', newRespondBy: $d, reason: "Waiting for the crew report"',
    () => ({ d: '2027-06-30' }),
    assign,
  ),
  caseCommand(
    'respondToCase',
    CaseAction.RESPOND,
    ', $i: CaseResponseInput!',
    ', input: $i',
    () => ({ i: { outcome: 'NOT_UPHELD', findings: 'Collections were made as scheduled.' } }),
    async (c, r) => (await assign(c, r), acknowledge(c, r)),
  ),
  caseCommand(
    'signOffResponse',
    CaseAction.SIGN_OFF,
    '',
    '',
    () => ({}),
    async (c, r) => (await assign(c, r), acknowledge(c, r)),
  ),
  // Escalating hands the case to the Head of Service: each route gets a case of its own.
  ...(['gateway', 'CASEWORK'] as const).map((route) => ({
    ...caseCommand(
      'escalateCase',
      CaseAction.ESCALATE,
      '',
      ', reason: "The customer is still unhappy"',
      () => ({}),
      (c, r) => answered(c, r),
    ),
    label: `escalateCase (${route === 'gateway' ? 'gateway' : 'casework'})`,
    route,
  })),
  caseCommand(
    'closeCase',
    CaseAction.CLOSE,
    '',
    '',
    () => ({}),
    (c, r) => answered(c, r),
  ),
  caseCommand(
    'agreeStatementOfComplaint',
    CaseAction.AGREE_STATEMENT,
    '',
    ', statement: "The missed collections since October"',
    () => ({}),
    assign,
  ),
  caseCommand('referToOmbudsman', CaseAction.REFER_TO_OMBUDSMAN, '', ', ombudsmanReference: "26 000 002"', () => ({}), nothing),
  caseCommand('answerOmbudsmanEnquiry', CaseAction.ANSWER_OMBUDSMAN_ENQUIRY, '', ', summary: "Sent the file"', () => ({}), refer),
  caseCommand(
    'recordOmbudsmanDecision',
    CaseAction.RECORD_OMBUDSMAN_DECISION,
    ', $i: OmbudsmanDecisionInput!',
    ', input: $i',
    () => ({ i: { decision: 'NOT_UPHELD', summary: 'No further action' } }),
    refer,
  ),
  caseCommand(
    'recordContact',
    CaseAction.RECORD_CONTACT,
    ', $i: ContactInput!',
    ', input: $i',
    () => ({ i: { direction: 'INBOUND', channel: 'TELEPHONE', summary: 'Customer rang for an update' } }),
    assign,
  ),
  // Neither base stage needs sign-off and no case is late: the permitted get CONFLICT (the rule), never FORBIDDEN.
  caseCommand('returnForChanges', CaseAction.RETURN_FOR_CHANGES, '', ', reason: "Say what the crews found"', () => ({}), nothing),
  caseCommand(
    'decideLateComplaint',
    CaseAction.DECIDE_LATE_COMPLAINT,
    '',
    ', accept: true, reason: "A good reason for the delay"',
    () => ({}),
    nothing,
  ),
  caseCommand('setCaseCategories', CaseAction.SET_CATEGORIES, '', ', categories: [DELAY, STAFF_BEHAVIOUR]', () => ({}), assign),
  caseCommand(
    'setStaffInvolved',
    CaseAction.SET_STAFF_INVOLVED,
    ', $s: [ID!]!',
    ', staffIds: $s',
    ({ target }) => ({ s: [subOf(target, CONTACT_CENTRE)] }),
    assign,
  ),
  {
    label: 'restrictContact',
    field: 'restrictContact',
    document: 'mutation X($i: ContactRestrictionInput!) { restrictContact(input: $i) { id complainantId } }',
    variables: (v) => ({
      i: {
        complainantId: v.record.complainantId,
        reason: 'Repeated abusive calls',
        restrictions: 'One email a week',
        singlePointOfContactId: officerOf(v),
        reviewOn: '2099-01-01',
      },
    }),
    public: false,
    roles: CONTACT_RESTRICTERS,
    scope: 'record',
    ownCase: { prepare: nothing },
  },
  {
    label: 'liftContactRestriction',
    field: 'liftContactRestriction',
    document: 'mutation L($id: ID!) { liftContactRestriction(id: $id, reason: "Behaviour has improved") { id liftedAt } }',
    variables: ({ record }) => ({ id: record.restrictionId }),
    public: false,
    // Those who restrict lift (a second lift is a CONFLICT: already lifted).
    roles: CONTACT_RESTRICTERS,
    scope: 'record',
    ownCase: {
      prepare: async (council, c) => {
        const made = await act(
          council,
          COMPLAINTS_COORDINATOR,
          'mutation X($i: ContactRestrictionInput!) { restrictContact(input: $i) { id } }',
          {
            i: {
              complainantId: c.complainantId,
              reason: 'Repeated abusive calls',
              restrictions: 'Telephone calls',
              allowedMethods: ['EMAIL'],
              singlePointOfContactId: subOf(council, OFFICER),
              reviewOn: '2099-01-01',
            },
          },
        );
        c.restrictionId = (made.restrictContact as { id: string }).id;
      },
    },
  },
  // Adjustments and preferences: the case machine's RECORD_ADJUSTMENT on one of the person's cases (an officer: their own).
  {
    label: 'recordReasonableAdjustment',
    field: 'recordReasonableAdjustment',
    document:
      'mutation A($c: ID!) { recordReasonableAdjustment(complainantId: $c, kind: LARGE_PRINT, need: "16 point", reviewOn: "2099-01-01") ' +
      '{ id adjustments { kind need } } }',
    variables: ({ record }) => ({ c: record.complainantId }),
    public: false,
    roles: ACTION_ROLES[CaseAction.RECORD_ADJUSTMENT],
    scope: 'record',
    ownCase: { prepare: async (council, c) => void (await assign(council, c)) },
  },
  {
    label: 'setContactPreference',
    field: 'setContactPreference',
    document: 'mutation P($c: ID!) { setContactPreference(complainantId: $c, preference: LETTER) { id contactPreference } }',
    variables: ({ record }) => ({ c: record.complainantId }),
    public: false,
    roles: ACTION_ROLES[CaseAction.RECORD_ADJUSTMENT],
    scope: 'record',
    ownCase: { prepare: async (council, c) => void (await assign(council, c)) },
  },
  {
    label: 'completeRemedyAction',
    field: 'completeRemedyAction',
    document: 'mutation D($a: ID!) { completeRemedyAction(actionId: $a, note: "Apology sent") { id reference } }',
    variables: ({ record }) => ({ a: record.remedyActionId }),
    public: false,
    roles: REMEDY_HANDLERS,
    scope: 'record',
    ownCase: {
      prepare: async (council, c) => {
        await answered(council, c, {
          outcome: 'PARTIALLY_UPHELD',
          findings: 'Two collections were missed.',
          remedies: ['APOLOGY', 'ACTION_TAKEN'],
        });
        const read = (await act(council, COMPLAINTS_COORDINATOR, CASE_BY_REF, { r: c.reference })).case as CaseRead;
        if (!read.remedyActions.length) throw new Error(`setup: ${c.reference} has no remedy actions`);
        c.remedyActionId = read.remedyActions[0].id;
      },
    },
  },

  // Staff alerts: each member of staff reads and marks their own (another's alert reads as missing).
  {
    label: 'myAlerts',
    field: 'myAlerts',
    document: '{ myAlerts(unreadOnly: false) { id kind reference message } }',
    variables: () => ({}),
    public: false,
    roles: ALL_STAFF,
    scope: 'none',
  },
  {
    label: 'markAlertRead',
    field: 'markAlertRead',
    document: 'mutation M($id: ID!) { markAlertRead(id: $id) { id readAt } }',
    variables: () => ({ id: randomUUID() }),
    public: false,
    roles: ALL_STAFF,
    scope: 'none',
  },

  // What the customer would receive (casework renders it): their address and the case's words, for case handlers only.
  {
    label: 'previewMessage',
    field: 'previewMessage',
    document: 'query P($id: ID!) { previewMessage(caseId: $id, kind: ACKNOWLEDGEMENT) { kind method recipient subject body } }',
    variables: caseIdVars,
    public: false,
    roles: CASE_HANDLERS,
    scope: 'record',
    check: (data, v) => {
      const p = data as { recipient?: string; subject?: string } | null;
      return p?.recipient === v.record.email && p.subject?.includes(v.record.reference)
        ? null
        : `expected the acknowledgement to ${v.record.email} about ${v.record.reference}, got ${JSON.stringify(data)}`;
    },
  },

  // Communications: what was sent (personal data: case handlers of the council), and sending an email again.
  {
    label: 'resendMessage',
    field: 'resendMessage',
    document: 'mutation R($id: ID!) { resendMessage(messageId: $id) { id status } }',
    variables: ({ record }) => ({ id: record.messageId }),
    public: false,
    roles: CASE_HANDLERS,
    scope: 'record',
    // The receipt the web form's complaint was sent: each permitted caller sends it again (to the suite's own mail server).
    ownCase: {
      prepare: async (council, c) => {
        const read = 'query M($r: String!) { case(reference: $r) { messages { id } } }';
        const sent = await eventually(async () => {
          const found = (await act(council, COMPLAINTS_COORDINATOR, read, { r: c.reference })).case as {
            messages: { id: string }[] | null;
          };
          return found.messages?.[0] ?? null;
        }, 20_000);
        c.messageId = sent.id;
      },
    },
    check: (data, v) =>
      (data as { id?: string } | null)?.id === v.record.messageId
        ? null
        : `expected message ${v.record.messageId}, got ${JSON.stringify(data)}`,
  },
  {
    label: '_entities (Case messages by reference)',
    field: '_entities',
    document: 'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Case { reference messages { id recipient subject } } } }',
    variables: ({ record }) => ({ r: [{ __typename: 'Case', reference: record.reference }] }),
    public: false,
    roles: CASE_HANDLERS,
    scope: 'record',
    directOnly: 'COMMUNICATIONS',
    check: (data, v) => isCase(Array.isArray(data) ? data[0] : null, v),
  },

  // Data protection (intake, with the cases from casework by federation)
  {
    label: 'subjectAccessExport',
    field: 'subjectAccessExport',
    document:
      'query X($c: ID!, $e: String!) { ' +
      'subjectAccessExport(councilId: $c, email: $e) { councilId email submissions escalationRequests cases } }',
    // `cases` comes from casework (by federation): see the `_entities (SubjectAccessExport)` row for that half.
    directDocument:
      'query X($c: ID!, $e: String!) { subjectAccessExport(councilId: $c, email: $e) { councilId email submissions escalationRequests } }',
    variables: ({ target, record }) => ({ c: target, e: record.email }),
    public: false,
    roles: DATA_PROTECTION_ROLES,
    scope: 'council',
    check: (data, v) =>
      (data as { councilId?: string } | null)?.councilId === v.target
        ? null
        : `expected the export of ${v.target}, got ${JSON.stringify(data).slice(0, 200)}`,
  },
  {
    label: '_entities (SubjectAccessExport)',
    field: '_entities',
    document: 'query E($r: [_Any!]!) { _entities(representations: $r) { ... on SubjectAccessExport { councilId email cases } } }',
    variables: ({ target, record }) => ({ r: [{ __typename: 'SubjectAccessExport', councilId: target, email: record.email }] }),
    public: false,
    roles: DATA_PROTECTION_ROLES,
    scope: 'council',
    directOnly: 'CASEWORK',
    check: (data, v) => {
      const exported = (Array.isArray(data) ? data[0] : null) as { councilId?: string; cases?: unknown } | null;
      return exported?.councilId === v.target && JSON.stringify(exported.cases).includes(v.record.reference)
        ? null
        : `expected ${v.target}'s export with ${v.record.reference}, got ${JSON.stringify(data).slice(0, 200)}`;
    },
  },
  {
    label: 'eraseSubject',
    field: 'eraseSubject',
    document:
      'mutation X($c: ID!, $e: String!) { ' +
      'eraseSubject(councilId: $c, email: $e, reason: "Erasure request received by email") { erased references message } }',
    variables: ({ target, record }) => ({ c: target, e: record.email }),
    public: false,
    roles: DATA_PROTECTION_ROLES,
    scope: 'council',
    // Every case of the person closed, so that the first permitted caller really erases.
    ownCase: {
      prepare: async (council, c) => {
        await answered(council, c);
        await act(council, OFFICER, 'mutation Z($id: ID!) { closeCase(caseId: $id) { id } }', { id: c.id });
        await tracked(c, 'CLOSED');
      },
    },
  },

  // Intake mutations
  {
    label: 'requestEscalation',
    field: 'requestEscalation',
    document: 'mutation E($i: RequestEscalationInput!) { requestEscalation(input: $i) { reference accepted message } }',
    // The resident gives the reference and their email; staff may leave the email out.
    variables: ({ record, caller }) => ({
      i: { reference: record.reference, reason: 'Still unhappy', ...(caller.kind === 'STAFF' ? {} : { email: record.email }) },
    }),
    public: true,
    roles: ACTION_ROLES[CaseAction.ESCALATE],
    scope: 'record',
    ownCase: { prepare: nothing },
  },
  {
    label: 'submitFeedback (WEB_FORM)',
    field: 'submitFeedback',
    document: SUBMIT,
    variables: ({ target }) => ({
      i: {
        councilId: target,
        kind: 'COMPLAINT',
        channel: 'WEB_FORM',
        serviceArea: SERVICE[target],
        summary: `Matrix web form ${randomUUID()}`,
        details: 'Missed again.',
        complainant: { type: 'RESIDENT', name: 'Web Former', email: 'web.former@example.org' },
      },
    }),
    public: true,
    // Signed in, staff record contacts in the council's name: case handlers only (an analyst who is also a
    // resident uses the portal without signing in, like anyone else).
    roles: CASE_HANDLERS,
    scope: 'council',
  },
  {
    label: 'submitFeedback (TELEPHONE)',
    field: 'submitFeedback',
    document: SUBMIT,
    variables: ({ target }) => ({
      i: {
        councilId: target,
        kind: 'COMPLAINT',
        channel: 'TELEPHONE',
        serviceArea: SERVICE[target],
        summary: `Matrix telephone ${randomUUID()}`,
        details: 'Caller says missed again.',
        complainant: { type: 'RESIDENT', name: 'Pat Caller', phone: '01252 000000' },
      },
    }),
    public: false,
    roles: CASE_HANDLERS,
    scope: 'council',
  },
  {
    label: 'previewSubmission',
    field: 'previewSubmission',
    document: 'query P($i: SubmitFeedbackInput!) { previewSubmission(input: $i) { outcome message late } }',
    variables: ({ target }) => ({
      i: {
        councilId: target,
        kind: 'COMPLAINT',
        channel: 'WEB_FORM',
        serviceArea: SERVICE[target],
        summary: 'Matrix preview',
        details: 'Missed again.',
        complainant: { type: 'RESIDENT', name: 'Web Former', email: 'web.former@example.org' },
      },
    }),
    // As submitFeedback: the public, or staff recording a contact for their own council.
    public: true,
    roles: CASE_HANDLERS,
    scope: 'council',
  },
  {
    label: 'convertToComplaint',
    field: 'convertToComplaint',
    document:
      'mutation V($r: String!) { convertToComplaint(reference: $r, reason: "Third report of the same failure") { reference outcome } }',
    variables: ({ record }) => ({ r: record.reference }),
    public: false,
    roles: CASE_HANDLERS,
    scope: 'record',
    sequential: true,
    uses: 'serviceRequest',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The rows: operation × caller × council × route, each with what it must get.

const ROOT_FIELDS = supergraphRootFields();
const SUBGRAPH_OF = new Map(ROOT_FIELDS.map((f) => [f.name, f.subgraph]));

type Route = 'gateway' | SubgraphName;
interface Row {
  name: string;
  op: Operation;
  caller: Caller;
  target: CouncilId;
  route: Route;
  expected: Expectation;
}

function expectation(op: Operation, caller: Caller, target: CouncilId): Expectation {
  if (caller.kind === 'PUBLIC') return op.public ? 'PERMITTED' : 'UNAUTHENTICATED';
  if (caller.kind !== 'STAFF') return 'UNAUTHENTICATED';
  if (caller.role !== ADMIN && !op.roles.includes(caller.role)) return 'FORBIDDEN';
  if (caller.council === target || op.scope === 'none') return 'PERMITTED';
  return op.scope === 'council' ? 'FORBIDDEN' : 'HIDDEN';
}

const routeName = (route: Route): string => (route === 'gateway' ? 'gateway' : `${route.toLowerCase()} subgraph directly`);

function rowsOf(op: Operation): Row[] {
  const routes: Route[] = op.route ? [op.route] : op.directOnly ? [op.directOnly] : ['gateway', SUBGRAPH_OF.get(op.field)!];
  return COUNCILS.flatMap((target) => {
    const staff = (council: CouncilId): Caller[] => ROLES.map((role) => ({ kind: 'STAFF', council, role }));
    const callers: Caller[] = [
      { kind: 'PUBLIC' },
      { kind: 'FORGED' },
      { kind: 'EXPIRED' },
      ...staff(target),
      ...(op.scope === 'none' ? [] : staff(otherCouncil(target))),
    ];
    return callers.flatMap((caller) =>
      routes.map((route) => {
        const expected = expectation(op, caller, target);
        return {
          name: `${op.label} | ${callerName(caller)} on ${target} | ${routeName(route)} → ${expected}`,
          op,
          caller,
          target,
          route,
          expected,
        };
      }),
    );
  });
}

const ROWS: readonly Row[] = OPERATIONS.flatMap(rowsOf);

// ---------------------------------------------------------------------------------------------------------------

function contextOf(row: Row): VarsContext {
  const fx = fixtures[row.target];
  const record = row.op.uses === 'serviceRequest' ? fx.serviceRequest : row.op.ownCase ? fx.own.get(row.op.label)! : fx.base;
  return { target: row.target, caller: row.caller, record, fx };
}

async function execute(row: Row): Promise<void> {
  const sent = row.op.variables(contextOf(row));
  const url = row.route === 'gateway' ? platform.gatewayUrl : subgraphUrl(platform.ports, row.route);
  const document = row.route === 'gateway' ? row.op.document : (row.op.directDocument ?? row.op.document);
  const res = await gql(url, document, sent, tokenFor(row.caller, row.target));
  results.set(row.name, { res, sent });
}

/** Reads in parallel; for a row that changes a record: refused callers first (state untouched), then the permitted one by one. */
async function runMatrix(): Promise<void> {
  const chains = new Map<string, Row[]>();
  const tasks: (() => Promise<void>)[] = [];
  for (const row of ROWS) {
    if (!row.op.ownCase && !row.op.sequential) {
      tasks.push(() => execute(row));
      continue;
    }
    const key = `${row.op.label} ${row.target}`;
    if (!chains.has(key)) chains.set(key, []);
    chains.get(key)!.push(row);
  }
  for (const rows of chains.values()) {
    tasks.push(async () => {
      await Promise.all(rows.filter((r) => r.expected !== 'PERMITTED').map(execute));
      // The officer first, while the case is still theirs: an escalation by anyone else hands it to the Head of Service.
      const officerFirst = (r: Row) => (r.caller.kind === 'STAFF' && r.caller.role === OFFICER ? 0 : 1);
      const permitted = rows.filter((p) => p.expected === 'PERMITTED').sort((a, b) => officerFirst(a) - officerFirst(b));
      for (const r of permitted) await execute(r);
    });
  }
  await inParallel(tasks, 24);
}

async function prepareFixtures(): Promise<void> {
  await Promise.all(
    COUNCILS.map(async (council) => {
      const owners = OPERATIONS.filter((op) => op.ownCase);
      const [base, serviceRequest, ...own] = await Promise.all([
        submitRecord(council, 'base', 'COMPLAINT'),
        submitRecord(council, 'service request', 'SERVICE_REQUEST'),
        ...owners.map((op) => submitRecord(council, op.label, 'COMPLAINT')),
      ]);
      await Promise.all(owners.map((op, i) => op.ownCase!.prepare(council, own[i])));
      fixtures[council] = { base, serviceRequest, own: new Map(owners.map((op, i) => [op.label, own[i]])) };
      // So that trackCase and requestEscalation find the case in intake's projection.
      await Promise.all([base, own[owners.findIndex((op) => op.label === 'requestEscalation')]].map((c) => tracked(c)));
    }),
  );
}

async function signTokens(): Promise<void> {
  for (const council of COUNCILS) {
    for (const role of ROLES)
      tokens.set(
        `${council} ${role}`,
        await signDevToken({ sub: subOf(council, role), name: subOf(council, role), council, roles: [role] }, DEV_JWT_SECRET),
      );
    // The most powerful claims there are: refused only because the token itself is not good.
    const admin = { sub: subOf(council, ADMIN), name: 'Forger', council, roles: [ADMIN] };
    tokens.set(`${council} FORGED`, await signDevToken(admin, `${DEV_JWT_SECRET}-but-not-quite`));
    tokens.set(`${council} EXPIRED`, await signDevToken(admin, DEV_JWT_SECRET, '-1h'));
  }
}

beforeAll(async () => {
  platform = await startPlatform('access-matrix');
  await signTokens();
  await prepareFixtures();
  await runMatrix();
});
afterAll(async () => {
  await platform?.stop();
});

const markersOf = (r: RecordFixture): string[] => [r.reference, r.summary, r.name, r.email];

describe('the access matrix', () => {
  it('covers every root Query and Mutation field of the supergraph', () => {
    const covered = new Set(OPERATIONS.map((op) => op.field));
    expect(ROOT_FIELDS.map((f) => `${f.root}.${f.name}`).filter((f) => !covered.has(f.split('.')[1]))).toEqual([]);
    expect(OPERATIONS.filter((op) => !op.directOnly && !SUBGRAPH_OF.has(op.field)).map((op) => op.label)).toEqual([]);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  describe.each(OPERATIONS.map((op) => [op.label, op] as const))('%s', (_label, op) => {
    it.each(ROWS.filter((r) => r.op === op).map((r) => [r.name, r] as const))('%s', (_name, row) => {
      const result = results.get(row.name);
      if (!result) throw new Error('no answer was recorded for this row');
      const { res, sent } = result;
      const problems: string[] = [];
      const problem = expectationProblem(res, row.op.field, row.expected);
      if (problem) problems.push(problem);
      const v = contextOf(row);
      if (row.expected !== 'PERMITTED') {
        const leaked = leakedMarkers(res, markersOf(v.record), sent);
        if (leaked.length)
          problems.push(
            `the answer carries what the caller did not send: ${leaked.join(', ')} — ` +
              `${JSON.stringify(res.errors ?? res.data).slice(0, 300)}`,
          );
      } else if (row.op.check && !problem) {
        const wrong = row.op.check(res.data?.[row.op.field] ?? null, v);
        if (wrong) problems.push(wrong);
      }
      if (problems.length) throw new Error(problems.join('\n'));
    });
  });
});
