import { knex } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/postgresql';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role } from '@redress/policy';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * Across the tiers, as a resident and the complaints teams of both councils would see it (Hart §4 "Services provided
 * by other layers of local government"; Hampshire "services or matters which fall outside of the control of the
 * County Council"): a complaint reaches the other council only when it is on this platform and its own policy takes
 * it, the reply says exactly what happened and what the resident must do, and a reference at the other council is
 * given only for a case opened there. Then the promises made to compliments: listed for staff, and the Head of
 * Service told.
 */

jest.setTimeout(180_000);

let platform: RunningPlatform;
let db: Knex;
const token: Record<string, string> = {};

beforeAll(async () => {
  platform = await startPlatform('cross-tier');
  db = knex({ client: 'pg', connection: platform.isolation.config('intake').databaseUrl, pool: { min: 0, max: 2 } });
  for (const [sub, council, role] of [
    ['hart-officer', 'hart', Role.OFFICER],
    ['hart-head-of-service', 'hart', Role.HEAD_OF_SERVICE],
    ['hart-contact-centre', 'hart', Role.CONTACT_CENTRE],
    ['hampshire-coordinator', 'hampshire', Role.COMPLAINTS_COORDINATOR],
  ] as const)
    token[sub] = await signDevToken({ sub, name: sub, council, roles: [role] }, DEV_JWT_SECRET);
});
afterAll(async () => {
  await db?.destroy();
  await platform?.stop();
});

