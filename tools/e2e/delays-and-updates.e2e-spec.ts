import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role, addBankHolidays, addWorkingDays, formatLongDate, isWorkingDay, londonDate } from '@redress/policy';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * Delays explained with a new date, the Joint Chief Executive informed at Hart Stage 2, resuming tells the customer,
 * a bank holiday announced after the release (EXTRA_BANK_HOLIDAYS_FILE) counted by every process, and Hampshire's
 * regular updates. Running deadlines moved by a holiday: bank-holiday-announced.e2e-spec.ts; the timers with a clock
 * of the test's own: apps/casework/src/timers/delays-and-updates.int-spec.ts.
 */

jest.setTimeout(120_000);

// A one-off bank holiday on the next working day, announced "after the release": the platform must count it.
const today = londonDate(new Date());
const holiday = addWorkingDays(today, 1);
const HOLIDAYS_FILE = join(mkdtempSync(join(tmpdir(), 'redress-holidays-')), 'extra-bank-holidays.json');
writeFileSync(HOLIDAYS_FILE, JSON.stringify([{ date: holiday, name: 'Bank holiday announced for the test' }]));

let platform: RunningPlatform;
const tokens: Record<string, string> = {};
const STAFF: [string, string, Role][] = [
  ['hart-officer', 'hart', Role.OFFICER],
  ['hart-head-of-service', 'hart', Role.HEAD_OF_SERVICE],
  ['hart-coordinator', 'hart', Role.COMPLAINTS_COORDINATOR],
  ['hampshire-contact-centre', 'hampshire', Role.CONTACT_CENTRE],
  ['hampshire-officer', 'hampshire', Role.OFFICER],
];

beforeAll(async () => {
  platform = await startPlatform('delays', { EXTRA_BANK_HOLIDAYS_FILE: HOLIDAYS_FILE });
  for (const [sub, council, role] of STAFF) tokens[sub] = await signDevToken({ sub, name: sub, council, roles: [role] }, DEV_JWT_SECRET);
});
afterAll(async () => {
  await platform?.stop();
});

interface CaseView {
  id: string;
  status: string;
  assigneeId: string | null;
  allowedActions: string[];
  stage: { number: number; acknowledgeBy: string; respondBy: string; expectedResponseBy: string | null };
  timeline: { type: string; detail: string | null }[];
}
const FIELDS = 'id status assigneeId allowedActions stage { number acknowledgeBy respondBy expectedResponseBy } timeline { type detail }';

const call = <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
  gql<T>(platform.gatewayUrl, query, variables, tokens[who]);
async function act(who: string, mutation: string, signature: string, variables: Record<string, unknown>): Promise<CaseView> {
  const name = /^\s*(\w+)\(/.exec(mutation)![1];
  const res = await call<Record<string, CaseView>>(who, `mutation M(${signature}) { ${mutation} { ${FIELDS} } }`, variables);
  if (res.errors) throw Object.assign(new Error(res.errors[0].message), res.errors[0].extensions);
  return res.data![name];
}
const getCase = async (who: string, ref: string) =>
  (await call<{ case: CaseView | null }>(who, `query C($r: String!) { case(reference: $r) { ${FIELDS} } }`, { r: ref })).data?.case ?? null;

async function submit(summary: string): Promise<CaseView & { reference: string }> {
  const res = await gql<{ submitFeedback: { reference: string; outcome: string } }>(
    platform.gatewayUrl,
    'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }',
    {
      i: {
        councilId: 'hart',
        kind: 'COMPLAINT',
        channel: 'WEB_FORM',
        serviceArea: 'waste',
        summary,
        details: 'The bins were missed three weeks running.',
        complainant: { type: 'RESIDENT', name: 'Robin Delay', email: `robin.${Date.now()}@example.org` },
      },
    },
  );
  const reference = res.data!.submitFeedback.reference;
  const c = await eventually(() => getCase('hart-officer', reference), 20_000);
  return { ...c, reference };
}
const take = (id: string) =>
  act('hart-officer', 'assignCase(caseId: $id, assigneeId: "hart-officer")', '$id: ID!', { id }).catch(() => undefined);
const notifyDelay = (who: string, id: string, newRespondBy: string, reason = 'The crew report is not back yet') =>
  act(who, 'notifyDelay(caseId: $id, newRespondBy: $d, reason: $r)', '$id: ID!, $d: Date!, $r: String!', {
    id,
    d: newRespondBy,
    r: reason,
  });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'ALLOWED',
    (e: { code?: string; field?: string }) => `${e.code} ${e.field ?? ''}`.trim(),
  );
const lastMessage = (c: CaseView) => c.timeline.filter((e) => e.type === 'MESSAGE_TO_CUSTOMER').at(-1)?.detail ?? '';

