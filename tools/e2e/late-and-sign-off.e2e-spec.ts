import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

// Late complaints decided by the coordinator (Hart s.6 "ask customers to explain and justify"; Hampshire "at the
// discretion of the Corporate Complaints Team"; Code 2), sign-off refused (Hart s.6.2 "reviewed and signed off by
// the Joint Chief Executive"), categories (Hart s.3) and independence (Hampshire Stage 2 "suitably removed"; Hart
// s.11 "without bias"), through the gateway as the council's staff would use them.
jest.setTimeout(120_000);

let platform: RunningPlatform;
let tokens: Record<string, string> = {};
const STAFF = [
  'hart-officer',
  'hart-head-of-service',
  'hart-coordinator',
  'hart-contact-centre',
  'hart-analyst',
  'hampshire-officer',
  'hampshire-coordinator',
];

beforeAll(async () => {
  platform = await startPlatform('late-and-sign-off');
  tokens = await seededStaffTokens(STAFF);
});
afterAll(async () => {
  await platform?.stop();
});

interface CaseView {
  id: string;
  reference: string;
  status: string;
  assigneeId: string | null;
  lateComplaint: boolean;
  categories: string[];
  staffInvolved: string[];
  allowedActions: string[];
  stage: { number: number; outcome: string | null; findings: string | null; awaitingSignOff: boolean };
  timeline: { type: string; actor: string | null; detail: string | null }[];
}
const FIELDS =
  'id reference status assigneeId lateComplaint categories staffInvolved allowedActions ' +
  'stage { number outcome findings awaitingSignOff } timeline { type actor detail }';
type Answer = { ok: true; case: CaseView } | { ok: false; code: string; message: string; field?: string };

async function run(who: string, mutation: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const name = /(\w+)\(/.exec(mutation.replace(/^\s*\([^)]*\)/, ''))![1];
  const res = await gql<Record<string, CaseView>>(platform.gatewayUrl, `mutation ${mutation} ${FIELDS} } }`, variables, tokens[who]);
  if (res.errors) {
    const [e] = res.errors;
    return { ok: false, code: e.extensions?.code ?? 'NONE', message: e.message, field: e.extensions?.field };
  }
  return { ok: true, case: res.data![name] };
}
/** A mutation that must go through: its case. */
async function done(who: string, mutation: string, variables: Record<string, unknown> = {}): Promise<CaseView> {
  const answer = await run(who, mutation, variables);
  if (!answer.ok) throw new Error(`${who}: ${mutation}: ${answer.code} ${answer.message}`);
  return answer.case;
}
const refused = (code: string, message: RegExp, field?: string) => ({
  ok: false,
  code,
  message: expect.stringMatching(message),
  ...(field ? { field } : {}),
});

const readCase = async (who: string, reference: string): Promise<CaseView | null> =>
  (await gql<{ case: CaseView | null }>(platform.gatewayUrl, `query { case(reference: "${reference}") { ${FIELDS} } }`, {}, tokens[who]))
    .data?.case ?? null;
const opened = (who: string, reference: string) => eventually(() => readCase(who, reference));

interface Alert {
  kind: string;
  caseId: string | null;
  reference: string | null;
  message: string;
}
const alertsOf = async (who: string): Promise<Alert[]> =>
  (await gql<{ myAlerts: Alert[] }>(platform.gatewayUrl, '{ myAlerts { kind caseId reference message } }', {}, tokens[who])).data!.myAlerts;

/** A London calendar date `months` before today. */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(1); // no 31 March → "31 February"
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

async function complaint(councilId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const tag = Math.random().toString(36).slice(2, 8);
  const res = await gql<{ submitFeedback: { reference: string; outcome: string; message: string } }>(
    platform.gatewayUrl,
    'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome message } }',
    {
      i: {
        councilId,
        kind: 'COMPLAINT',
        channel: 'WEB_FORM',
        serviceArea: councilId === 'hart' ? 'waste' : 'highways',
        summary: 'Assisted collection missed',
        details: 'The assisted bin collection was missed for most of the spring.',
        skipInformal: true,
        complainant: { type: 'RESIDENT', name: 'Jo Bloggs', email: `jo.${tag}@example.org` },
        ...extra,
      },
    },
  );
  expect(res.data?.submitFeedback).toMatchObject({ outcome: 'ACCEPTED' });
  return res.data!.submitFeedback.reference;
}
/** Made seven months after the matter arose (Hart's limit is six), with the resident's reason. */
const lateComplaint = () =>
  complaint('hart', { incidentDate: monthsAgo(7), lateJustification: 'I was in hospital from April to October.' });

