import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role } from '@redress/policy';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

jest.setTimeout(120_000);

let platform: RunningPlatform;
let officer: string;
let coordinator: string;
beforeAll(async () => {
  platform = await startPlatform('escalation');
  officer = await signDevToken({ sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' }, DEV_JWT_SECRET);
  coordinator = await signDevToken(
    { sub: 'hart-coordinator', name: 'Priya Shah', roles: [Role.COMPLAINTS_COORDINATOR], council: 'hart' },
    DEV_JWT_SECRET,
  );
});
afterAll(async () => {
  await platform?.stop();
});

const call = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
  gql<T>(platform.gatewayUrl, query, variables, token);

interface CaseShape {
  id: string;
  status: string;
  stage: { number: number; name: string; respondBy: string; acknowledgedAt: string | null };
  timeline: { type: string; actor: string | null }[];
}
const CASE =
  `query C($ref: String!) { case(reference: $ref) { ` +
  `id status stage { number name respondBy acknowledgedAt } timeline { type actor } } }`;

describe('a resident escalates after the response', () => {
  it('opens the next stage with a fresh clock, and tracking follows', async () => {
    const council = await call<{
      council: { serviceAreas: { code: string; providedBy: string | null }[]; policy: { stages: { number: number; name: string }[] } };
    }>('{ council(id: "hart") { serviceAreas { code providedBy } policy { stages { number name } } } }');
    const area = council.data!.council.serviceAreas.find((a) => !a.providedBy)!.code;
    const [first, second] = council.data!.council.policy.stages;
    const submitted = await call<{ submitFeedback: { reference: string } }>(
      'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }',
      {
        i: {
          councilId: 'hart',
          kind: 'COMPLAINT',
          channel: 'WEB_FORM',
          serviceArea: area,
          summary: 'Fence damaged by crew',
          details: 'The collection crew broke our fence.',
          complainant: { type: 'RESIDENT', name: 'Ann Example', email: 'ann@example.org' },
        },
      },
    );
    const reference = submitted.data!.submitFeedback.reference;
    const opened = await eventually(async () => (await call<{ case: CaseShape | null }>(CASE, { ref: reference }, officer)).data?.case);
    expect(opened.stage.number).toBe(first.number);
    const trackQuery = 'query T($r: String!, $e: String!) { trackCase(reference: $r, email: $e) { status stage stageName nextSteps } }';
    const track = async () =>
      (
        await call<{ trackCase: { status: string; stage: number; stageName: string; nextSteps: string } | null }>(trackQuery, {
          r: reference,
          e: 'ann@example.org',
        })
      ).data?.trackCase;
    expect((await eventually(track)).nextSteps).toMatch(/will reply by \w+day \d+ \w+ \d{4}/);

    // Too early: no reply yet, and the deadline has not passed.
    const early = await call<{ requestEscalation: { accepted: boolean; message: string } }>(
      'mutation E($i: RequestEscalationInput!) { requestEscalation(input: $i) { accepted message toStage } }',
      { i: { reference, email: 'ann@example.org', reason: 'No reply yet' } },
    );
    expect(early.data!.requestEscalation.accepted).toBe(false);
    expect(early.data!.requestEscalation.message).toMatch(/has not replied yet and its deadline \(\d{4}-\d{2}-\d{2}\) has not passed/);

    // The officer cannot answer an unassigned case; the coordinator assigns it.
    const unassigned = await call(
      'mutation R($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { status } }',
      { id: opened.id, i: { outcome: 'NOT_UPHELD', findings: 'x' } },
      officer,
    );
    expect(unassigned.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const assigned = await call<{ assignCase: { assigneeId: string } }>(
      'mutation A($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") { assigneeId } }',
      { id: opened.id },
      coordinator,
    );
    expect(assigned.data?.assignCase.assigneeId).toBe('hart-officer');
    const noApology = await call(
      'mutation R($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { status } }',
      { id: opened.id, i: { outcome: 'UPHELD', findings: 'x', remedies: ['ACTION_TAKEN'] } },
      officer,
    );
    expect(noApology.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.remedies' } });

    const ack = await call<{ acknowledgeCase: CaseShape }>(
      'mutation A($id: ID!) { acknowledgeCase(caseId: $id) { id stage { acknowledgedAt } } }',
      { id: opened.id },
      officer,
    );
    expect(ack.errors).toBeUndefined();
    const responded = await call<{ respondToCase: CaseShape }>(
      'mutation R($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { status } }',
      {
        id: opened.id,
        i: { outcome: 'PARTIALLY_UPHELD', findings: 'The crew damaged the fence post.', remedies: ['APOLOGY', 'ACTION_TAKEN'] },
      },
      officer,
    );
    expect(responded.data?.respondToCase.status).toBe('RESPONDED');
    const afterReply = await eventually(async () => ((await track())?.status === 'RESPONDED' ? track() : null));
    expect(afterReply!.nextSteps).toContain(`you can ask for ${second.name}`);

    const wrongEmail = await call('mutation E($i: RequestEscalationInput!) { requestEscalation(input: $i) { accepted } }', {
      i: { reference, email: 'someone@example.org', reason: 'x' },
    });
    expect(wrongEmail.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const asked = await call<{ requestEscalation: { accepted: boolean; toStage: number; message: string } }>(
      'mutation E($i: RequestEscalationInput!) { requestEscalation(input: $i) { accepted toStage message } }',
      { i: { reference, email: 'ann@example.org', reason: 'The fence is still broken', toStage: 9 } },
    );
    expect(asked.data!.requestEscalation).toMatchObject({ accepted: true, toStage: second.number });
    expect(asked.data!.requestEscalation.message).toContain(`under ${second.name}. Stages cannot be skipped`);

    const escalated = await eventually(async () => {
      const c = (await call<{ case: CaseShape }>(CASE, { ref: reference }, officer)).data?.case;
      return c?.stage.number === second.number ? c : null;
    });
    expect(escalated.status).toBe('OPEN');
    expect(escalated.stage.acknowledgedAt).toBeNull();
    // What communications reports back (MESSAGE_SENT…) arrives on its own time: the case's own history, in order.
    const history = escalated.timeline.filter((e) => !e.type.startsWith('MESSAGE_') || e.type === 'MESSAGE_TO_CUSTOMER');
    expect(history.map((e) => e.type)).toEqual([
      'CASE_OPENED',
      'ASSIGNED',
      'ACKNOWLEDGED',
      'MESSAGE_TO_CUSTOMER',
      'RESPONDED',
      'MESSAGE_TO_CUSTOMER',
      'ESCALATED',
      // The request received: the stage opened and its dates (ESCALATION_RECEIVED).
      'MESSAGE_TO_CUSTOMER',
    ]);
    expect(history.find((e) => e.type === 'ESCALATED')?.actor).toBe('The customer');
    const tracked = await eventually(async () => {
      const t = await track();
      return t?.stage === second.number ? t : null;
    });
    expect(tracked.stageName).toBe(second.name);
  });

  it("lets staff ask on the resident's behalf, without the email and with the date the request arrived", async () => {
    const contactCentre = await signDevToken(
      { sub: 'hart-contact-centre', name: 'Ben Okafor', roles: [Role.CONTACT_CENTRE], council: 'hart' },
      DEV_JWT_SECRET,
    );
    // A letter received in June and never answered: its Stage deadlines have long passed.
    const submitted = await call<{ submitFeedback: { reference: string } }>(
      'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }',
      {
        i: {
          councilId: 'hart',
          kind: 'COMPLAINT',
          channel: 'LETTER',
          serviceArea: 'housing',
          skipInformal: true,
          receivedAt: '2026-06-01T09:00:00Z',
          summary: 'Repairs',
          details: 'Damp not fixed.',
          complainant: { type: 'RESIDENT', name: 'Lee Letter', email: 'lee@example.org' },
        },
      },
      contactCentre,
    );
    const reference = submitted.data!.submitFeedback.reference;
    const ask = 'mutation E($i: RequestEscalationInput!) { requestEscalation(input: $i) { accepted toStage message } }';
    const asked = await eventually(async () => {
      const r = await call<{ requestEscalation: { accepted: boolean; toStage: number } }>(
        ask,
        { i: { reference, reason: 'Phoned in: no reply since June', receivedAt: '2026-11-20T10:00:00Z' } },
        contactCentre,
      );
      return r.errors?.[0]?.extensions?.code === 'CONFLICT' ? null : r; // still being opened
    });
    expect(asked.data?.requestEscalation).toMatchObject({ accepted: true, toStage: 2 });
    const publicBackDated = await call(ask, {
      i: { reference, email: 'lee@example.org', reason: 'x', receivedAt: '2026-11-20T10:00:00Z' },
    });
    expect(publicBackDated.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const otherCouncil = await signDevToken(
      { sub: 'hampshire-officer', name: 'Sara Khan', roles: [Role.OFFICER], council: 'hampshire' },
      DEV_JWT_SECRET,
    );
    expect((await call(ask, { i: { reference, reason: 'x' } }, otherCouncil)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