describe('delays explained with a new date, and a restart told to the customer', () => {
  it('counts a bank holiday added by the deployment (EXTRA_BANK_HOLIDAYS_FILE) in every new deadline', async () => {
    addBankHolidays([{ date: holiday, name: 'Bank holiday announced for the test' }]);
    expect(isWorkingDay(holiday)).toBe(false);
    const c = await submit('Holiday counted');
    // Hart's informal stage: acknowledged within three working days, the new holiday not among them.
    expect(c.stage.acknowledgeBy).toBe(addWorkingDays(today, 3));
  });

  it("records the officer's new date and tells the customer why; the promised date stays; hold and resume are told", async () => {
    const c = await submit('Delay explained');
    await take(c.id);
    const promised = (await getCase('hart-officer', c.reference))!;
    expect(promised.allowedActions).toContain('NOTIFY_DELAY');
    const respondBy = promised.stage.respondBy;

    // A date out of range, or not later than the one already given: BAD_USER_INPUT naming newRespondBy; nothing changes.
    expect(await refusal(notifyDelay('hart-officer', c.id, '2999-01-01'))).toBe('BAD_USER_INPUT newRespondBy');
    expect(await refusal(notifyDelay('hart-officer', c.id, respondBy))).toBe('BAD_USER_INPUT newRespondBy');
    expect((await getCase('hart-officer', c.reference))!.stage.expectedResponseBy).toBeNull();

    const newDate = addWorkingDays(respondBy, 10);
    const delayed = await notifyDelay('hart-officer', c.id, newDate);
    expect(delayed.stage).toMatchObject({ respondBy, expectedResponseBy: newDate });
    expect(delayed.timeline.map((e) => e.type)).toContain('DELAY_NOTIFIED');
    expect(lastMessage(delayed)).toContain(`will be later than ${formatLongDate(respondBy)}, the date we gave you.`);
    expect(lastMessage(delayed)).toContain(`The crew report is not back yet. We now expect to reply by ${formatLongDate(newDate)}.`);
    // Hart's informal stage informs nobody else.
    const alerts = await call<{ myAlerts: { reference: string | null }[] }>('hart-coordinator', '{ myAlerts { reference } }');
    expect(alerts.data!.myAlerts.filter((a) => a.reference === c.reference)).toEqual([]);

    await act('hart-officer', 'holdCase(caseId: $id, reason: AWAITING_CUSTOMER)', '$id: ID!', { id: c.id });
    const resumed = await act('hart-officer', 'resumeCase(caseId: $id)', '$id: ID!', { id: c.id });
    expect(resumed.status).toBe('OPEN');
    expect(lastMessage(resumed)).toMatch(
      new RegExp(
        `We have restarted work on your complaint under Informal resolution\\. We will now reply by ${formatLongDate(newDate)}\\.$`,
      ),
    );
  });

  it('at Hart Stage 2, a delay informs the Joint Chief Executive: an alert to the complaints coordinator', async () => {
    const c = await submit('Delay at Stage 2');
    let stage: CaseView = c;
    for (const n of [0, 1]) {
      if (!stage.assigneeId) await take(c.id);
      await act('hart-officer', 'respondToCase(caseId: $id, input: $i)', '$id: ID!, $i: CaseResponseInput!', {
        id: c.id,
        i: { outcome: 'NOT_UPHELD', findings: `Findings at stage ${n}` },
      });
      stage = await act('hart-officer', 'escalateCase(caseId: $id, reason: "Still unhappy")', '$id: ID!', { id: c.id });
    }
    // Escalation gave Stage 2 to the Head of Service for waste.
    expect(stage).toMatchObject({ assigneeId: 'hart-head-of-service', stage: { number: 2 } });
    const newDate = addWorkingDays(stage.stage.respondBy, 10);
    await notifyDelay('hart-head-of-service', c.id, newDate, 'The contractor has not replied');
    const alerts = await call<{ myAlerts: { kind: string; reference: string | null; message: string }[] }>(
      'hart-coordinator',
      '{ myAlerts { kind reference message } }',
    );
    expect(alerts.data!.myAlerts.filter((a) => a.reference === c.reference)).toEqual([
      {
        kind: 'STAGE_DELAYED',
        reference: c.reference,
        message:
          `${c.reference}: Stage 2 will be answered late: the customer was told of a delay (The contractor has not replied) and now ` +
          `expects a reply by ${formatLongDate(newDate)}; it was promised by ${formatLongDate(stage.stage.respondBy)}.`,
      },
    ]);
  });

  it('Hampshire keeps the complainant updated: a case with no word to them for 10 working days gets a progress update', async () => {
    // A letter received four weeks ago and recorded only now: nobody has written to the complainant since.
    const receivedAt = new Date(Date.now() - 28 * 24 * 3600_000).toISOString();
    const res = await call<{ submitFeedback: { reference: string } }>(
      'hampshire-contact-centre',
      'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }',
      {
        i: {
          councilId: 'hampshire',
          kind: 'COMPLAINT',
          channel: 'LETTER',
          serviceArea: 'highways',
          receivedAt,
          summary: 'Pothole not repaired',
          details: 'Reported twice; still there.',
          complainant: { type: 'RESIDENT', name: 'Una Update', postalAddress: '1 High Street, Winchester' },
        },
      },
    );
    const reference = res.data!.submitFeedback.reference;
    const updated = await eventually(async () => {
      const c = await getCase('hampshire-officer', reference);
      return c?.timeline.some((e) => e.type === 'MESSAGE_TO_CUSTOMER' && /\bStage 1\b/.test(e.detail ?? '')) ? c : null;
    }, 30_000);
    const told = updated.timeline.filter((e) => e.type === 'MESSAGE_TO_CUSTOMER').map((e) => e.detail);
    // Once, not once per missed fortnight.
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(
      new RegExp(`^To Una Update by post: Your reference: ${reference}\\. We are still looking into your complaint under Stage 1 `),
    );
    expect(told[0]).toMatch(/We will write again within 10 working days if we have not replied by then\.$/);
  });
});