const RESPONSE = { outcome: 'PARTIALLY_UPHELD', findings: 'The assisted collection was missed on five dates.', remedies: ['APOLOGY'] };
const respond = (who: string, c: CaseView, input: Record<string, unknown> = RESPONSE) =>
  run(who, '($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) {', { id: c.id, i: input });
const assign = (who: string, c: CaseView, to: string) =>
  run(who, '($id: ID!, $a: ID!) { assignCase(caseId: $id, assigneeId: $a) {', { id: c.id, a: to });
const decide = (who: string, c: CaseView, accept: boolean, reason: string) =>
  run(who, '($id: ID!, $y: Boolean!, $r: String!) { decideLateComplaint(caseId: $id, accept: $y, reason: $r) {', {
    id: c.id,
    y: accept,
    r: reason,
  });
const lines = (c: CaseView, type: string) => c.timeline.filter((e) => e.type === type).map((e) => e.detail ?? '');

describe('a complaint made out of time waits for the coordinator', () => {
  it('opens marked late, tells the coordinator, can be acknowledged but not answered until it is accepted', async () => {
    const reference = await lateComplaint();
    let c = await opened('hart-coordinator', reference);
    expect(c.lateComplaint).toBe(true);
    expect(lines(c, 'LATE_COMPLAINT')).toEqual([
      'Made more than 6 months after the matter arose: the complaints coordinator decides whether it is considered; ' +
        "it can be acknowledged, not answered, until then. The complainant's reason: I was in hospital from April to October.",
    ]);
    expect(c.allowedActions).toContain('DECIDE_LATE_COMPLAINT');

    // Priya Shah, the coordinator, is told a decision is due.
    expect(await alertsOf('hart-coordinator')).toContainEqual({
      kind: 'LATE_COMPLAINT',
      caseId: c.id,
      reference,
      message: expect.stringMatching(
        new RegExp(
          `^${reference} was made more than 6 months after the matter arose: decide whether it is considered .*` +
            'Their reason: "I was in hospital from April to October\\."',
        ),
      ),
    });

    await done('hart-officer', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") {', { id: c.id });
    c = await done('hart-officer', '($id: ID!) { acknowledgeCase(caseId: $id) {', { id: c.id });
    expect(c.allowedActions).not.toContain('RESPOND');
    expect(c.allowedActions).not.toContain('DECIDE_LATE_COMPLAINT');
    expect(await respond('hart-officer', c)).toEqual(
      refused('CONFLICT', /^This complaint was made out of time: the complaints coordinator must first decide whether it is considered\.$/),
    );
    // Only the coordinator decides.
    expect(await decide('hart-officer', c, true, 'Good reason')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await decide('hart-head-of-service', c, true, 'Good reason')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await decide('hart-coordinator', c, true, '   ')).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'reason' });

    const accepted = await decide('hart-coordinator', c, true, 'A stay in hospital is a good reason; the records still exist');
    expect(accepted).toMatchObject({ ok: true, case: { status: 'OPEN', lateComplaint: true } });
    c = (accepted as { case: CaseView }).case;
    expect(lines(c, 'LATE_COMPLAINT_ACCEPTED')).toEqual([
      'Late complaint accepted for consideration by Priya Shah: A stay in hospital is a good reason; the records still exist',
    ]);
    expect(lines(c, 'MESSAGE_TO_CUSTOMER').at(-1)).toMatch(
      /Your complaint was made more than 6 months after the matter arose\. We have decided to consider it under Stage 1\. A stay in hospital is a good reason; the records still exist\. We will reply by /,
    );
    expect(c.allowedActions).not.toContain('DECIDE_LATE_COMPLAINT');
    // The decision the alert asked for is made: it leaves the coordinator's unread alerts.
    expect((await alertsOf('hart-coordinator')).filter((a) => a.caseId === c.id)).toEqual([]);
    expect(await decide('hart-coordinator', c, false, 'Changed my mind')).toEqual(
      refused('CONFLICT', /^No decision on a late complaint is waiting on this case\.$/),
    );

    // Now Amy Clarke answers it, as any other complaint.
    expect((await readCase('hart-officer', reference))!.allowedActions).toContain('RESPOND');
    expect(await respond('hart-officer', c)).toMatchObject({
      ok: true,
      case: { status: 'RESPONDED', stage: { outcome: 'PARTIALLY_UPHELD' } },
    });
  });

  it('refused: closes as not investigated, and the customer is told why and how to go to the Ombudsman', async () => {
    const reference = await lateComplaint();
    const c = await opened('hart-coordinator', reference);
    const reason = 'The crews’ records for the spring were not kept, so the missed collections can no longer be looked into';
    const answer = await decide('hart-coordinator', c, false, reason);
    expect(answer).toMatchObject({
      ok: true,
      case: { status: 'CLOSED', lateComplaint: true, stage: { outcome: 'NOT_INVESTIGATED', findings: reason } },
    });
    const closed = (answer as { case: CaseView }).case;
    expect(lines(closed, 'LATE_COMPLAINT_REFUSED')).toEqual([
      `Late complaint refused by Priya Shah, out of time: ${reason}. Closed as not investigated`,
    ]);
    const told = lines(closed, 'MESSAGE_TO_CUSTOMER').at(-1)!;
    expect(told).toContain(`We have decided not to investigate it. ${reason}.`);
    expect(told).toMatch(/ask the Local Government and Social Care Ombudsman to look at your complaint: .*0300 061 0614/);
    expect(closed.allowedActions).not.toContain('RESPOND');
    // No next stage: the Ombudsman may look at the decision (Code 2).
    expect(closed.allowedActions).not.toContain('ESCALATE');
    // The resident's tracking page follows.
    const email = (
      await gql<{ case: { complainant: { email: string } } }>(
        platform.gatewayUrl,
        `query { case(reference: "${reference}") { complainant { email } } }`,
        {},
        tokens['hart-coordinator'],
      )
    ).data!.case.complainant.email;
    await eventually(async () => {
      const t = await gql<{ trackCase: { status: string } | null }>(
        platform.gatewayUrl,
        'query T($r: String!, $e: String!) { trackCase(reference: $r, email: $e) { status } }',
        { r: reference, e: email },
      );
      return t.data?.trackCase?.status === 'CLOSED' ? true : null;
    });
    // The council's figures count it closed as not investigated, with no response time on time or late.
    type Row = { key: string; closed: number; notInvestigated: number; respondedOnTime: number; respondedLate: number };
    const figures = await eventually(async () => {
      const res = await gql<{ statistics: Row[] }>(
        platform.gatewayUrl,
        'query S($f: Date!, $t: Date!) { statistics(councilId: "hart", from: $f, to: $t, groupBy: KIND) { ' +
          'key closed notInvestigated respondedOnTime respondedLate } }',
        { f: monthsAgo(1), t: monthsAgo(-1) },
        tokens['hart-analyst'],
      );
      const row = res.data?.statistics.find((r) => r.key === 'COMPLAINT');
      return row && row.notInvestigated > 0 ? row : null;
    });
    expect(figures.notInvestigated).toBe(1);
    expect(figures.closed).toBeGreaterThanOrEqual(1);
  });

  it('a complaint in time is not a late complaint', async () => {
    const c = await opened('hart-coordinator', await complaint('hart', { incidentDate: monthsAgo(2) }));
    expect(c.lateComplaint).toBe(false);
    expect(c.allowedActions).not.toContain('DECIDE_LATE_COMPLAINT');
    expect(await decide('hart-coordinator', c, true, 'In time anyway')).toEqual(refused('CONFLICT', /No decision on a late complaint/));
  });
});

