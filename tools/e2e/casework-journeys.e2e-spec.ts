import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUES } from '@redress/contracts';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { startPrivateRedis } from '@redress/platform/testing';
import { Role } from '@redress/policy';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

jest.setTimeout(180_000);

let platform: RunningPlatform;
let redis: { url: string; stop: () => Promise<void> };
const tokens: Record<string, string> = {};
const STAFF: [string, string, Role][] = [
  ['hart-officer', 'hart', Role.OFFICER],
  ['hart-head-of-service', 'hart', Role.HEAD_OF_SERVICE],
  ['hart-coordinator', 'hart', Role.COMPLAINTS_COORDINATOR],
  ['hampshire-officer', 'hampshire', Role.OFFICER],
  ['hampshire-head-of-service', 'hampshire', Role.HEAD_OF_SERVICE],
  ['hampshire-coordinator', 'hampshire', Role.COMPLAINTS_COORDINATOR],
  ['hampshire-contact-centre', 'hampshire', Role.CONTACT_CENTRE],
];

beforeAll(async () => {
  redis = await startPrivateRedis();
  platform = await startPlatform('journeys', { REDIS_URL: redis.url, SLA_RECONCILE_EVERY_MS: '1500' });
  for (const [sub, council, role] of STAFF) tokens[sub] = await signDevToken({ sub, name: sub, council, roles: [role] }, DEV_JWT_SECRET);
});
afterAll(async () => {
  await platform?.stop();
  await redis?.stop();
});

interface Stage {
  number: number;
  name: string;
  acknowledgedAt: string | null;
  respondBy: string;
  outcome: string | null;
  awaitingSignOff: boolean;
  extensionWorkingDays: number;
  breaches: { kind: string }[];
}
interface CaseView {
  id: string;
  status: string;
  overdue: boolean;
  assigneeId: string | null;
  stage: Stage;
  timeline: { type: string }[];
}
const CASE_FIELDS =
  'id status overdue assigneeId ' +
  'stage { number name acknowledgedAt respondBy outcome awaitingSignOff extensionWorkingDays breaches { kind } } timeline { type }';

async function as<T>(
  who: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string; field?: string } }[] }> {
  return gql<T>(platform.gatewayUrl, query, variables, who ? tokens[who] : undefined);
}
const getCase = async (who: string, ref: string) =>
  (await as<{ case: CaseView | null }>(who, `query C($r: String!) { case(reference: $r) { ${CASE_FIELDS} } }`, { r: ref })).data?.case ??
  null;
/** The GraphQL type of mutation `name`'s variable `k`. */
function variableType(name: string, k: string): string {
  if (k === 'input') return name === 'respondToCase' ? 'CaseResponseInput!' : 'OmbudsmanDecisionInput!';
  if (k === 'workingDays') return 'Int!';
  if (k === 'reason' && name === 'holdCase') return 'HoldReason!';
  return k.endsWith('Id') ? 'ID!' : 'String!';
}
/** The case's own changes, without what communications reports back on its own time (MESSAGE_SENT…). */
const ownHistory = <E extends { type: string }>(timeline: E[]): E[] =>
  timeline.filter((e) => !/^MESSAGE_(SENT|SUPPRESSED|FAILED)$/.test(e.type));
async function act(who: string, mutation: string, variables: Record<string, unknown>): Promise<CaseView> {
  const name = /^\s*(\w+)\(/.exec(mutation)![1];
  const res = await as<Record<string, CaseView>>(
    who,
    `mutation M(${Object.keys(variables)
      .map((k) => `$${k}: ${variableType(name, k)}`)
      .join(', ')}) { ${mutation} { ${CASE_FIELDS} } }`,
    variables,
  );
  if (res.errors) throw Object.assign(new Error(res.errors[0].message), res.errors[0].extensions);
  return res.data![name];
}
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'ALLOWED',
    (e: { code?: string }) => e.code,
  );

async function submit(who: string | null, input: Record<string, unknown>): Promise<string> {
  const res = await as<{ submitFeedback: { reference: string; outcome: string } }>(
    who,
    'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }',
    { i: input },
  );
  expect(res.data?.submitFeedback.outcome).toBe('ACCEPTED');
  return res.data!.submitFeedback.reference;
}
async function residentEscalates(ref: string, email: string) {
  // Intake answers from its projection of the case, which follows casework's events.
  return eventually(async () => {
    const r = (
      await as<{ requestEscalation: { accepted: boolean; toStage: number | null; message: string } }>(
        null,
        'mutation E($i: RequestEscalationInput!) { requestEscalation(input: $i) { accepted toStage message } }',
        { i: { reference: ref, email, reason: 'Still unhappy' } },
      )
    ).data?.requestEscalation;
    return r && !/not replied yet/.test(r.message) ? r : null;
  });
}
const stageBecomes = (who: string, ref: string, n: number) =>
  eventually(async () => {
    const c = await getCase(who, ref);
    return c?.stage.number === n ? c : null;
  });