interface Referral {
  route: string;
  detail: string;
  councilId: string | null;
  reference: string | null;
}
interface Submitted {
  reference: string;
  outcome: string;
  message: string;
  stage: number | null;
  referral: Referral | null;
}
const RESULT = 'outcome message stage referral { route detail councilId reference }';
const submit = async (i: Record<string, unknown>): Promise<Submitted> => {
  const res = await gql<{ submitFeedback: Submitted }>(
    platform.gatewayUrl,
    `mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference ${RESULT} } }`,
    { i },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.submitFeedback;
};
const preview = async (i: Record<string, unknown>) =>
  gql<{ previewSubmission: Omit<Submitted, 'reference'> & { late: boolean; acknowledgeBy: string | null } }>(
    platform.gatewayUrl,
    `query P($i: SubmitFeedbackInput!) { previewSubmission(input: $i) { late acknowledgeBy ${RESULT} } }`,
    { i },
  );

const caseAt = async (reference: string, who: string) =>
  (
    await gql<{ case: { reference: string; serviceArea: string; stage: { number: number }; timeline: { detail: string }[] } | null }>(
      platform.gatewayUrl,
      'query C($r: String!) { case(reference: $r) { reference serviceArea stage { number } timeline { detail } } }',
      { r: reference },
      token[who],
    )
  ).data?.case ?? null;

const table = (service: string, name: string) => `${platform.isolation.schemaPrefix}${service}.${name}`;
const submissionsAt = async (councilId: string): Promise<number> =>
  Number((await db(table('intake', 'submission')).where({ council_id: councilId }).count({ n: '*' }))[0].n);
const casesWith = async (reference: string): Promise<number> =>
  Number((await db(table('casework', 'case')).where({ reference }).count({ n: '*' }))[0].n);

const person = (email: string) => ({ type: 'RESIDENT', name: 'Alex Resident', email });
const hampshireBins = (over: Record<string, unknown> = {}) => ({
  councilId: 'hampshire',
  kind: 'COMPLAINT',
  channel: 'WEB_FORM',
  serviceArea: 'bins',
  summary: 'Bins missed',
  details: 'Our bins have been missed three weeks running.',
  complainant: person('bins@example.org'),
  ...over,
});
const hartRoads = (over: Record<string, unknown> = {}) => ({
  councilId: 'hart',
  kind: 'COMPLAINT',
  channel: 'WEB_FORM',
  serviceArea: 'roads',
  summary: 'Pothole on Fleet Road',
  details: 'A deep pothole outside number 12.',
  complainant: person('roads@example.org'),
  ...over,
});

describe('what each council publishes', () => {
  it("lists Hampshire's districts (Hart's council on this platform) and both policies' consent, referral routes and contacts", async () => {
    const res = await gql<{ councils: Record<string, unknown>[] }>(
      platform.gatewayUrl,
      '{ councils { id localAreas { code name councilId } policy { representativeConsent referralRoutes { matter route } ' +
        'contact { email postalAddress phone website } ombudsman { name phone website postalAddress } } } }',
    );
    const [hart, hampshire] = res.data!.councils as {
      id: string;
      localAreas: { code: string; name: string; councilId: string | null }[];
      policy: { representativeConsent: string[]; referralRoutes: { matter: string; route: string }[]; contact: { email: string } };
    }[];
    expect(hart).toMatchObject({ id: 'hart', localAreas: [], policy: { representativeConsent: ['VERBAL', 'WRITTEN'] } });
    expect(hart.policy.contact.email).toBe('complaints@hart.gov.uk');
    expect(hampshire.policy.representativeConsent).toEqual(['WRITTEN']);
    expect(hampshire.localAreas).toHaveLength(11);
    expect(hampshire.localAreas.filter((a) => a.councilId)).toEqual([{ code: 'HART', name: 'Hart', councilId: 'hart' }]);
    expect(hampshire.policy.referralRoutes).toContainEqual({ matter: 'WHISTLEBLOWING', route: 'Whistleblowing policy' });
    expect(res.data!.councils[1]).toMatchObject({
      policy: { ombudsman: { name: 'Local Government and Social Care Ombudsman', phone: '0300 061 0614', website: 'www.lgo.org.uk' } },
    });
  });
});

describe('a district service brought to Hampshire', () => {
  it('in Hart: passed to Hart, which opens a case under its own reference, given in the reply', async () => {
    const r = await submit(hampshireBins({ localArea: 'HART' }));
    expect(r).toMatchObject({ outcome: 'REFERRED', stage: null, referral: { route: 'Hart District Council', councilId: 'hart' } });
    const theirs = r.referral!.reference!;
    expect(theirs).toMatch(/^HDC-\d{4}-\d{6}$/);
    expect(r.message).toContain(
      `We have passed your complaint to Hart District Council, which has opened it under its own reference, ${theirs}.`,
    );
    const opened = await eventually(() => caseAt(theirs, 'hart-officer'));
    expect(opened).toMatchObject({ serviceArea: 'waste', stage: { number: 0 } });
    expect(opened.timeline[0].detail).toContain(`passed on by another council (their reference ${r.reference})`);
    expect(await caseAt(r.reference, 'hampshire-coordinator')).toBeNull();
  });

  it('elsewhere: the resident is told which council to contact; no case anywhere, and Hart receives nothing', async () => {
    const hartBefore = await submissionsAt('hart');
    const r = await submit(hampshireBins({ localArea: 'RUSHMOOR', complainant: person('rushmoor@example.org') }));
    expect(r).toMatchObject({ outcome: 'REFERRED', referral: { route: 'Rushmoor Borough Council', councilId: null, reference: null } });
    expect(r.message).toMatch(
      /Please contact Rushmoor Borough Council yourself at www\.rushmoor\.gov\.uk: we have not passed your complaint on/,
    );
    const none = await submit(hampshireBins({ complainant: person('nowhere@example.org') }));
    expect(none).toMatchObject({ outcome: 'NEEDS_LOCAL_AREA', stage: null, referral: { councilId: null, reference: null } });
    expect(none.message).toMatch(/Please send it again saying which district or borough the matter arose in \(Basingstoke and Deane, /);
    // A case passed on at the same time reaches casework: by then these would have too, had they been sent.
    const control = await submit(hampshireBins({ localArea: 'HART', complainant: person('control@example.org') }));
    await eventually(() => caseAt(control.referral!.reference!, 'hart-officer'));
    expect([await casesWith(r.reference), await casesWith(none.reference)]).toEqual([0, 0]);
    expect(await submissionsAt('hart')).toBe(hartBefore + 1); // the control only
  });

  it('names the field when the local area is not one of Hampshire’s', async () => {
    const res = await gql(platform.gatewayUrl, 'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }', {
      i: hampshireBins({ localArea: 'ATLANTIS' }),
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.localArea' } });
  });
});

describe('a district service brought to Hampshire, which Hart’s policy would not take', () => {
  it('from a representative with no consent at all: told Hart needs it; nothing opened or sent to Hart', async () => {
    const before = await submissionsAt('hart');
    const r = await submit(
      hampshireBins({
        localArea: 'HART',
        complainant: person('no.consent@example.org'),
        representative: { name: 'Sam Neighbour', relationship: 'neighbour', consent: 'NONE', email: 'sam.n@example.org' },
      }),
    );
    expect(r).toMatchObject({ outcome: 'REFERRED', referral: { councilId: 'hart', reference: null } });
    expect(r.message).toMatch(/We have not passed your complaint to Hart District Council or shared your details with it/);
    expect(r.message).not.toMatch(/HDC-\d{4}-\d{6}/);
    expect(await submissionsAt('hart')).toBe(before);
    expect(await casesWith(r.reference)).toBe(0);
  });
});

describe('a county service brought to Hart, which Hampshire’s policy would not take', () => {
  it('from a representative with spoken consent: told Hampshire needs it in writing; nothing opened or sent there', async () => {
    const before = await submissionsAt('hampshire');
    const r = await submit(
      hartRoads({ representative: { name: 'Sam Carer', relationship: 'carer', consent: 'VERBAL', email: 'sam@example.org' } }),
    );
    expect(r).toMatchObject({
      outcome: 'REFERRED',
      referral: { route: 'Hampshire County Council', councilId: 'hampshire', reference: null },
    });
    expect(r.message).toMatch(
      /We have not passed your complaint to Hampshire County Council or shared your details with it.*Hampshire County Council needs written confirmation from the person concerned/,
    );
    expect(r.message).toMatch(
      /Please send the complaint with that confirmation to Hampshire County Council: email Corporate\.complaints\.team@hants\.gov\.uk\.$/,
    );
    const anonymous = await submit(hartRoads({ complainant: null }));
    expect(anonymous).toMatchObject({ outcome: 'REFERRED', referral: { councilId: 'hampshire', reference: null } });
    expect(anonymous.message).toMatch(/Hampshire County Council does not deal with anonymous complaints/);
    expect(await submissionsAt('hampshire')).toBe(before);
    expect([await casesWith(r.reference), await casesWith(anonymous.reference)]).toEqual([0, 0]);
  });
});

describe('previewSubmission', () => {
  it('answers what submitFeedback would, storing nothing and taking no reference', async () => {
    const first = await submit(hampshireBins({ localArea: 'HART', complainant: person('first@example.org') }));
    const stored = await submissionsAt('hampshire');
    const p = await preview(hampshireBins({ localArea: 'HART', complainant: person('second@example.org') }));
    expect(p.errors).toBeUndefined();
    const again = await preview(hartRoads({ complainant: null }));
    expect(again.data?.previewSubmission.outcome).toBe('REFERRED');
    expect(await submissionsAt('hampshire')).toBe(stored);
    const second = await submit(hampshireBins({ localArea: 'HART', complainant: person('second@example.org') }));
    const number = (ref: string) => Number(ref.slice(-6));
    expect(number(second.reference)).toBe(number(first.reference) + 1);
    expect(number(second.referral!.reference!)).toBe(number(first.referral!.reference!) + 1);
    expect(p.data!.previewSubmission).toMatchObject({ outcome: second.outcome, stage: second.stage, late: false });
    expect(p.data!.previewSubmission.referral).toMatchObject({ ...second.referral, reference: null });
    expect(p.data!.previewSubmission.message).toBe(second.message.replace(`, ${second.referral!.reference}.`, '.'));
    const late = await preview({ ...hartRoads(), serviceArea: 'waste', incidentDate: '2020-01-01' });
    expect(late.data?.previewSubmission).toMatchObject({ outcome: 'NEEDS_JUSTIFICATION', late: true });
  });
});

describe('compliments: listed for staff, and the Head of Service told', () => {
  it('lists a compliment with who was praised, and alerts the Head of Service of the service', async () => {
    const r = await submit({
      councilId: 'hart',
      kind: 'COMPLIMENT',
      channel: 'WEB_FORM',
      serviceArea: 'waste',
      summary: 'Thank you',
      details: 'The crew put our bin back tidily every week.',
      praised: 'Fleet round 4 crew',
      complainant: person('thanks@example.org'),
    });
    expect(r.outcome).toBe('RECORDED');
    expect(r.message).toMatch(/Hart District Council has recorded it and sent it to the head of the service/);
    const q =
      'query F($c: ID!) { feedback(councilId: $c, kind: COMPLIMENT, from: "2020-01-01", to: "2099-12-31") ' +
      '{ reference kind channel serviceArea summary details praised receivedAt } }';
    const listed = await gql<{ feedback: Record<string, unknown>[] }>(platform.gatewayUrl, q, { c: 'hart' }, token['hart-officer']);
    expect(listed.data?.feedback).toContainEqual(
      expect.objectContaining({ reference: r.reference, kind: 'COMPLIMENT', serviceArea: 'waste', praised: 'Fleet round 4 crew' }),
    );
    const contactCentre = await gql(platform.gatewayUrl, q, { c: 'hart' }, token['hart-contact-centre']);
    expect(contactCentre.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const alert = await eventually(async () =>
      (
        await gql<{ myAlerts: { kind: string; reference: string | null; message: string }[] }>(
          platform.gatewayUrl,
          '{ myAlerts { kind reference message } }',
          {},
          token['hart-head-of-service'],
        )
      ).data?.myAlerts.find((a) => a.kind === 'FEEDBACK_RECEIVED' && a.reference === r.reference),
    );
    expect(alert.message).toMatch(/^A compliment about Bin collection and recycling was received .*, praising Fleet round 4 crew/);
    expect(alert.message).not.toMatch(/thanks@example\.org|bin back tidily/);
  });
});