describe('sign-off refused at Hart Stage 2 (the Joint Chief Executive)', () => {
  it('goes back to the Head of Service with the reason; redrafted, it is signed off', async () => {
    const reference = await complaint('hart');
    let c = await opened('hart-officer', reference);
    await done('hart-officer', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") {', { id: c.id });
    await done('hart-officer', '($id: ID!) { acknowledgeCase(caseId: $id) {', { id: c.id });
    await done('hart-officer', '($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) {', {
      id: c.id,
      i: { outcome: 'NOT_UPHELD', findings: 'Collections were made as scheduled.' },
    });
    c = await done('hart-officer', '($id: ID!) { escalateCase(caseId: $id, reason: "The resident says the bin is still missed") {', {
      id: c.id,
    });
    expect(c).toMatchObject({ stage: { number: 2 }, assigneeId: 'hart-head-of-service' });

    const draft = { outcome: 'NOT_UPHELD', findings: 'Stage 1 looked at this properly.', lessonsLearned: 'None' };
    expect(await respond('hart-head-of-service', c, draft)).toMatchObject({ ok: true });
    c = (await readCase('hart-head-of-service', reference))!;
    expect(c.stage.awaitingSignOff).toBe(true);
    expect(c.allowedActions).not.toContain('RETURN_FOR_CHANGES'); // Tom Briggs drafted it: sign-off is the coordinator's
    expect((await readCase('hart-coordinator', reference))!.allowedActions).toEqual(
      expect.arrayContaining(['SIGN_OFF', 'RETURN_FOR_CHANGES']),
    );
    expect(await run('hart-head-of-service', '($id: ID!) { returnForChanges(caseId: $id, reason: "Mine") {', { id: c.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });

    const reason = 'Say what the crews found on each date, and offer an apology for the missed collections';
    const returned = await done('hart-coordinator', '($id: ID!, $r: String!) { returnForChanges(caseId: $id, reason: $r) {', {
      id: c.id,
      r: reason,
    });
    expect(returned).toMatchObject({ status: 'OPEN', stage: { number: 2, awaitingSignOff: false, outcome: null, findings: null } });
    expect(lines(returned, 'RETURNED_FOR_CHANGES')).toEqual([
      `Returned for changes by Priya Shah, to Tom Briggs: ${reason}. ` +
        'The draft was: not upheld, "Stage 1 looked at this properly."; lessons learned: "None"',
    ]);
    expect(lines(returned, 'MESSAGE_TO_CUSTOMER').join(' ')).not.toContain('Stage 1 looked at this properly');
    expect(await alertsOf('hart-head-of-service')).toContainEqual({
      kind: 'REMINDER',
      caseId: c.id,
      reference,
      message: `${reference}: Priya Shah returned the Stage 2 response for changes: ${reason}`,
    });
    // Nothing is waiting for sign-off now.
    expect(await run('hart-coordinator', '($id: ID!) { signOffResponse(caseId: $id) {', { id: c.id })).toEqual(
      refused('CONFLICT', /^Stage 2 has no drafted response awaiting sign-off\.$/),
    );
    expect(await run('hart-coordinator', '($id: ID!) { returnForChanges(caseId: $id, reason: "Again") {', { id: c.id })).toEqual(
      refused('CONFLICT', /^Stage 2 has no drafted response awaiting sign-off\.$/),
    );

    // Tom Briggs redrafts; Priya Shah signs it off and it is issued.
    await done('hart-head-of-service', '($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) {', {
      id: c.id,
      i: { outcome: 'PARTIALLY_UPHELD', findings: 'Crews found the bin out late on two of the five dates.', remedies: ['APOLOGY'] },
    });
    const issued = await done('hart-coordinator', '($id: ID!) { signOffResponse(caseId: $id) {', { id: c.id });
    expect(issued).toMatchObject({ status: 'RESPONDED', stage: { outcome: 'PARTIALLY_UPHELD', awaitingSignOff: false } });
    expect(lines(issued, 'MESSAGE_TO_CUSTOMER').at(-1)).toContain('Crews found the bin out late on two of the five dates.');
  });

  it('a stage with no sign-off has nothing to return', async () => {
    const c = await opened('hart-coordinator', await complaint('hart'));
    expect(await run('hart-coordinator', '($id: ID!) { returnForChanges(caseId: $id, reason: "No") {', { id: c.id })).toEqual(
      refused('CONFLICT', /^Stage 1 responses need no sign-off under Hart District Council's policy\.$/),
    );
  });
});

describe('categories and the staff a complaint is about', () => {
  it('the handler corrects the categories and names the staff involved, who can then never be given the case', async () => {
    const reference = await complaint('hart');
    let c = await opened('hart-officer', reference);
    expect(c).toMatchObject({ categories: [], staffInvolved: [] });
    await done('hart-officer', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") {', { id: c.id });
    c = (await readCase('hart-officer', reference))!;
    expect(c.allowedActions).toEqual(expect.arrayContaining(['SET_CATEGORIES', 'SET_STAFF_INVOLVED']));
    expect((await readCase('hart-contact-centre', reference))!.allowedActions).not.toContain('SET_CATEGORIES');

    const setCategories = (who: string, categories: string[]) =>
      run(who, '($id: ID!, $k: [ComplaintCategory!]!) { setCaseCategories(caseId: $id, categories: $k) {', { id: c.id, k: categories });
    expect(await setCategories('hart-officer', [])).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'categories' });
    expect(
      await setCategories('hart-officer', ['FAILURE_TO_PROVIDE_SERVICE', 'STAFF_BEHAVIOUR', 'FAILURE_TO_PROVIDE_SERVICE']),
    ).toMatchObject({
      ok: true,
      case: { categories: ['FAILURE_TO_PROVIDE_SERVICE', 'STAFF_BEHAVIOUR'] },
    });
    c = await done('hart-officer', '($id: ID!) { setCaseCategories(caseId: $id, categories: [STAFF_BEHAVIOUR]) {', { id: c.id });
    expect(lines(c, 'CATEGORIES_SET')).toEqual([
      'Categories: failure to provide service, staff behaviour',
      'Categories: staff behaviour (were failure to provide service, staff behaviour)',
    ]);

    const setStaff = (who: string, staffIds: string[]) =>
      run(who, '($id: ID!, $s: [ID!]!) { setStaffInvolved(caseId: $id, staffIds: $s) {', { id: c.id, s: staffIds });
    expect(await setStaff('hart-officer', ['hart-licensing-officer', 'hampshire-officer', 'someone-else'])).toEqual(
      refused(
        'BAD_USER_INPUT',
        /^staffIds: "hampshire-officer", "someone-else" are not members of staff of this council; see staff\(councilId\)\.$/,
        'staffIds',
      ),
    );
    expect(await setStaff('hart-officer', ['hart-officer'])).toEqual(
      refused('CONFLICT', /^hart-officer handles this case: assign another handler before naming them as involved\.$/, 'staffIds'),
    );
    expect((await readCase('hart-officer', reference))!.staffInvolved).toEqual([]); // refused: nothing changed
    const named = await setStaff('hart-officer', ['hart-licensing-officer', 'hart-licensing-officer']);
    expect(named).toMatchObject({ ok: true, case: { staffInvolved: ['hart-licensing-officer'] } });
    expect(lines((named as { case: CaseView }).case, 'STAFF_INVOLVED_SET')).toEqual([
      'Staff the complaint is about: Hannah Moore. They cannot handle it at any stage',
    ]);
    expect(await assign('hart-coordinator', c, 'hart-licensing-officer')).toEqual(
      refused(
        'FORBIDDEN',
        /^hart-licensing-officer is named among the staff this complaint is about, so cannot handle it\.$/,
        'assigneeId',
      ),
    );
    expect((await readCase('hart-coordinator', reference))!.assigneeId).toBe('hart-officer');
  });
});

describe('independence at Hampshire Stage 2 ("suitably removed from the decisions made")', () => {
  it('the Stage 1 handler cannot be given Stage 2', async () => {
    let c = await opened('hampshire-coordinator', await complaint('hampshire'));
    await done('hampshire-coordinator', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hampshire-officer") {', { id: c.id });
    await done('hampshire-officer', '($id: ID!) { acknowledgeCase(caseId: $id) {', { id: c.id });
    await done('hampshire-officer', '($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) {', {
      id: c.id,
      i: { outcome: 'NOT_UPHELD', findings: 'The road was inspected within policy.' },
    });
    c = await done('hampshire-officer', '($id: ID!) { escalateCase(caseId: $id, reason: "Resident disagrees") {', { id: c.id });
    expect(c.stage.number).toBe(2);
    expect(await assign('hampshire-coordinator', c, 'hampshire-officer')).toEqual(
      refused('FORBIDDEN', /^Stage 2 must be handled by someone not involved at an earlier stage; hampshire-officer was\.$/, 'assigneeId'),
    );
  });
});