describe("Hart's journey: informal resolution → Stage 1 → Stage 2 signed off → the Ombudsman", () => {
  it('walks every stage with fresh clocks, sign-off by the Joint Chief Executive, and points to the Ombudsman at the end', async () => {
    const email = 'resident.hart@example.org';
    const ref = await submit(null, {
      councilId: 'hart',
      kind: 'COMPLAINT',
      channel: 'WEB_FORM',
      serviceArea: 'waste',
      summary: 'Bins missed',
      details: 'Missed three weeks running.',
      // Hart s.3: what went wrong, for the figures by type of complaint (s.11).
      categories: ['FAILURE_TO_PROVIDE_SERVICE', 'BROKEN_PROMISE'],
      complainant: { type: 'RESIDENT', name: 'Robin Hart', email },
    });
    let c = await eventually(() => getCase('hart-officer', ref));
    expect(c.stage.name).toBe('Informal resolution');

    for (const [stage, outcome, remedies] of [
      [0, 'NOT_UPHELD', []],
      [1, 'PARTIALLY_UPHELD', ['APOLOGY', 'ACTION_TAKEN']],
    ] as const) {
      // Hart s.1: staff "take ownership of an issue or complaint when it arises": the waste officer takes it, no manager needed.
      const offered = await as<{ case: { allowedActions: string[] } }>(
        'hart-officer',
        'query A($r: String!) { case(reference: $r) { allowedActions } }',
        {
          r: ref,
        },
      );
      expect(offered.data?.case.allowedActions).toContain('TAKE');
      const taken = await act('hart-officer', 'assignCase(caseId: $caseId, assigneeId: $assigneeId)', {
        caseId: c.id,
        assigneeId: 'hart-officer',
      });
      expect(ownHistory(taken.timeline).at(-1)).toMatchObject({ type: 'ASSIGNED' });
      await act('hart-officer', 'acknowledgeCase(caseId: $caseId)', { caseId: c.id });
      c = await act('hart-officer', 'respondToCase(caseId: $caseId, input: $input)', {
        caseId: c.id,
        input: { outcome, findings: `Findings at stage ${stage}`, remedies },
      });
      expect(c.status).toBe('RESPONDED');
      const asked = await residentEscalates(ref, email);
      expect(asked).toMatchObject({ accepted: true, toStage: stage + 1 });
      c = await stageBecomes('hart-officer', ref, stage + 1);
      expect(c.stage.acknowledgedAt).toBeNull();
    }

    // The Stage 1 response promised an apology and action: each is now work with an owner and a due date.
    const remedies = await as<{
      case: { remedyActions: { id: string; remedy: string; ownerId: string; overdue: boolean; completedAt: string | null }[] };
    }>('hart-officer', 'query R($r: String!) { case(reference: $r) { remedyActions { id remedy ownerId overdue completedAt } } }', {
      r: ref,
    });
    const actions = remedies.data!.case.remedyActions;
    expect(actions.map((a) => [a.remedy, a.ownerId, a.overdue])).toEqual([
      ['ACTION_TAKEN', 'hart-officer', false],
      ['APOLOGY', 'hart-officer', false],
    ]);
    const outstanding = async () =>
      (
        await as<{ outstandingRemedyActions: { id: string }[] }>(
          'hart-officer',
          '{ outstandingRemedyActions(councilId: "hart") { id reference } }',
        )
      ).data!.outstandingRemedyActions.map((a) => a.id);
    expect(await outstanding()).toEqual(expect.arrayContaining(actions.map((a) => a.id)));
    const complete = 'mutation D($id: ID!) { completeRemedyAction(actionId: $id, note: "Apology letter sent") { completedAt } }';
    expect(
      (await as<{ completeRemedyAction: { completedAt: string } }>('hart-officer', complete, { id: actions[1].id })).data
        ?.completeRemedyAction.completedAt,
    ).toBeTruthy();
    expect((await as('hart-officer', complete, { id: actions[1].id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await outstanding()).not.toContain(actions[1].id);
    // Two people recording the other remedy at the same moment: it is recorded once, and the second is told so.
    const both = await Promise.all(['hart-officer', 'hart-coordinator'].map((who) => as(who, complete, { id: actions[0].id })));
    expect(both.map((r) => r.errors?.[0]?.extensions?.code ?? 'RECORDED').sort()).toEqual(['CONFLICT', 'RECORDED']);
    expect(await outstanding()).not.toContain(actions[0].id);

    await act('hart-coordinator', 'assignCase(caseId: $caseId, assigneeId: $assigneeId)', {
      caseId: c.id,
      assigneeId: 'hart-head-of-service',
    });
    await act('hart-head-of-service', 'acknowledgeCase(caseId: $caseId)', { caseId: c.id });
    c = await act('hart-head-of-service', 'respondToCase(caseId: $caseId, input: $input)', {
      caseId: c.id,
      input: { outcome: 'UPHELD', findings: 'The round was mis-scheduled.', remedies: ['APOLOGY', 'PROCEDURES_IMPROVED'] },
    });
    expect(c).toMatchObject({ status: 'OPEN', stage: { number: 2, awaitingSignOff: true } });
    expect(await refusal(act('hart-head-of-service', 'signOffResponse(caseId: $caseId)', { caseId: c.id }))).toBe('FORBIDDEN');
    c = await act('hart-coordinator', 'signOffResponse(caseId: $caseId)', { caseId: c.id });
    expect(c).toMatchObject({ status: 'RESPONDED', stage: { outcome: 'UPHELD', awaitingSignOff: false } });

    const last = await residentEscalates(ref, email);
    expect(last.accepted).toBe(false);
    expect(last.message).toMatch(
      /Stage 2 is the last stage of Hart District Council's complaints procedure\. If you remain dissatisfied .* www\.lgo\.org\.uk, telephone 0300 061 0614/,
    );
    const tracked = await eventually(async () => {
      const t = (
        await as<{ trackCase: { status: string; nextSteps: string } }>(
          null,
          'query T($r: String!, $e: String!) { trackCase(reference: $r, email: $e) { status nextSteps } }',
          { r: ref, e: email },
        )
      ).data?.trackCase;
      return t?.status === 'RESPONDED' ? t : null;
    });
    expect(tracked.nextSteps).toContain('Local Government and Social Care Ombudsman');

    c = await act(
      'hart-coordinator',
      'referToOmbudsman(caseId: $caseId, ombudsmanReference: $ombudsmanReference, enquiryRespondBy: "2099-01-15")',
      { caseId: c.id, ombudsmanReference: '26 012 345' },
    );
    expect(c.status).toBe('WITH_OMBUDSMAN');
    const referred = await as<{ case: { ombudsmanReference: string; ombudsmanEnquiryRespondBy: string } }>(
      'hart-coordinator',
      'query R($r: String!) { case(reference: $r) { ombudsmanReference ombudsmanEnquiryRespondBy } }',
      { r: ref },
    );
    expect(referred.data?.case).toEqual({ ombudsmanReference: '26 012 345', ombudsmanEnquiryRespondBy: '2099-01-15' });
    c = await act('hart-coordinator', 'answerOmbudsmanEnquiry(caseId: $caseId, summary: $summary)', {
      caseId: c.id,
      summary: 'Sent the file and our response',
    });
    expect(c.timeline.map((e) => e.type)).toContain('OMBUDSMAN_ENQUIRY_ANSWERED');
    // Hart s.6.5: the Joint Chief Executive's office sees that "appropriate action is taken": each recommendation is work.
    const decision = (dueOn: string) => ({
      decision: 'UPHELD_WITH_RECOMMENDATIONS',
      summary: 'Fault causing injustice: apologise and pay £150',
      remedies: ['APOLOGY', 'FINANCIAL_REMEDY'],
      dueOn,
    });
    const past = await refusal(
      act('hart-coordinator', 'recordOmbudsmanDecision(caseId: $caseId, input: $input)', { caseId: c.id, input: decision('2020-01-31') }),
    );
    expect(past).toBe('BAD_USER_INPUT');
    c = await act('hart-coordinator', 'recordOmbudsmanDecision(caseId: $caseId, input: $input)', {
      caseId: c.id,
      input: decision('2099-03-01'),
    });
    expect(c.status).toBe('CLOSED');
    const ombudsmanActions = async () =>
      (
        await as<{
          case: {
            allowedActions: string[];
            remedyActions: { id: string; stage: number; remedy: string; ownerId: string; dueOn: string }[];
          };
        }>(
          'hart-coordinator',
          'query R($r: String!) { case(reference: $r) { allowedActions remedyActions { id stage remedy ownerId dueOn } } }',
          { r: ref },
        )
      ).data!.case;
    const recommended = await ombudsmanActions();
    const [apology, payment] = recommended.remedyActions.filter((a) => a.stage === -1);
    expect([apology, payment].map((a) => [a.remedy, a.ownerId, a.dueOn])).toEqual([
      ['APOLOGY', 'hart-coordinator', '2099-03-01'],
      ['FINANCIAL_REMEDY', 'hart-coordinator', '2099-03-01'],
    ]);
    expect(recommended.allowedActions).toContain('COMPLETE_REMEDY_ACTION');
    expect(await outstanding()).toEqual(expect.arrayContaining([apology.id, payment.id]));
    // Neither the owner nor the case's handler: an officer may not record it.
    const byOfficer = await as('hart-officer', complete, { id: payment.id });
    expect(byOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const paid = await as<{ completeRemedyAction: { completedAt: string | null; note: string } }>(
      'hart-coordinator',
      'mutation D($id: ID!) { completeRemedyAction(actionId: $id, note: "£150 paid by BACS") { completedAt note } }',
      { id: payment.id },
    );
    expect(paid.data?.completeRemedyAction).toMatchObject({ completedAt: expect.any(String), note: '£150 paid by BACS' });
    expect(await outstanding()).not.toContain(payment.id);
    expect(await outstanding()).toContain(apology.id);
    expect(ownHistory((await getCase('hart-coordinator', ref))!.timeline).at(-1)).toMatchObject({ type: 'REMEDY_COMPLETED' });

    // The figures by type of complaint (Hart s.11): the complaint counts under each of its two categories.
    const byCategory = await eventually(async () => {
      const rows = (
        await as<{ statistics: { key: string; received: number; upheld: number; partiallyUpheld: number; escalated: number }[] }>(
          'hart-coordinator',
          '{ statistics(councilId: "hart", from: "2000-01-01", to: "2099-12-31", groupBy: CATEGORY) ' +
            '{ key received upheld partiallyUpheld escalated } }',
        )
      ).data?.statistics.filter((r) => ['BROKEN_PROMISE', 'FAILURE_TO_PROVIDE_SERVICE'].includes(r.key));
      return rows?.length === 2 && rows.every((r) => r.upheld === 1) ? rows : null;
    });
    expect(byCategory).toEqual([
      { key: 'BROKEN_PROMISE', received: 1, upheld: 1, partiallyUpheld: 1, escalated: 2 },
      { key: 'FAILURE_TO_PROVIDE_SERVICE', received: 1, upheld: 1, partiallyUpheld: 1, escalated: 2 },
    ]);
  });
});

describe("Hampshire's journey: Stage 1 → 2 → 3 with a Statement of Complaint, a hold and an extension", () => {
  it('keeps each rule of the procedure', async () => {
    const receivedAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const ref = await submit('hampshire-contact-centre', {
      councilId: 'hampshire',
      kind: 'COMPLAINT',
      channel: 'LETTER',
      serviceArea: 'highways',
      receivedAt,
      summary: 'Pothole damage claim ignored',
      details: 'I reported the pothole twice.',
      complainant: { type: 'RESIDENT', name: 'Sam County', email: 'sam.county@example.org' },
    });
    let c = await eventually(() => getCase('hampshire-officer', ref));
    expect(c.stage.number).toBe(1);
    await act('hampshire-coordinator', 'assignCase(caseId: $caseId, assigneeId: $assigneeId)', {
      caseId: c.id,
      assigneeId: 'hampshire-officer',
    });
    await act('hampshire-officer', 'acknowledgeCase(caseId: $caseId)', { caseId: c.id });

    // Scope unclear: hold for the Statement of Complaint; no response until it is agreed, which restarts the clock.
    c = await act('hampshire-officer', 'holdCase(caseId: $caseId, reason: $reason)', {
      caseId: c.id,
      reason: 'AWAITING_STATEMENT_OF_COMPLAINT',
    });
    expect(c.status).toBe('ON_HOLD');
    expect(
      await refusal(
        act('hampshire-officer', 'respondToCase(caseId: $caseId, input: $input)', {
          caseId: c.id,
          input: { outcome: 'NOT_UPHELD', findings: 'x' },
        }),
      ),
    ).toBe('CONFLICT');
    c = await act('hampshire-officer', 'agreeStatementOfComplaint(caseId: $caseId, statement: $statement)', {
      caseId: c.id,
      statement: 'Whether two pothole reports were handled',
    });
    expect(c.status).toBe('OPEN');
    const before = c.stage.respondBy;
    c = await act('hampshire-officer', 'agreeExtension(caseId: $caseId, workingDays: $workingDays, reason: $reason)', {
      caseId: c.id,
      workingDays: 5,
      reason: 'Inspector on leave',
    });
    expect(c.stage.extensionWorkingDays).toBe(5);
    expect(c.stage.respondBy > before).toBe(true);
    await act('hampshire-officer', 'respondToCase(caseId: $caseId, input: $input)', {
      caseId: c.id,
      input: { outcome: 'NOT_UPHELD', findings: 'Both reports were inspected within policy.' },
    });

    // Stage 2: a senior officer not involved before; the Stage 1 officer is refused.
    await act('hampshire-officer', 'escalateCase(caseId: $caseId, reason: $reason)', { caseId: c.id, reason: 'Resident disagrees' });
    c = await stageBecomes('hampshire-officer', ref, 2);
    expect(c.assigneeId).toBe('hampshire-head-of-service'); // the Head of Service for highways, not involved before
    expect(
      await refusal(
        act('hampshire-coordinator', 'assignCase(caseId: $caseId, assigneeId: $assigneeId)', {
          caseId: c.id,
          assigneeId: 'hampshire-officer',
        }),
      ),
    ).toBe('FORBIDDEN'); // "Stage 2 … must be handled by someone not involved at an earlier stage
    await act('hampshire-coordinator', 'assignCase(caseId: $caseId, assigneeId: $assigneeId)', {
      caseId: c.id,
      assigneeId: 'hampshire-head-of-service',
    });
    await act('hampshire-head-of-service', 'respondToCase(caseId: $caseId, input: $input)', {
      caseId: c.id,
      input: { outcome: 'NOT_UPHELD', findings: 'Reviewed: handled properly.' },
    });

    // Stage 3: Information Governance, the final stage; no stage after it.
    await act('hampshire-head-of-service', 'escalateCase(caseId: $caseId, reason: $reason)', {
      caseId: c.id,
      reason: 'Resident asks for Stage 3',
    });
    c = await stageBecomes('hampshire-officer', ref, 3);
    await act('hampshire-coordinator', 'assignCase(caseId: $caseId, assigneeId: $assigneeId)', {
      caseId: c.id,
      assigneeId: 'hampshire-coordinator',
    });
    await act('hampshire-coordinator', 'respondToCase(caseId: $caseId, input: $input)', {
      caseId: c.id,
      input: { outcome: 'PARTIALLY_UPHELD', findings: 'Records were incomplete.', remedies: ['PROCEDURES_IMPROVED'] },
    });
    const err = await refusal(
      act('hampshire-coordinator', 'escalateCase(caseId: $caseId, reason: $reason)', { caseId: c.id, reason: 'More' }),
    );
    expect(err).toBe('BAD_USER_INPUT');
  });
});

describe("SLA timers through the running platform (a Redis of the test's own)", () => {
  it('shows the breaches of a complaint received months ago within seconds of it being opened', async () => {
    const ref = await submit('hampshire-contact-centre', {
      councilId: 'hampshire',
      kind: 'COMPLAINT',
      channel: 'LETTER',
      serviceArea: 'libraries',
      receivedAt: '2026-06-01T09:00:00Z',
      summary: 'Library letter never answered',
      details: 'Sent in June.',
      complainant: { type: 'RESIDENT', name: 'Late Letter', email: 'late.letter@example.org' },
    });
    const c = await eventually(async () => {
      const v = await getCase('hampshire-officer', ref);
      return v && v.stage.breaches.length === 2 ? v : null;
    }, 20_000);
    expect(c.overdue).toBe(true);
    expect(c.stage.breaches.map((b) => b.kind).sort()).toEqual(['ACKNOWLEDGEMENT', 'RESPONSE']);
    expect(c.timeline.filter((e) => e.type === 'SLA_BREACHED')).toHaveLength(2);

    // Nobody handles it, so the breaches go to the Corporate Complaints Team, who read them in their alerts.
    type Alert = { id: string; kind: string; reference: string | null; message: string; readAt: string | null };
    const alertsOf = async (who: string, unreadOnly = true) =>
      (
        await as<{ myAlerts: Alert[] }>(who, 'query A($u: Boolean) { myAlerts(unreadOnly: $u) { id kind reference message readAt } }', {
          u: unreadOnly,
        })
      ).data!.myAlerts.filter((a) => a.reference === ref);
    const breaches = await eventually(async () =>
      (await alertsOf('hampshire-coordinator')).length === 2 ? alertsOf('hampshire-coordinator') : null,
    );
    expect(breaches.map((a) => a.kind)).toEqual(['BREACH', 'BREACH']);
    expect(breaches.map((a) => a.message).sort()).toEqual([
      expect.stringMatching(new RegExp(`^${ref}: the acknowledgement was due by \\w+day \\d+ \\w+ 2026 and has not been made\\.$`)),
      expect.stringMatching(new RegExp(`^${ref}: the response was due by \\w+day \\d+ \\w+ 2026 and has not been made\\.$`)),
    ]);
    expect(await alertsOf('hampshire-officer')).toEqual([]);
    // Someone else's alert is not theirs to mark: it reads as missing.
    const markRead = 'mutation M($id: ID!) { markAlertRead(id: $id) { id readAt } }';
    expect((await as('hampshire-officer', markRead, { id: breaches[0].id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const read = await as<{ markAlertRead: { readAt: string } }>('hampshire-coordinator', markRead, { id: breaches[0].id });
    expect(read.data?.markAlertRead.readAt).toBeTruthy();
    expect((await alertsOf('hampshire-coordinator')).map((a) => a.id)).toEqual([breaches[1].id]);
    expect((await alertsOf('hampshire-coordinator', false)).map((a) => a.id).sort()).toEqual(breaches.map((a) => a.id).sort());
  });

  it('lets a stale timer fire and change nothing', async () => {
    const ref = await submit(null, {
      councilId: 'hart',
      kind: 'COMPLAINT',
      channel: 'EMAIL',
      serviceArea: 'licensing',
      summary: 'Licence delay',
      details: 'Waiting weeks.',
      complainant: { type: 'RESIDENT', name: 'Sid Stale', email: 'sid@example.org' },
    });
    const c = await eventually(() => getCase('hart-officer', ref));
    const connection = new IORedis(redis.url, { maxRetriesPerRequest: null });
    const timers = new Queue(QUEUES.slaTimers, { connection, prefix: platform.isolation.queuePrefix });
    try {
      // A due trigger for a deadline the case does not have (as if it had been moved since): due now.
      const stale = await timers.add(
        'sla.timer',
        { v: 1, caseId: c.id, stage: c.stage.number, deadline: 'RESPONSE', fire: 'DUE', dueAt: '2026-01-05T23:59:59.999Z' },
        { jobId: `stale-${c.id}` },
      );
      await eventually(async () => ((await stale.getState()) === 'completed' ? true : null)); // the worker took it and finished
      const after = await getCase('hart-officer', ref);
      expect(after).toMatchObject({ overdue: false, stage: { breaches: [] } });
      expect(after!.timeline.map((e) => e.type)).not.toContain('SLA_BREACHED');
    } finally {
      await timers.close();
      connection.disconnect();
    }
  });

  it('restores every timer from PostgreSQL after Redis is wiped', async () => {
    const ref = await submit(null, {
      councilId: 'hart',
      kind: 'COMPLAINT',
      channel: 'EMAIL',
      serviceArea: 'parking',
      summary: 'Car park barrier',
      details: 'Broken for a week.',
      complainant: { type: 'RESIDENT', name: 'Pat Park', email: 'pat.park@example.org' },
    });
    const c = await eventually(() => getCase('hart-officer', ref));
    const connection = new IORedis(redis.url, { maxRetriesPerRequest: null });
    const timers = new Queue(QUEUES.slaTimers, { connection, prefix: platform.isolation.queuePrefix });
    const mine = async () =>
      (await timers.getJobs(['delayed', 'wait'])).filter((j) => (j.data as { caseId?: string }).caseId === c.id).length;
    try {
      expect(await eventually(async () => ((await mine()) === 4 ? 4 : null))).toBe(4);
      await connection.flushall();
      expect(await mine()).toBe(0);
      // Nothing else is done: the casework worker's next reconcile (every 1.5 s here) rebuilds them.
      expect(await eventually(async () => ((await mine()) === 4 ? 4 : null), 20_000)).toBe(4);
    } finally {
      await timers.close();
      connection.disconnect();
    }
  });
});
