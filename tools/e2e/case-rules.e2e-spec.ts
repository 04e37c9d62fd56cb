import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knex } from '@mikro-orm/postgresql';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { HART_POLICY, Role } from '@redress/policy';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

// Every guard of the policy core's case machine, reached through the gateway as a client would, with the real
// actor: the handler, a colleague who is not, Heads of Service of this and another service area, the coordinator.
jest.setTimeout(180_000);

// A third council hosted by this deployment's policy file: Hart's procedure with extensions capped at 5 working days
// (neither seed sets a cap, so the cap is tested on a council of the test's own).
const CAPSHIRE = {
  ...HART_POLICY,
  councilId: 'capshire',
  councilName: 'Capshire Borough Council',
  referencePrefix: 'CAP',
  stages: HART_POLICY.stages.map((s) => ({ ...s, maxExtensionWorkingDays: 5 })),
};

let platform: RunningPlatform;
const tokens: Record<string, string> = {};
const STAFF: [string, string, Role][] = [
  ['hart-officer', 'hart', Role.OFFICER],
  // An officer of the council who is not the case's handler.
  ['hart-officer-2', 'hart', Role.OFFICER],
  ['hart-head-of-service', 'hart', Role.HEAD_OF_SERVICE],
  // A Head of Service the directory gives no waste service.
  ['hart-head-of-housing', 'hart', Role.HEAD_OF_SERVICE],
  ['hart-coordinator', 'hart', Role.COMPLAINTS_COORDINATOR],
  ['hart-contact-centre', 'hart', Role.CONTACT_CENTRE],
  ['hampshire-officer', 'hampshire', Role.OFFICER],
  ['hampshire-coordinator', 'hampshire', Role.COMPLAINTS_COORDINATOR],
  ['capshire-officer', 'capshire', Role.OFFICER],
  ['capshire-coordinator', 'capshire', Role.COMPLAINTS_COORDINATOR],
];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'redress-policy-'));
  writeFileSync(join(dir, 'capshire.json'), JSON.stringify(CAPSHIRE));
  platform = await startPlatform('case-rules', { COUNCIL_POLICY_FILES: join(dir, 'capshire.json') });
  for (const [sub, council, role] of STAFF) tokens[sub] = await signDevToken({ sub, name: sub, council, roles: [role] }, DEV_JWT_SECRET);
  // Capshire's staff directory and Hart's Head of Housing, as a council would load theirs.
  const db = knex({ client: 'pg', connection: platform.isolation.config('casework').databaseUrl, pool: { min: 0, max: 1 } });
  const table = `"${platform.isolation.schemaPrefix}casework"."staff_member"`;
  await eventually(async () => (await db.raw(`select 1 from ${table} where id = 'hart-officer'`)).rows.length || null);
  for (const [id, council, roles, areas] of [
    ['capshire-officer', 'capshire', [Role.OFFICER], ['waste']],
    ['capshire-coordinator', 'capshire', [Role.COMPLAINTS_COORDINATOR], []],
    ['hart-head-of-housing', 'hart', [Role.HEAD_OF_SERVICE], ['housing']],
  ] as const) {
    await db.raw(`insert into ${table} (id, council_id, name, roles, service_areas) values (?, ?, ?, ?, ?)`, [
      id,
      council,
      id,
      JSON.stringify(roles),
      JSON.stringify(areas),
    ]);
  }
  await db.destroy();
});
afterAll(async () => {
  await platform?.stop();
});

interface CaseView {
  id: string;
  status: string;
  assigneeId: string | null;
  allowedActions: string[];
  stage: { number: number };
  timeline: { type: string; detail: string | null }[];
}
const FIELDS = 'id status assigneeId allowedActions stage { number } timeline { type detail }';
type Outcome = { ok: true; case: CaseView } | { ok: false; code: string; message: string; field?: string };

async function run(who: string, mutation: string): Promise<Outcome> {
  const name = /^\s*(\w+)/.exec(mutation)![1];
  const res = await gql<Record<string, CaseView>>(platform.gatewayUrl, `mutation { ${mutation} { ${FIELDS} } }`, {}, tokens[who]);
  if (res.errors) {
    const [e] = res.errors as { message: string; extensions?: { code?: string; field?: string } }[];
    return { ok: false, code: e.extensions?.code ?? 'NONE', message: e.message, field: e.extensions?.field };
  }
  return { ok: true, case: res.data![name] };
}
const refused = (code: string, message: RegExp) => ({ ok: false, code, message: expect.stringMatching(message) });
const accepted = { ok: true };

