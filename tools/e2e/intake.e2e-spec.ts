import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUES } from '@redress/contracts';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role } from '@redress/policy';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

jest.setTimeout(180_000);

let platform: RunningPlatform;
const token: Record<string, string> = {};
beforeAll(async () => {
  platform = await startPlatform('intake');
  for (const [sub, council, role] of [
    ['hart-contact-centre', 'hart', Role.CONTACT_CENTRE],
    ['hart-officer', 'hart', Role.OFFICER],
    ['hart-analyst', 'hart', Role.ANALYST],
    ['hampshire-officer', 'hampshire', Role.OFFICER],
  ] as const)
    token[sub] = await signDevToken({ sub, name: sub, council, roles: [role] }, DEV_JWT_SECRET);
});
afterAll(async () => {
  await platform?.stop();
});

interface Result {
  reference: string;
  outcome: string;
  message: string;
  stage: number | null;
  acknowledgeBy: string | null;
  respondBy: string | null;
  referral: { route: string; councilId: string | null } | null;
}
interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string };
}
const SUBMIT =
  'mutation S($i: SubmitFeedbackInput!) { ' +
  'submitFeedback(input: $i) { reference outcome message stage acknowledgeBy respondBy referral { route councilId } } }';
const submit = async (i: Record<string, unknown>, who?: string): Promise<{ data?: { submitFeedback: Result }; errors?: GqlError[] }> =>
  gql<{ submitFeedback: Result }>(platform.gatewayUrl, SUBMIT, { i }, who ? token[who] : undefined);
const person = { type: 'RESIDENT', name: 'Alex Resident', email: 'alex@example.org' };
const hart = (over: Record<string, unknown> = {}) => ({
  councilId: 'hart',
  kind: 'COMPLAINT',
  channel: 'WEB_FORM',
  serviceArea: 'waste',
  summary: 'Bins',
  details: 'Missed again.',
  complainant: person,
  ...over,
});
const hampshire = (over: Record<string, unknown> = {}) => hart({ councilId: 'hampshire', serviceArea: 'highways', ...over });

