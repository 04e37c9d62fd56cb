import { randomUUID } from 'node:crypto';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role } from '@redress/policy';
import { eventually, gql, startPlatform, subgraphUrl } from '../testing';
import type { GraphQLResponse, RunningPlatform, SubgraphName } from '../testing';

/*
 * The shape of every argument is checked at the GraphQL edge of each subgraph (class-validator on type-graphql's
 * @ArgsType classes): one row per kind of check, through the gateway and against a subgraph reached directly. A
 * refusal is BAD_USER_INPUT with `extensions.field` naming the argument path and a message that says why; an id of
 * the right shape that names nothing is NOT_FOUND, as before.
 */

jest.setTimeout(180_000);

let platform: RunningPlatform;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  platform = await startPlatform('validation');
  for (const [sub, role] of [
    ['hart-officer', Role.OFFICER],
    ['hart-coordinator', Role.COMPLAINTS_COORDINATOR],
  ] as const) {
    tokens[sub] = await signDevToken({ sub, name: sub, council: 'hart', roles: [role] }, DEV_JWT_SECRET);
  }
});
afterAll(async () => {
  await platform?.stop();
});

type Who = 'public' | 'hart-officer' | 'hart-coordinator';
type Route = 'gateway' | SubgraphName;
const call = (
  route: Route,
  who: Who,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<Record<string, unknown>>> =>
  gql(
    route === 'gateway' ? platform.gatewayUrl : subgraphUrl(platform.ports, route),
    query,
    variables,
    who === 'public' ? undefined : tokens[who],
  );

const CASE = randomUUID(); // well-formed, names no case: the shape of the other arguments is checked before any lookup
const complaint = (over: Record<string, unknown> = {}) => ({
  councilId: 'hart',
  kind: 'COMPLAINT',
  channel: 'WEB_FORM',
  serviceArea: 'waste',
  summary: 'Bins',
  details: 'Missed again.',
  complainant: { type: 'RESIDENT', name: 'Val Idate', email: 'val@example.org' },
  ...over,
});

const SUBMIT = 'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }';
const TRACK = 'query T($r: String!, $e: String!) { trackCase(reference: $r, email: $e) { status } }';
const ESCALATE = 'mutation E($i: RequestEscalationInput!) { requestEscalation(input: $i) { accepted } }';
const CONVERT = 'mutation C($r: String!, $why: String!) { convertToComplaint(reference: $r, reason: $why) { reference } }';
const COUNCIL = 'query C($id: ID!) { council(id: $id) { id } }';
const SAR = 'query X($c: ID!, $e: String!) { subjectAccessExport(councilId: $c, email: $e) { councilId } }';
const ERASE = 'mutation X($c: ID!, $e: String!, $why: String!) { eraseSubject(councilId: $c, email: $e, reason: $why) { erased } }';
const EXTEND = 'mutation X($id: ID!, $d: Int!, $why: String!) { agreeExtension(caseId: $id, workingDays: $d, reason: $why) { id } }';
const ASSIGN = 'mutation X($id: ID!, $a: ID!) { assignCase(caseId: $id, assigneeId: $a) { id } }';
const HOLD = 'mutation X($id: ID!, $n: String) { holdCase(caseId: $id, reason: AWAITING_CUSTOMER, note: $n) { id } }';
const RESPOND = 'mutation X($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }';
const ESCALATE_CASE = 'mutation X($id: ID!, $why: String!) { escalateCase(caseId: $id, reason: $why) { id } }';
const STATEMENT = 'mutation X($id: ID!, $s: String!) { agreeStatementOfComplaint(caseId: $id, statement: $s) { id } }';
const REFER =
  'mutation X($id: ID!, $r: String!, $by: Date) { referToOmbudsman(caseId: $id, ombudsmanReference: $r, enquiryRespondBy: $by) { id } }';
const ANSWER = 'mutation X($id: ID!, $s: String!) { answerOmbudsmanEnquiry(caseId: $id, summary: $s) { id } }';
const DECISION = 'mutation X($id: ID!, $i: OmbudsmanDecisionInput!) { recordOmbudsmanDecision(caseId: $id, input: $i) { id } }';
const CONTACT = 'mutation X($id: ID!, $i: ContactInput!) { recordContact(caseId: $id, input: $i) { id } }';
const RESTRICT = 'mutation X($i: ContactRestrictionInput!) { restrictContact(input: $i) { id } }';
const COMPLETE = 'mutation X($a: ID!, $n: String) { completeRemedyAction(actionId: $a, note: $n) { id } }';
const STATISTICS = 'query S($c: ID!, $from: Date!, $to: Date!) { statistics(councilId: $c, from: $from, to: $to, groupBy: KIND) { key } }';
const RETURN = 'mutation X($id: ID!, $why: String!) { returnForChanges(caseId: $id, reason: $why) { id } }';
const LATE = 'mutation X($id: ID!, $y: Boolean!, $why: String!) { decideLateComplaint(caseId: $id, accept: $y, reason: $why) { id } }';
const DELAY = 'mutation X($id: ID!, $d: Date!, $why: String!) { notifyDelay(caseId: $id, newRespondBy: $d, reason: $why) { id } }';
const CATEGORIES = 'mutation X($id: ID!, $c: [ComplaintCategory!]!) { setCaseCategories(caseId: $id, categories: $c) { id } }';
const INVOLVED = 'mutation X($id: ID!, $s: [ID!]!) { setStaffInvolved(caseId: $id, staffIds: $s) { id } }';
const ADJUST =
  'mutation X($id: ID!, $k: AdjustmentKind!, $n: String!, $r: Date) { ' +
  'recordReasonableAdjustment(complainantId: $id, kind: $k, need: $n, reviewOn: $r) { id } }';
const LIFT = 'mutation X($id: ID!, $why: String!) { liftContactRestriction(id: $id, reason: $why) { id } }';
const MARK = 'mutation X($id: ID!) { markAlertRead(id: $id) { id } }';
const PREVIEW = 'query P($i: SubmitFeedbackInput!) { previewSubmission(input: $i) { outcome } }';
const FEEDBACK =
  'query F($c: ID!, $from: Date!, $to: Date!) { feedback(councilId: $c, kind: COMPLIMENT, from: $from, to: $to) { reference } }';
const QUARTERLY = 'query Q($c: ID!, $y: Int!, $q: Int!) { quarterlyReport(councilId: $c, year: $y, quarter: $q) { councilId } }';
const restriction = (over: Record<string, unknown> = {}) => ({
  complainantId: randomUUID(),
  reason: 'Abusive calls',
  restrictions: 'Email only',
  singlePointOfContactId: 'hart-officer',
  reviewOn: '2099-01-01',
  ...over,
});

type Row = [label: string, route: Route, who: Who, query: string, variables: Record<string, unknown>, field: string, message: RegExp];

describe('a malformed argument is BAD_USER_INPUT naming its path, in every subgraph', () => {
  it.each<Row>([
    // intake
    [
      'text over its column: praised (200)',
      'gateway',
      'public',
      SUBMIT,
      { i: complaint({ kind: 'COMPLIMENT', praised: 'x'.repeat(201) }) },
      'input.praised',
      /^input\.praised is 201 characters long; the most allowed is 200\.$/,
    ],
    [
      'text over its column: idempotencyKey (200)',
      'gateway',
      'public',
      SUBMIT,
      { i: complaint({ idempotencyKey: 'k'.repeat(201) }) },
      'input.idempotencyKey',
      /the most allowed is 200/,
    ],
    [
      'a council id of the wrong shape',
      'gateway',
      'public',
      SUBMIT,
      { i: complaint({ councilId: 'Hart District' }) },
      'input.councilId',
      /is not a council id: council ids are lower-case words such as "hart"/,
    ],
    [
      'a service area code of the wrong shape',
      'gateway',
      'public',
      SUBMIT,
      { i: complaint({ serviceArea: '../waste' }) },
      'input.serviceArea',
      /is not a service area code/,
    ],
    [
      'a date that is real but not plausible',
      'gateway',
      'public',
      SUBMIT,
      { i: complaint({ incidentDate: '1066-10-14' }) },
      'input.incidentDate',
      /is not a date between 1900 and 2100/,
    ],
    [
      "a representative's email",
      'INTAKE',
      'public',
      SUBMIT,
      { i: complaint({ representative: { name: 'Kim', relationship: 'friend', consent: 'WRITTEN', email: 'kim@' } }) },
      'input.representative.email',
      /"kim@" is not a valid email address/,
    ],
    [
      'a reference of the wrong shape (trackCase)',
      'gateway',
      'public',
      TRACK,
      { r: 'HDC/2026/42', e: 'val@example.org' },
      'reference',
      /^reference "HDC\/2026\/42" is not a reference: references look like "HDC-2026-000042"/,
    ],
    [
      'an email that is not one (trackCase)',
      'gateway',
      'public',
      TRACK,
      { r: 'HDC-2026-000001', e: 'val' },
      'email',
      /is not a valid email address/,
    ],
    [
      'a reference of the wrong shape (requestEscalation)',
      'gateway',
      'public',
      ESCALATE,
      { i: { reference: 'nope', email: 'val@example.org', reason: 'Unhappy' } },
      'input.reference',
      /is not a reference/,
    ],
    [
      'a blank reason (requestEscalation)',
      'INTAKE',
      'public',
      ESCALATE,
      { i: { reference: 'HDC-2026-000001', email: 'val@example.org', reason: '   ' } },
      'input.reason',
      /^input\.reason must not be blank\.$/,
    ],
    [
      'a stage out of range (requestEscalation)',
      'gateway',
      'public',
      ESCALATE,
      { i: { reference: 'HDC-2026-000001', email: 'val@example.org', reason: 'Unhappy', toStage: 42 } },
      'input.toStage',
      /is 42; it must be a whole number from 0 to 9/,
    ],
    [
      'a reference of the wrong shape (convertToComplaint)',
      'gateway',
      'hart-officer',
      CONVERT,
      { r: 'HDC-2026-42', why: 'Third time' },
      'reference',
      /is not a reference/,
    ],
    [
      'a blank reason (convertToComplaint)',
      'gateway',
      'hart-officer',
      CONVERT,
      { r: 'HDC-2026-000001', why: '' },
      'reason',
      /^reason must not be blank\.$/,
    ],
    ['a council id of the wrong shape (council)', 'gateway', 'public', COUNCIL, { id: 'HART;' }, 'id', /is not a council id/],
    [
      'a blank email (subjectAccessExport)',
      'gateway',
      'hart-coordinator',
      SAR,
      { c: 'hart', e: '  ' },
      'email',
      /^email must not be blank: give the email address/,
    ],
    [
      'a blank reason (eraseSubject)',
      'INTAKE',
      'hart-coordinator',
      ERASE,
      { c: 'hart', e: 'val@example.org', why: ' ' },
      'reason',
      /^reason must not be blank\.$/,
    ],
    // casework
    [
      "the issue's own example: a case id that is not one, before anything else",
      'gateway',
      'hart-officer',
      EXTEND,
      { id: 'nope', d: -3, why: '' },
      'caseId',
      /^caseId "nope" is not the id of a case: case ids are UUIDs/,
    ],
    [
      'a count below its range: workingDays',
      'gateway',
      'hart-officer',
      EXTEND,
      { id: CASE, d: -3, why: 'Site visit' },
      'workingDays',
      /^workingDays is -3; it must be a whole number from 1 to 260/,
    ],
    [
      'a count above its range: workingDays',
      'CASEWORK',
      'hart-officer',
      EXTEND,
      { id: CASE, d: 100_000, why: 'Site visit' },
      'workingDays',
      /from 1 to 260/,
    ],
    [
      'a blank reason (agreeExtension)',
      'gateway',
      'hart-officer',
      EXTEND,
      { id: CASE, d: 5, why: '\n\t ' },
      'reason',
      /^reason must not be blank\.$/,
    ],
    [
      "a staff id that is not the directory's",
      'gateway',
      'hart-coordinator',
      ASSIGN,
      { id: CASE, a: 'Amy Clarke <amy@hart.gov.uk>' },
      'assigneeId',
      /is not a staff id: use the id the staff directory gives, e\.g\. "hart-officer"/,
    ],
    [
      'a note over its cap (holdCase)',
      'gateway',
      'hart-officer',
      HOLD,
      { id: CASE, n: 'n'.repeat(2_001) },
      'note',
      /the most allowed is 2000/,
    ],
    [
      'blank findings (respondToCase)',
      'gateway',
      'hart-officer',
      RESPOND,
      { id: CASE, i: { outcome: 'NOT_UPHELD', findings: ' ' } },
      'input.findings',
      /^input\.findings must not be blank\.$/,
    ],
    [
      'a list longer than there are remedies',
      'gateway',
      'hart-officer',
      RESPOND,
      { id: CASE, i: { outcome: 'UPHELD', findings: 'Missed', remedies: Array.from({ length: 50 }, () => 'APOLOGY') } },
      'input.remedies',
      /has 50 items; the most allowed is/,
    ],
    ['a blank reason (escalateCase)', 'gateway', 'hart-officer', ESCALATE_CASE, { id: CASE, why: '' }, 'reason', /must not be blank/],
    ['a blank statement', 'gateway', 'hart-officer', STATEMENT, { id: CASE, s: ' ' }, 'statement', /must not be blank/],
    // The mutations of the procedures' own duties (#11)
    ['a blank reason to return a draft', 'gateway', 'hart-coordinator', RETURN, { id: CASE, why: ' ' }, 'reason', /must not be blank/],
    [
      'a late decision without its reason',
      'gateway',
      'hart-coordinator',
      LATE,
      { id: CASE, y: false, why: '' },
      'reason',
      /must not be blank/,
    ],
    ['a delay with no reason', 'gateway', 'hart-officer', DELAY, { id: CASE, d: '2027-01-12', why: '  ' }, 'reason', /must not be blank/],
    [
      'a delay date not plausible',
      'gateway',
      'hart-officer',
      DELAY,
      { id: CASE, d: '2999-01-12', why: 'Records' },
      'newRespondBy',
      /between 1900 and 2100/,
    ],
    [
      'no category at all',
      'gateway',
      'hart-officer',
      CATEGORIES,
      { id: CASE, c: [] },
      'categories',
      /must name at least one: OTHER_UNFAIRNESS/,
    ],
    [
      'a staff id of the wrong shape',
      'gateway',
      'hart-officer',
      INVOLVED,
      { id: CASE, s: ['hart-officer', 'amy clarke; drop'] },
      'staffIds',
      /"amy clarke; drop" is not a staff id/,
    ],
    [
      'a case id that is not a UUID (setStaffInvolved)',
      'gateway',
      'hart-officer',
      INVOLVED,
      { id: 'HDC-1', s: [] },
      'caseId',
      /is not the id of a case/,
    ],
    [
      'an adjustment with no need in words',
      'gateway',
      'hart-officer',
      ADJUST,
      { id: randomUUID(), k: 'LARGE_PRINT', n: ' ' },
      'need',
      /must not be blank/,
    ],
    [
      'a restriction id that is not a UUID',
      'gateway',
      'hart-coordinator',
      LIFT,
      { id: '42', why: 'Reviewed' },
      'id',
      /is not the id of a contact restriction/,
    ],
    ['an alert id that is not a UUID', 'gateway', 'hart-officer', MARK, { id: 'alert-1' }, 'id', /is not the id of a alert/],
    [
      'a local area of the wrong shape (previewSubmission)',
      'gateway',
      'public',
      PREVIEW,
      { i: complaint({ localArea: 'hart; drop' }) },
      'input.localArea',
      /./,
    ],
    [
      'a feedback range the wrong way round',
      'gateway',
      'hart-officer',
      FEEDBACK,
      { c: 'hart', from: '2026-12-01', to: '2026-01-01' },
      'from',
      /./,
    ],
    [
      'an Ombudsman reference with odd characters',
      'gateway',
      'hart-coordinator',
      REFER,
      { id: CASE, r: "26 001'; drop" },
      'ombudsmanReference',
      /is not a reference: use letters, digits, spaces and/,
    ],
    [
      'an Ombudsman reference over its column (64)',
      'gateway',
      'hart-coordinator',
      REFER,
      { id: CASE, r: '2'.repeat(65) },
      'ombudsmanReference',
      /at most 64 characters/,
    ],
    [
      'a date that is real but not plausible (enquiryRespondBy)',
      'gateway',
      'hart-coordinator',
      REFER,
      { id: CASE, r: '26 001 234', by: '2999-01-01' },
      'enquiryRespondBy',
      /between 1900 and 2100/,
    ],
    [
      'a blank summary (answerOmbudsmanEnquiry)',
      'gateway',
      'hart-coordinator',
      ANSWER,
      { id: CASE, s: '' },
      'summary',
      /must not be blank/,
    ],
    [
      'a blank summary (recordOmbudsmanDecision)',
      'gateway',
      'hart-coordinator',
      DECISION,
      { id: CASE, i: { decision: 'NOT_UPHELD', summary: ' ' } },
      'input.summary',
      /must not be blank/,
    ],
    [
      'a contact summary over its cap (5000)',
      'gateway',
      'hart-officer',
      CONTACT,
      { id: CASE, i: { direction: 'INBOUND', channel: 'TELEPHONE', summary: 's'.repeat(5_001) } },
      'input.summary',
      /5001 characters long; the most allowed is 5000/,
    ],
    [
      'an instant that is real but not plausible',
      'gateway',
      'hart-officer',
      CONTACT,
      { id: CASE, i: { direction: 'INBOUND', channel: 'TELEPHONE', summary: 'Rang', at: '1800-01-01T10:00:00Z' } },
      'input.at',
      /between 1900 and 2100/,
    ],
    [
      'a complainant id that is not one',
      'gateway',
      'hart-coordinator',
      RESTRICT,
      { i: restriction({ complainantId: 'jo@example.org' }) },
      'input.complainantId',
      /is not the id of a complainant: complainant ids are UUIDs/,
    ],
    [
      'a single point of contact that is not a staff id',
      'CASEWORK',
      'hart-coordinator',
      RESTRICT,
      { i: restriction({ singlePointOfContactId: ' ' }) },
      'input.singlePointOfContactId',
      /is not a staff id/,
    ],
    [
      'a remedy action id that is not one',
      'gateway',
      'hart-officer',
      COMPLETE,
      { a: '42' },
      'actionId',
      /is not the id of a remedy action/,
    ],
    // reporting
    [
      'a range that ends before it starts',
      'gateway',
      'hart-coordinator',
      STATISTICS,
      { c: 'hart', from: '2026-12-01', to: '2026-11-01' },
      'from',
      /^from \(2026-12-01\) is after to \(2026-11-01\)\.$/,
    ],
    [
      'a date that is real but not plausible (statistics)',
      'REPORTING',
      'hart-coordinator',
      STATISTICS,
      { c: 'hart', from: '0100-01-01', to: '2026-11-01' },
      'from',
      /between 1900 and 2100/,
    ],
    [
      'a quarter out of range',
      'gateway',
      'hart-coordinator',
      QUARTERLY,
      { c: 'hart', y: 2026, q: 5 },
      'quarter',
      /^quarter is 5; it must be a whole number from 1 to 4 \(1 is April–June, 4 is January–March\)\.$/,
    ],
    ['a year out of range', 'gateway', 'hart-coordinator', QUARTERLY, { c: 'hart', y: 26, q: 1 }, 'year', /from 2000 to 2100/],
  ])('%s (%s)', async (_label, route, who, query, variables, field, message) => {
    const res = await call(route, who, query, variables);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(res.errors![0].message).toMatch(message);
    expect(Object.values(res.data ?? {}).filter((v) => v !== null)).toEqual([]);
  });
});

describe('an id of the right shape that names nothing is NOT_FOUND, as before', () => {
  it.each<[string, Who, string, Record<string, unknown>]>([
    ['agreeExtension', 'hart-officer', EXTEND, { id: randomUUID(), d: 5, why: 'Site visit' }],
    ['restrictContact', 'hart-coordinator', RESTRICT, { i: restriction() }],
    ['completeRemedyAction', 'hart-officer', COMPLETE, { a: randomUUID() }],
    ['requestEscalation', 'public', ESCALATE, { i: { reference: 'HDC-2026-999999', email: 'val@example.org', reason: 'Unhappy' } }],
    ['convertToComplaint', 'hart-officer', CONVERT, { r: 'HDC-2026-999999', why: 'Third time' }],
  ])('%s', async (_label, who, query, variables) => {
    const res = await call('gateway', who, query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('and trackCase still answers null for a reference of the right shape it does not know', async () => {
    expect((await call('gateway', 'public', TRACK, { r: 'hdc-2026-999999', e: 'val@example.org' })).data).toEqual({ trackCase: null });
  });
});

describe('strings are trimmed before they are checked and stored', () => {
  it('keeps a summary without the spaces around it', async () => {
    const submitted = await call('gateway', 'public', SUBMIT, {
      i: complaint({
        skipInformal: true,
        summary: '   Bins left on the pavement   ',
        complainant: { type: 'RESIDENT', name: '  Val Idate ', email: ' Val.Trim@Example.org ' },
      }),
    });
    expect(submitted.errors).toBeUndefined();
    const reference = (submitted.data!.submitFeedback as { reference: string }).reference;
    const read = 'query C($r: String!) { case(reference: $r) { summary complainant { name email } } }';
    const opened = await eventually(
      async () =>
        (await call('gateway', 'hart-officer', read, { r: ` ${reference.toLowerCase()} ` })).data?.case as {
          summary: string;
          complainant: { name: string; email: string };
        } | null,
    );
    expect(opened).toEqual({ summary: 'Bins left on the pavement', complainant: { name: 'Val Idate', email: 'val.trim@example.org' } });
  });
});