async function complaint(
  councilId: string,
  over: string = '',
  serviceArea = councilId === 'hampshire' ? 'highways' : 'waste',
): Promise<string> {
  const complainant = over.includes('complainant')
    ? ''
    : `complainant: { type: RESIDENT, name: "Jo Bloggs", email: "jo.${Math.random().toString(36).slice(2)}@example.org" }`;
  const res = await gql<{ submitFeedback: { reference: string } }>(
    platform.gatewayUrl,
    `mutation { submitFeedback(input: { councilId: "${councilId}", kind: COMPLAINT, channel: WEB_FORM,
      serviceArea: "${serviceArea}",
      summary: "Bin missed again", details: "The bin was not emptied on collection day." ${complainant} ${over} }) { reference } }`,
  );
  return res.data!.submitFeedback.reference;
}
async function opened(who: string, reference: string): Promise<CaseView> {
  return eventually(
    async () =>
      (
        await gql<{ case: CaseView | null }>(
          platform.gatewayUrl,
          `query { case(reference: "${reference}") { ${FIELDS} } }`,
          {},
          tokens[who],
        )
      ).data?.case,
  );
}
const actionsOf = async (who: string, reference: string) => (await opened(who, reference)).allowedActions;
/** What the handler of a new, acknowledged-or-not Hart case may do. */
const HANDLER_OF_A_NEW_CASE = [
  'ACKNOWLEDGE',
  'EXTEND',
  'HOLD',
  'RESPOND',
  'RECORD_CONTACT',
  'NOTIFY_DELAY',
  'SET_CATEGORIES',
  'SET_STAFF_INVOLVED',
  'RECORD_ADJUSTMENT',
];