describe('submitFeedback: every outcome, for both councils', () => {
  it.each<[string, Record<string, unknown>, string, Partial<Result>]>([
    ['Hart complaint: informal resolution', hart(), 'ACCEPTED', { stage: 0 }],
    ['Hart complaint straight to Stage 1', hart({ skipInformal: true }), 'ACCEPTED', { stage: 1 }],
    ['Hart anonymous complaint', hart({ complainant: null }), 'ACCEPTED', { stage: 0 }],
    ['Hart compliment', hart({ kind: 'COMPLIMENT' }), 'RECORDED', { stage: null, acknowledgeBy: null }],
    ['Hart comment', hart({ kind: 'COMMENT' }), 'RECORDED', {}],
    ['Hart service request', hart({ kind: 'SERVICE_REQUEST' }), 'ROUTED_TO_SERVICE', {}],
    [
      'Hart: roads belong to the county',
      hart({ serviceArea: 'roads' }),
      'REFERRED',
      { referral: { route: 'Hampshire County Council', councilId: 'hampshire' } },
    ],
    [
      'Hart: the outcome of a planning decision',
      hart({ serviceArea: 'planning', matter: 'PLANNING_DECISION' }),
      'REFERRED',
      { referral: { route: 'Planning appeal', councilId: null } },
    ],
    ['Hart: how an appeal was handled', hart({ serviceArea: 'planning', matter: 'APPEAL_HANDLING' }), 'ACCEPTED', {}],
    ['Hart: late without a reason', hart({ incidentDate: '2025-01-10' }), 'NEEDS_JUSTIFICATION', { stage: null }],
    ['Hart: late with a reason', hart({ incidentDate: '2025-01-10', lateJustification: 'I was abroad' }), 'ACCEPTED', {}],
    [
      'Hart: representative without consent',
      hart({ representative: { name: 'Cllr Smith', relationship: 'councillor', isCouncillor: true, consent: 'NONE' } }),
      'NEEDS_CONSENT',
      {},
    ],
    [
      'Hart: councillor with spoken consent',
      hart({ representative: { name: 'Cllr Smith', relationship: 'councillor', isCouncillor: true, consent: 'VERBAL' } }),
      'ACCEPTED',
      {},
    ],
    ['Hampshire complaint: Stage 1', hampshire(), 'ACCEPTED', { stage: 1 }],
    ['Hampshire compliment', hampshire({ kind: 'COMPLIMENT', praised: 'Highways team' }), 'RECORDED', {}],
    ['Hampshire comment', hampshire({ kind: 'COMMENT' }), 'RECORDED', {}],
    ['Hampshire service request: a pothole', hampshire({ kind: 'SERVICE_REQUEST' }), 'ROUTED_TO_SERVICE', {}],
    [
      'Hampshire: whistleblowing has its own policy',
      hampshire({ matter: 'WHISTLEBLOWING' }),
      'REFERRED',
      { referral: { route: 'Whistleblowing policy', councilId: null } },
    ],
    ['Hampshire anonymous', hampshire({ complainant: null }), 'NOT_ACCEPTED', { stage: null }],
    ['Hampshire anonymous safeguarding concern', hampshire({ complainant: null, safeguardingConcern: true }), 'ACCEPTED', { stage: 1 }],
    [
      'Hampshire: safeguarding matter',
      hampshire({ matter: 'SAFEGUARDING' }),
      'REFERRED',
      { referral: { route: 'Safeguarding procedures', councilId: null } },
    ],
    ['Hampshire: bins belong to the district: which one?', hampshire({ serviceArea: 'bins' }), 'NEEDS_LOCAL_AREA', { stage: null }],
    [
      'Hampshire: bins in Hart go to Hart',
      hampshire({ serviceArea: 'bins', localArea: 'HART' }),
      'REFERRED',
      { referral: { route: 'Hart District Council', councilId: 'hart' } },
    ],
    [
      'Hampshire: bins in Rushmoor: the resident contacts Rushmoor',
      hampshire({ serviceArea: 'bins', localArea: 'RUSHMOOR' }),
      'REFERRED',
      { referral: { route: 'Rushmoor Borough Council', councilId: null } },
    ],
    [
      'Hampshire: spoken consent is not enough',
      hampshire({ representative: { name: 'Sister', relationship: 'family member', consent: 'VERBAL' } }),
      'NEEDS_CONSENT',
      {},
    ],
    ['Hampshire: 12-month limit', hampshire({ incidentDate: '2024-06-01' }), 'NEEDS_JUSTIFICATION', {}],
    [
      'Hampshire: a complaint by a professional body',
      hampshire({ complainant: { ...person, type: 'PROFESSIONAL_BODY' } }),
      'NOT_ACCEPTED',
      {},
    ],
  ])('%s → %s', async (_label, input, outcome, expected) => {
    const res = await submit(input);
    expect(res.errors).toBeUndefined();
    const r = res.data!.submitFeedback;
    expect(r).toMatchObject({ outcome, ...expected });
    expect(r.reference).toMatch(input.councilId === 'hart' ? /^HDC-\d{4}-\d{6}$/ : /^HCC-\d{4}-\d{6}$/);
    expect(r.message.length).toBeGreaterThan(20);
    if (outcome === 'ACCEPTED') expect(r.acknowledgeBy && r.respondBy).toBeTruthy();
  });
});

