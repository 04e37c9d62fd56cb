import { signDevToken } from '@redress/platform';
import { DEV_JWT_SECRET } from '@redress/platform';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

jest.setTimeout(120_000);

let platform: RunningPlatform;
const token = (sub: string, council: string, roles: string[]) =>
  signDevToken({ sub, name: sub, council, roles: roles as never }, DEV_JWT_SECRET);

beforeAll(async () => {
  // Tight limits here, so that each refusal can be shown.
  platform = await startPlatform('skeleton', { MAX_QUERY_DEPTH: '5', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '60' });
});
afterAll(async () => {
  await platform?.stop();
});

const SUBMIT = `mutation Submit($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) { reference outcome message stage acknowledgeBy respondBy referral { route councilId } }
}`;

const complaint = (councilId: string, serviceArea: string, email: string) => ({
  councilId,
  kind: 'COMPLAINT',
  channel: 'WEB_FORM',
  serviceArea,
  summary: 'Bin not collected three weeks running',
  details: 'The green bin at our address has been missed on three consecutive collection days.',
  complainant: { type: 'RESIDENT', name: 'Jo Bloggs', email },
});

describe('walking skeleton through the gateway', () => {
  it('lists both councils with their tier and reference prefix', async () => {
    const res = await gql<{ councils: { id: string; name: string; tier: string; referencePrefix: string }[] }>(
      platform.gatewayUrl,
      '{ councils { id name tier referencePrefix } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.councils).toEqual(
      expect.arrayContaining([
        { id: 'hart', name: 'Hart District Council', tier: 'DISTRICT', referencePrefix: 'HDC' },
        { id: 'hampshire', name: 'Hampshire County Council', tier: 'COUNTY', referencePrefix: 'HCC' },
      ]),
    );
  });

  it('turns a complaint into a case that staff can open by its reference, with the council resolved by federation', async () => {
    const hart = await gql<{ council: { serviceAreas: { code: string; providedBy: string | null }[] } }>(
      platform.gatewayUrl,
      '{ council(id: "hart") { serviceAreas { code providedBy } } }',
    );
    const area = hart.data!.council.serviceAreas.find((a) => a.providedBy === null)!.code;
    const submitted = await gql<{
      submitFeedback: { reference: string; outcome: string; stage: number; acknowledgeBy: string; respondBy: string };
    }>(platform.gatewayUrl, SUBMIT, { input: complaint('hart', area, 'jo@example.org') });
    expect(submitted.errors).toBeUndefined();
    const result = submitted.data!.submitFeedback;
    expect(result.reference).toMatch(/^HDC-\d{4}-\d{6}$/);
    expect(result.outcome).toBe('ACCEPTED');
    expect(result.stage).toBe(0);

    const officer = await token('hart-officer', 'hart', ['OFFICER']);
    const opened = await eventually(async () => {
      const res = await gql<{
        case: {
          reference: string;
          status: string;
          council: { name: string };
          stage: { number: number; acknowledgeBy: string; respondBy: string };
          complainant: { name: string };
        } | null;
      }>(
        platform.gatewayUrl,
        'query Case($ref: String!) { ' +
          'case(reference: $ref) { reference status council { name } stage { number acknowledgeBy respondBy } complainant { name } } }',
        { ref: result.reference },
        officer,
      );
      expect(res.errors).toBeUndefined();
      return res.data?.case;
    });
    expect(opened).toEqual({
      reference: result.reference,
      status: 'OPEN',
      council: { name: 'Hart District Council' },
      stage: { number: 0, acknowledgeBy: result.acknowledgeBy, respondBy: result.respondBy },
      complainant: { name: 'Jo Bloggs' },
    });
  });

  it('keeps each council to its own cases and refuses the public', async () => {
    const hampshireArea = (
      await gql<{ council: { serviceAreas: { code: string; providedBy: string | null }[] } }>(
        platform.gatewayUrl,
        '{ council(id: "hampshire") { serviceAreas { code providedBy } } }',
      )
    ).data!.council.serviceAreas.find((a) => a.providedBy === null)!.code;
    const { data } = await gql<{ submitFeedback: { reference: string } }>(platform.gatewayUrl, SUBMIT, {
      input: complaint('hampshire', hampshireArea, 'sam@example.org'),
    });
    const reference = data!.submitFeedback.reference;
    expect(reference).toMatch(/^HCC-/);
    const query = 'query Case($ref: String!) { case(reference: $ref) { reference } }';
    const hampshireOfficer = await token('hampshire-officer', 'hampshire', ['OFFICER']);
    await eventually(
      async () => (await gql<{ case: unknown }>(platform.gatewayUrl, query, { ref: reference }, hampshireOfficer)).data?.case,
    );

    const hartOfficer = await token('hart-officer', 'hart', ['OFFICER']);
    const other = await gql<{ case: unknown }>(platform.gatewayUrl, query, { ref: reference }, hartOfficer);
    expect(other.data?.case).toBeNull();

    const anonymous = await gql(platform.gatewayUrl, query, { ref: reference });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const forged = await gql(platform.gatewayUrl, query, { ref: reference }, `${hartOfficer}x`);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts what was received, by kind, for the council analyst', async () => {
    const analyst = await token('hart-analyst', 'hart', ['ANALYST']);
    const today = new Date().toISOString().slice(0, 10);
    const rows = await eventually(async () => {
      const res = await gql<{ statistics: { key: string; received: number }[] }>(
        platform.gatewayUrl,
        'query S($c: ID!, $f: Date!, $t: Date!) { statistics(councilId: $c, from: $f, to: $t, groupBy: KIND) { key received } }',
        { c: 'hart', f: '2026-01-01', t: today > '2026-12-31' ? today : '2026-12-31' },
        analyst,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.statistics.length ? res.data!.statistics : null;
    });
    expect(rows).toEqual([{ key: 'COMPLAINT', received: 1 }]);
  });

  it("publishes each council's policy: stages, time limit, anonymous handling, outcomes, remedies, Code compliance", async () => {
    const query = `query P($id: ID!) { council(id: $id) { policy { name timeLimitMonths anonymousComplaints
      stages { number name handlerRole acknowledgeWithinWorkingDays respondWithinWorkingDays
        responseClockFrom maxExtensionWorkingDays signOffRole }
      outcomes remedies codeCompliance { rule compliant detail section } } } }`;
    type Policy = {
      name: string;
      timeLimitMonths: number;
      anonymousComplaints: string;
      stages: { number: number; name: string; handlerRole: string; respondWithinWorkingDays: number; signOffRole: string | null }[];
      outcomes: string[];
      remedies: string[];
      codeCompliance: { rule: string; compliant: boolean; detail: string; section: string }[];
    };
    const hart = (await gql<{ council: { policy: Policy } }>(platform.gatewayUrl, query, { id: 'hart' })).data!.council.policy;
    expect(hart).toMatchObject({ timeLimitMonths: 6, anonymousComplaints: 'ACCEPT_NO_RESPONSE' });
    expect(hart.stages.map((st) => [st.number, st.name, st.handlerRole, st.respondWithinWorkingDays, st.signOffRole])).toEqual([
      [0, 'Informal resolution', 'OFFICER', 10, null],
      [1, 'Stage 1', 'OFFICER', 10, null],
      [2, 'Stage 2', 'HEAD_OF_SERVICE', 20, 'COMPLAINTS_COORDINATOR'],
    ]);
    expect(hart.outcomes).toEqual(['UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD', 'NOT_INVESTIGATED']);
    const hartFindings = Object.fromEntries(hart.codeCompliance.map((f) => [f.rule, f.compliant]));
    expect(hartFindings).toMatchObject({ 'No informal stage before Stage 1': false, 'Time limit of at least 12 months': false });
    // Each finding cites the section of the Code it comes from: the self-assessment row it pre-fills.
    expect(hart.codeCompliance.find((f) => f.rule === 'No informal stage before Stage 1')?.section).toBe('5.2');
    expect(hart.codeCompliance.every((f) => /^\d+\.\d+$/.test(f.section))).toBe(true);

    const hampshire = (await gql<{ council: { policy: Policy } }>(platform.gatewayUrl, query, { id: 'hampshire' })).data!.council.policy;
    expect(hampshire).toMatchObject({ timeLimitMonths: 12, anonymousComplaints: 'REJECT_UNLESS_SAFEGUARDING' });
    expect(hampshire.stages.map((st) => st.number)).toEqual([1, 2, 3]);
    expect(hampshire.remedies).toContain('MONEY_RECALCULATED');
    const hampshireFindings = Object.fromEntries(hampshire.codeCompliance.map((f) => [f.rule, f.compliant]));
    expect(hampshireFindings).toMatchObject({
      'Exactly two formal stages': false,
      'Stage 1 response within 10 working days of acknowledgement': false,
    });
  });

  it('gives a clear coded error for bad input', async () => {
    const res = await gql(platform.gatewayUrl, SUBMIT, { input: { ...complaint('hart', 'no-such-service', 'jo@example.org') } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/serviceArea "no-such-service" is not a service of Hart District Council\. Valid: /);
  });
});

describe('the gateway protects the platform', () => {
  it('refuses a query that asks for too many fields (aliases count)', async () => {
    const query = `{ ${Array.from({ length: 160 }, (_, i) => `a${i}: councils { id }`).join(' ')} }`;
    const res = await gql(platform.gatewayUrl, query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({
      message: 'This query asks for 320 fields; the most allowed is 300. Split it into smaller queries.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses a query nested deeper than allowed', async () => {
    const res = await gql(platform.gatewayUrl, '{ cases { edges { node { stage { breaches { kind } } } } } }');
    expect(res.errors?.[0]).toMatchObject({
      message: 'This query is 6 levels deep; the most allowed is 5. Ask for less nested data.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses a query that would cost too much (a page of many cases, each with its timeline), before asking any subgraph', async () => {
    const officer = await token('hart-officer', 'hart', ['OFFICER']);
    const query = 'query Big($n: Int) { cases(first: $n) { edges { node { reference timeline { at type detail } } } } }';
    const res = await gql(platform.gatewayUrl, query, { n: 1000 }, officer);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({
      message: 'This query would cost 7001; the most one query may cost is 5000. Ask for fewer items (first) or fewer fields.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    // The same query for a page of 20 is answered.
    const page = await gql<{ cases: { edges: unknown[] } }>(platform.gatewayUrl, query, { n: 20 }, officer);
    expect(page.errors).toBeUndefined();
    expect(Array.isArray(page.data?.cases.edges)).toBe(true);
  });

  it('refuses an oversized request body', async () => {
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ councils { id } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toBe('The request is larger than 1000000 bytes.');
  });

  it('rate-limits anonymous callers, not signed-in staff', async () => {
    const burst = await Promise.all(Array.from({ length: 80 }, () => gql(platform.gatewayUrl, '{ councils { id } }')));
    const refused = burst.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(refused[0].errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
      message: expect.stringMatching(/^Too many requests from your connection\. Please wait \d+ seconds/),
    });
    const staff = await token('hart-officer', 'hart', ['OFFICER']);
    expect((await gql(platform.gatewayUrl, '{ councils { id } }', {}, staff)).status).toBe(200);
  });
});