describe('the case machine, through the gateway', () => {
  let hart: CaseView;
  let reference: string;

  beforeAll(async () => {
    reference = await complaint('hart', 'skipInformal: true');
    hart = await opened('hart-coordinator', reference);
  });

  it('lists for each person only the actions that will work', async () => {
    // Amy Clarke works in waste: the case is not yet anyone's, so she may take it, and nothing else.
    expect(await actionsOf('hart-officer', reference)).toEqual(['TAKE']);
    expect(await actionsOf('hart-officer-2', reference)).toEqual([]);
    // Extending and responding wait for a handler; Hart has no Statement of Complaint; nothing to escalate yet.
    expect(await actionsOf('hart-coordinator', reference)).toEqual([
      'ASSIGN',
      'ACKNOWLEDGE',
      'HOLD',
      'REFER_TO_OMBUDSMAN',
      'RECORD_CONTACT',
      'SET_CATEGORIES',
      'SET_STAFF_INVOLVED',
      'RESTRICT_CONTACT',
      'RECORD_ADJUSTMENT',
    ]);
    expect(await actionsOf('hart-head-of-housing', reference)).toEqual([]);
    expect(await actionsOf('hart-contact-centre', reference)).toEqual(['RECORD_CONTACT', 'RECORD_ADJUSTMENT']);
  });

  it('refuses an officer who is not the handler, and a Head of Service of another area', async () => {
    expect(await run('hart-officer', `acknowledgeCase(caseId: "${hart.id}")`)).toMatchObject(
      refused(
        'FORBIDDEN',
        /^Only the case's handler, the Head of Service for waste or the complaints coordinator can acknowledge the complaint\.$/,
      ),
    );
    expect(await run('hart-head-of-housing', `assignCase(caseId: "${hart.id}", assigneeId: "hart-officer")`)).toMatchObject(
      refused('FORBIDDEN', /Head of Service for waste/),
    );
    // Naming someone else is assigning, which is a manager's.
    expect(await run('hart-officer', `assignCase(caseId: "${hart.id}", assigneeId: "hart-officer-2")`)).toMatchObject(
      refused('FORBIDDEN', /^Only head of service or complaints coordinator can assign the case at Stage 1\.$/),
    );
  });

  it('an officer takes ownership of a case of their own service area (Hart s.1, s.6.1)', async () => {
    const ref = await complaint('hart', 'skipInformal: true');
    const fresh = await opened('hart-coordinator', ref);
    const taken = await run('hart-officer', `assignCase(caseId: "${fresh.id}", assigneeId: "hart-officer")`);
    expect(taken).toMatchObject({ ok: true, case: { assigneeId: 'hart-officer' } });
    const timeline = taken.ok ? taken.case.timeline : [];
    expect(timeline.filter((e) => e.type === 'ASSIGNED').map((e) => e.detail)).toEqual(['Taken by Amy Clarke, who now handles it']);
    expect(await actionsOf('hart-officer', ref)).toEqual(HANDLER_OF_A_NEW_CASE);
    // Once it is someone's, a colleague cannot take it from them; a manager reassigns, and the history stays.
    expect(await run('hart-officer-2', `assignCase(caseId: "${fresh.id}", assigneeId: "hart-officer-2")`)).toMatchObject(
      refused('CONFLICT', /already has a handler \(hart-officer\): ask a manager to reassign it/),
    );
    const moved = await run('hart-head-of-service', `assignCase(caseId: "${fresh.id}", assigneeId: "hart-head-of-service")`);
    const details = moved.ok ? moved.case.timeline.filter((e) => e.type === 'ASSIGNED').map((e) => e.detail) : [];
    expect(details).toEqual(['Taken by Amy Clarke, who now handles it', 'Assigned to Tom Briggs (was hart-officer)']);
    // A case of a service area the officer does not work in is assigned to them, not taken.
    const planningRef = await complaint('hart', 'skipInformal: true', 'planning');
    const planning = await opened('hart-coordinator', planningRef);
    expect(await actionsOf('hart-officer', planningRef)).toEqual([]);
    expect(await run('hart-officer', `assignCase(caseId: "${planning.id}", assigneeId: "hart-officer")`)).toMatchObject(
      refused('FORBIDDEN', /^You can take only cases of a service area you work in; this one is planning\.$/),
    );
  });

  it('needs a handler before an extension or a response', async () => {
    expect(await run('hart-coordinator', `agreeExtension(caseId: "${hart.id}", workingDays: 2, reason: "Site visit")`)).toMatchObject(
      refused('CONFLICT', /^Assign the case to a handler before you agree an extension\.$/),
    );
    expect(
      await run(
        'hart-coordinator',
        `respondToCase(caseId: "${hart.id}", input: { outcome: UPHELD, findings: "Missed", remedies: [APOLOGY] })`,
      ),
    ).toMatchObject(refused('CONFLICT', /Assign the case to a handler before you respond/));
  });

  it('lets the handler work it and keeps colleagues out', async () => {
    expect(await run('hart-coordinator', `assignCase(caseId: "${hart.id}", assigneeId: "hart-officer")`)).toMatchObject(accepted);
    expect(await actionsOf('hart-officer', reference)).toEqual(HANDLER_OF_A_NEW_CASE);
    expect(await actionsOf('hart-officer-2', reference)).toEqual([]);
    expect(await run('hart-officer-2', `agreeExtension(caseId: "${hart.id}", workingDays: 2, reason: "Site visit")`)).toMatchObject(
      refused('FORBIDDEN', /Only the case's handler/),
    );
    expect(
      await run(
        'hart-officer-2',
        `recordContact(caseId: "${hart.id}", input: { direction: INBOUND, channel: TELEPHONE, summary: "Called" })`,
      ),
    ).toMatchObject(refused('FORBIDDEN', /Only the case's handler/));
    expect(
      await run(
        'hart-contact-centre',
        `recordContact(caseId: "${hart.id}", input: { direction: INBOUND, channel: TELEPHONE, summary: "Called for news" })`,
      ),
    ).toMatchObject(accepted);
    expect(await run('hart-officer', `acknowledgeCase(caseId: "${hart.id}")`)).toMatchObject(accepted);
    expect(await run('hart-officer', `acknowledgeCase(caseId: "${hart.id}")`)).toMatchObject(
      refused('CONFLICT', /^Stage 1 was already acknowledged\.$/),
    );
    // The Head of Service of the case's own service area may step in (a handler off sick, Hart s.6.1).
    expect(
      await run('hart-head-of-service', `agreeExtension(caseId: "${hart.id}", workingDays: 2, reason: "Handler off sick")`),
    ).toMatchObject(accepted);
  });

  it('keeps to the order of the procedure', async () => {
    expect(await run('hart-officer', `closeCase(caseId: "${hart.id}")`)).toMatchObject(
      refused('CONFLICT', /^You cannot close the case while the case is open\.$/),
    );
    expect(await run('hart-officer', `escalateCase(caseId: "${hart.id}", reason: "Unhappy")`)).toMatchObject(
      refused('CONFLICT', /has not replied yet/),
    );
    expect(await run('hart-officer', `resumeCase(caseId: "${hart.id}")`)).toMatchObject(
      refused('CONFLICT', /resume the case while the case is open/),
    );
    expect(await run('hart-officer', `agreeStatementOfComplaint(caseId: "${hart.id}", statement: "The missed bins")`)).toMatchObject(
      refused('CONFLICT', /^Hart District Council's policy does not use a Statement of Complaint\.$/),
    );
    expect(await run('hart-officer', `signOffResponse(caseId: "${hart.id}")`)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await run('hart-coordinator', `signOffResponse(caseId: "${hart.id}")`)).toMatchObject(
      refused('CONFLICT', /need no sign-off under Hart District Council's policy/),
    );
    expect(
      await run('hart-coordinator', `recordOmbudsmanDecision(caseId: "${hart.id}", input: { decision: NOT_UPHELD, summary: "No fault" })`),
    ).toMatchObject(refused('CONFLICT', /while the case is open/));
    expect(await run('hart-coordinator', `answerOmbudsmanEnquiry(caseId: "${hart.id}", summary: "Sent the file")`)).toMatchObject(
      refused('CONFLICT', /answer the Ombudsman's enquiry while the case is open/),
    );
    expect(
      await run(
        'hart-officer',
        `respondToCase(caseId: "${hart.id}", ` +
          `input: { outcome: PARTIALLY_UPHELD, findings: "Two collections were missed.", remedies: [APOLOGY] })`,
      ),
    ).toMatchObject(accepted);
    expect(await run('hart-officer', `agreeExtension(caseId: "${hart.id}", workingDays: 2, reason: "More time")`)).toMatchObject(
      refused('CONFLICT', /agree an extension while the case is responded/),
    );
    // The response promised an apology: recording it as done is now possible.
    expect(await actionsOf('hart-officer', reference)).toEqual([
      'ESCALATE',
      'RECORD_CONTACT',
      'SET_CATEGORIES',
      'SET_STAFF_INVOLVED',
      'RECORD_ADJUSTMENT',
      'COMPLETE_REMEDY_ACTION',
      'CLOSE',
    ]);
  });

  it('Stage 2 is for the Head of Service, signed off by the Joint Chief Executive', async () => {
    const s2 = await run('hart-officer', `escalateCase(caseId: "${hart.id}", reason: "The resident is still unhappy")`);
    expect(s2).toMatchObject({ ok: true, case: { stage: { number: 2 }, assigneeId: 'hart-head-of-service' } });
    expect(
      await run('hart-officer', `respondToCase(caseId: "${hart.id}", input: { outcome: NOT_UPHELD, findings: "No fault" })`),
    ).toMatchObject(refused('FORBIDDEN', /^Only head of service or complaints coordinator can respond at Stage 2\.$/));
    expect(
      await run('hart-head-of-service', `respondToCase(caseId: "${hart.id}", input: { outcome: NOT_UPHELD, findings: "No fault found" })`),
    ).toMatchObject(accepted);
    expect(await run('hart-head-of-service', `agreeExtension(caseId: "${hart.id}", workingDays: 2, reason: "More time")`)).toMatchObject(
      refused('CONFLICT', /^Stage 2 already has a response\.$/),
    );
    expect(await run('hart-head-of-service', `signOffResponse(caseId: "${hart.id}")`)).toMatchObject(
      refused('FORBIDDEN', /^Only complaints coordinator can sign off the response at Stage 2\.$/),
    );
    expect(await run('hart-coordinator', `signOffResponse(caseId: "${hart.id}")`)).toMatchObject(accepted);
    expect(await run('hart-coordinator', `signOffResponse(caseId: "${hart.id}")`)).toMatchObject(
      refused('CONFLICT', /sign off the response while the case is responded/),
    );
    expect(await run('hart-head-of-service', `escalateCase(caseId: "${hart.id}", reason: "Still unhappy")`)).toMatchObject(
      refused('BAD_USER_INPUT', /www\.lgo\.org\.uk/),
    );
    expect(await run('hart-coordinator', `referToOmbudsman(caseId: "${hart.id}", ombudsmanReference: "26 001 234")`)).toMatchObject(
      accepted,
    );
    expect(await run('hart-coordinator', `referToOmbudsman(caseId: "${hart.id}", ombudsmanReference: "26 001 234")`)).toMatchObject(
      refused('CONFLICT', /while the case is with ombudsman/),
    );
  });

  it('an anonymous complaint cannot be acknowledged or given an extension: there is no one to write to', async () => {
    const ref = await complaint('hart', 'complainant: null');
    const anon = await opened('hart-coordinator', ref);
    expect(anon.allowedActions).not.toContain('ACKNOWLEDGE');
    expect(await run('hart-coordinator', `acknowledgeCase(caseId: "${anon.id}")`)).toMatchObject(
      refused('CONFLICT', /^An anonymous complaint cannot be acknowledged: there is no one to contact\.$/),
    );
    expect(await run('hart-coordinator', `assignCase(caseId: "${anon.id}", assigneeId: "hart-officer")`)).toMatchObject(accepted);
    expect(await run('hart-officer', `agreeExtension(caseId: "${anon.id}", workingDays: 2, reason: "Site visit")`)).toMatchObject(
      refused('CONFLICT', /anonymous complaint cannot be given an agreed extension/),
    );
  });

  it('Hampshire investigates only once the Statement of Complaint is agreed', async () => {
    const hants = await opened('hampshire-coordinator', await complaint('hampshire'));
    expect(await run('hampshire-coordinator', `assignCase(caseId: "${hants.id}", assigneeId: "hampshire-officer")`)).toMatchObject(
      accepted,
    );
    expect(await run('hampshire-officer', `holdCase(caseId: "${hants.id}", reason: AWAITING_STATEMENT_OF_COMPLAINT)`)).toMatchObject({
      ok: true,
      case: { status: 'ON_HOLD' },
    });
    expect(await run('hampshire-officer', `holdCase(caseId: "${hants.id}", reason: AWAITING_CUSTOMER)`)).toMatchObject(
      refused('CONFLICT', /put the case on hold while the case is on hold/),
    );
    expect(await run('hampshire-officer', `resumeCase(caseId: "${hants.id}")`)).toMatchObject(accepted);
    expect(
      await run('hampshire-officer', `respondToCase(caseId: "${hants.id}", input: { outcome: NOT_UPHELD, findings: "No fault" })`),
    ).toMatchObject(refused('CONFLICT', /needs an agreed Statement of Complaint/));
    expect(
      await run('hampshire-officer', `agreeStatementOfComplaint(caseId: "${hants.id}", statement: "The pothole on Station Road")`),
    ).toMatchObject(accepted);
    expect(
      await run(
        'hampshire-officer',
        `respondToCase(caseId: "${hants.id}", input: { outcome: NOT_UPHELD, findings: "Repaired within the target time" })`,
      ),
    ).toMatchObject(accepted);
  });

  it("an extension is refused past the policy's cap, naming the field", async () => {
    const capRef = await complaint('capshire', 'skipInformal: true');
    expect(capRef).toMatch(/^CAP-\d{4}-\d{6}$/);
    const cap = await opened('capshire-coordinator', capRef);
    expect(await run('capshire-coordinator', `assignCase(caseId: "${cap.id}", assigneeId: "capshire-officer")`)).toMatchObject(accepted);
    expect(await run('capshire-officer', `agreeExtension(caseId: "${cap.id}", workingDays: 3, reason: "Site visit")`)).toMatchObject(
      accepted,
    );
    expect(await run('capshire-officer', `agreeExtension(caseId: "${cap.id}", workingDays: 3, reason: "Another visit")`)).toMatchObject({
      ...refused(
        'BAD_USER_INPUT',
        /^Capshire Borough Council's policy allows at most 5 working days of extension at Stage 1; 3 already agreed\.$/,
      ),
      field: 'workingDays',
    });
    expect(await run('capshire-officer', `agreeExtension(caseId: "${cap.id}", workingDays: 2, reason: "Last visit")`)).toMatchObject(
      accepted,
    );
    // The cap is reached: no extension is offered any more.
    expect(await actionsOf('capshire-officer', capRef)).toEqual([
      'ACKNOWLEDGE',
      'HOLD',
      'RESPOND',
      'RECORD_CONTACT',
      'NOTIFY_DELAY',
      'SET_CATEGORIES',
      'SET_STAFF_INVOLVED',
      'RECORD_ADJUSTMENT',
    ]);
  });
});