describe('who may submit what', () => {
  it('lets the public use the web form and email only, and never back-date', async () => {
    expect((await submit(hart({ channel: 'TELEPHONE' }))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await submit(hart({ channel: 'EMAIL' }))).data?.submitFeedback.outcome).toBe('ACCEPTED');
    expect((await submit(hart({ receivedAt: '2026-01-05T10:00:00Z' }))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets staff of the council record any channel and an earlier receipt, and nobody else', async () => {
    const letter = await submit(hart({ channel: 'LETTER', receivedAt: '2026-11-16T09:00:00Z' }), 'hart-contact-centre');
    expect(letter.data?.submitFeedback).toMatchObject({ outcome: 'ACCEPTED', acknowledgeBy: '2026-11-19' });
    expect((await submit(hart({ channel: 'LETTER' }), 'hampshire-officer')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('validation errors name the field (its argument path) and say what is valid', () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['blank summary', hart({ summary: '   ' }), 'input.summary', /summary must not be blank/],
    ['summary too long', hart({ summary: 'x'.repeat(201) }), 'input.summary', /201 characters long; the most allowed is 200/],
    ['details too long', hart({ details: 'x'.repeat(20_001) }), 'input.details', /the most allowed is 20000/],
    ['bad email', hart({ complainant: { ...person, email: 'not-an-email' } }), 'input.complainant.email', /not a valid email address/],
    ['future receipt', hart({ channel: 'LETTER', receivedAt: '2099-01-01T00:00:00Z' }), 'input.receivedAt', /in the future/],
    ['incident after receipt', hart({ incidentDate: '2099-01-01' }), 'input.incidentDate', /after the date the contact was received/],
    ['unknown council', hart({ councilId: 'atlantis' }), 'input.councilId', /Valid: hart, hampshire/],
    ['unknown service', hart({ serviceArea: 'moon' }), 'input.serviceArea', /Valid: waste, /],
    ['unknown local area', hampshire({ localArea: 'ATLANTIS' }), 'input.localArea', /Valid: BASINGSTOKE_AND_DEANE, /],
    ['a local area for a district', hart({ localArea: 'HART' }), 'input.localArea', /has no local areas/],
    [
      'blank complainant name',
      hart({ complainant: { ...person, name: ' ' } }),
      'input.complainant.name',
      /complainant.name must not be blank/,
    ],
    [
      'blank representative relationship',
      hart({ representative: { name: 'Kim', relationship: '', consent: 'WRITTEN' } }),
      'input.representative.relationship',
      /must not be blank/,
    ],
    ['desired outcome too long', hart({ desiredOutcome: 'x'.repeat(2001) }), 'input.desiredOutcome', /the most allowed is 2000/],
    ['blank details', hart({ details: '' }), 'input.details', /details must not be blank/],
  ])('%s', async (_label, input, field, message) => {
    const res = await submit(input, input.channel === 'LETTER' ? 'hart-contact-centre' : undefined);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a malformed date with a clear message', async () => {
    const res = await submit(hart({ incidentDate: '31/12/2025' }));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('safe retries and references', () => {
  it('answers a retry with the same key with the first result; the key with different input is a CONFLICT', async () => {
    const first = await submit(hart({ channel: 'TELEPHONE', idempotencyKey: 'call-42' }), 'hart-contact-centre');
    const again = await submit(hart({ channel: 'TELEPHONE', idempotencyKey: 'call-42' }), 'hart-contact-centre');
    expect(again.data?.submitFeedback).toEqual(first.data?.submitFeedback);
    const other = await submit(hart({ channel: 'TELEPHONE', idempotencyKey: 'call-42', summary: 'Different' }), 'hart-contact-centre');
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('gives 100 parallel submissions distinct references, and every one becomes a case', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        submit(hart({ skipInformal: true, summary: `Parallel ${n}`, complainant: { ...person, email: `p${n}@example.org` } })),
      ),
    );
    const refs = results.map((r) => r.data!.submitFeedback.reference);
    expect(new Set(refs).size).toBe(100);
    const officer = token['hart-officer'];
    await eventually(
      async () => {
        const found = await Promise.all(
          refs.map((ref) =>
            gql<{ case: { reference: string } | null }>(
              platform.gatewayUrl,
              'query C($r: String!) { case(reference: $r) { reference } }',
              { r: ref },
              officer,
            ),
          ),
        );
        return found.every((f) => f.data?.case?.reference) ? true : null;
      },
      60_000,
      500,
    );
  });
});

describe('public tracking', () => {
  it('shows the public view, and a wrong email looks exactly like a missing reference', async () => {
    const tracked = await submit(hart({ complainant: { ...person, email: 'track@example.org' } }));
    expect(tracked.errors).toBeUndefined();
    const ref = tracked.data!.submitFeedback.reference;
    const q =
      'query T($r: String!, $e: String!) { ' +
      'trackCase(reference: $r, email: $e) { reference status stage stageName acknowledgeBy respondBy outcome nextSteps } }';
    const seen = await eventually(
      async () =>
        (await gql<{ trackCase: Record<string, unknown> | null }>(platform.gatewayUrl, q, { r: ref, e: 'TRACK@example.org' })).data
          ?.trackCase,
    );
    expect(seen).toMatchObject({ reference: ref, status: 'OPEN', stage: 0, stageName: 'Informal resolution', outcome: null });
    const wrongEmail = await gql(platform.gatewayUrl, q, { r: ref, e: 'someone@example.org' });
    const noSuchRef = await gql(platform.gatewayUrl, q, { r: 'HDC-2026-999999', e: 'track@example.org' });
    expect(wrongEmail).toEqual(noSuchRef);
    expect(wrongEmail.data).toEqual({ trackCase: null });
  });
});

describe('nothing is lost between the tiers', () => {
  it('passes a complaint about the county to Hampshire, which opens a case that shows where it came from', async () => {
    const res = await submit(
      hart({ serviceArea: 'roads', summary: 'Pothole on Fleet Road', complainant: { ...person, email: 'pothole@example.org' } }),
    );
    const r = res.data!.submitFeedback;
    expect(r).toMatchObject({ outcome: 'REFERRED', referral: { route: 'Hampshire County Council', councilId: 'hampshire' } });
    const passed = await gql<{ submitFeedback: { referral: { reference: string } } }>(
      platform.gatewayUrl,
      'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { referral { reference } message } }',
      { i: hart({ serviceArea: 'roads', summary: 'Second pothole', complainant: { ...person, email: 'pothole2@example.org' } }) },
    );
    const theirs = passed.data!.submitFeedback.referral.reference;
    expect(theirs).toMatch(/^HCC-\d{4}-\d{6}$/);
    const hampshireOfficer = await signDevToken(
      { sub: 'hampshire-officer', name: 'Sara Khan', council: 'hampshire', roles: [Role.OFFICER] },
      DEV_JWT_SECRET,
    );
    const opened = await eventually(
      async () =>
        (
          await gql<{ case: { serviceArea: string; stage: { number: number }; timeline: { detail: string }[] } | null }>(
            platform.gatewayUrl,
            'query C($r: String!) { case(reference: $r) { serviceArea stage { number } timeline { detail } } }',
            { r: theirs },
            hampshireOfficer,
          )
        ).data?.case,
    );
    expect(opened).toMatchObject({ serviceArea: 'highways', stage: { number: 1 } });
    expect(opened.timeline[0].detail).toMatch(/passed on by another council \(their reference HDC-\d{4}-\d{6}\)/);
    expect(
      (
        await gql<{ case: unknown }>(
          platform.gatewayUrl,
          'query C($r: String!) { case(reference: $r) { reference } }',
          { r: theirs },
          token['hart-officer'],
        )
      ).data?.case,
    ).toBeNull();
  });

  it('routes a service request to the service, and lets staff raise it as a complaint once, keeping the link', async () => {
    const routed = (await submit(hart({ kind: 'SERVICE_REQUEST', summary: 'Bin missed today' }))).data!.submitFeedback;
    expect(routed.outcome).toBe('ROUTED_TO_SERVICE');
    // Handed to the service's own system through the service-requests queue, with what it needs to act.
    const connection = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.serviceRequests, { connection, prefix: platform.isolation.queuePrefix });
    try {
      const job = await eventually(async () =>
        (await queue.getJobs(['wait'])).find((j) => (j.data as { reference: string }).reference === routed.reference),
      );
      expect(job.name).toBe('service-request.routed');
      expect(job.data).toMatchObject({
        councilId: 'hart',
        serviceArea: 'waste',
        summary: 'Bin missed today',
        contact: { name: 'Alex Resident' },
      });
    } finally {
      await queue.close();
      connection.disconnect();
    }
    const convert =
      'mutation C($r: String!, $why: String!) { convertToComplaint(reference: $r, reason: $why) { reference outcome stage } }';
    expect(
      (await gql(platform.gatewayUrl, convert, { r: routed.reference, why: 'Third miss this month' })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const complaint = await gql<{ convertToComplaint: { reference: string; outcome: string; stage: number } }>(
      platform.gatewayUrl,
      convert,
      { r: routed.reference, why: 'Third miss this month' },
      token['hart-contact-centre'],
    );
    expect(complaint.data?.convertToComplaint).toMatchObject({ outcome: 'ACCEPTED', stage: 0 });
    expect(complaint.data!.convertToComplaint.reference).not.toBe(routed.reference);
    const twice = await gql(platform.gatewayUrl, convert, { r: routed.reference, why: 'again' }, token['hart-contact-centre']);
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(twice.errors?.[0]?.message).toContain(complaint.data!.convertToComplaint.reference);
  });

  it('accepts a compliment naming the team praised (storage is checked in submit-feedback.int-spec)', async () => {
    const r = await submit(
      hart({ kind: 'COMPLIMENT', praised: 'Waste crew, Fleet round 4', summary: 'Thank you', details: 'Always tidy.' }),
    );
    expect(r.data?.submitFeedback.outcome).toBe('RECORDED');
  });
});
