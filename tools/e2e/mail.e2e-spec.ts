import { startTestSmtp } from '@redress/platform/testing';
import type { TestSmtp } from '@redress/platform/testing';
import { formatLongDate } from '@redress/policy';
import type { ParsedMail } from 'mailparser';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * What residents receive, read back from a real SMTP server: the receipt with its reference, the acknowledgement
 * with the target date in words, the response with the outcome, reasons, remedies and the next step; a
 * representative gets what the complainant would; an anonymous case sends nothing; a restriction holds back what it
 * forbids. Staff see each message on the case (`Case.messages`, from the communications subgraph).
 */

jest.setTimeout(180_000);

let smtp: TestSmtp;
let platform: RunningPlatform;
let tokens: Record<string, string> = {};

beforeAll(async () => {
  smtp = await startTestSmtp();
  platform = await startPlatform('mail', { SMTP_URL: smtp.url });
  tokens = await seededStaffTokens(['hart-officer', 'hart-head-of-service', 'hampshire-officer', 'hampshire-contact-centre']);
});
afterAll(async () => {
  await platform?.stop();
  await smtp?.close();
});

interface CaseView {
  id: string;
  reference: string;
  stage: { number: number; acknowledgeBy: string; respondBy: string };
  complainant: { id: string } | null;
  messages:
    { kind: string; method: string | null; recipient: string | null; subject: string; status: string; failure: string | null }[] | null;
}
const FIELDS =
  'id reference stage { number acknowledgeBy respondBy } complainant { id } messages { kind method recipient subject status failure }';

async function call<T>(who: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(platform.gatewayUrl, query, variables, who ? tokens[who] : undefined);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data!;
}
const read = async (who: string, reference: string) =>
  (await call<{ case: CaseView | null }>(who, `query C($r: String!) { case(reference: $r) { ${FIELDS} } }`, { r: reference })).case;
const act = (who: string, mutation: string, variables: Record<string, unknown>) => call(who, `mutation M${mutation}`, variables);

async function submit(input: Record<string, unknown>, who: string | null = null): Promise<{ reference: string; respondBy: string }> {
  const data = await call<{ submitFeedback: { reference: string; respondBy: string } }>(
    who,
    'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference respondBy } }',
    { i: input },
  );
  return data.submitFeedback;
}
const opened = (who: string, reference: string) => eventually(() => read(who, reference), 20_000);
const bodyOf = (m: ParsedMail) => m.text ?? '';
const mailTo = (address: string, match: (m: ParsedMail) => boolean) =>
  smtp.waitFor((m) => [m.to ?? []].flat().some((a) => a.value.some((v) => v.address === address)) && match(m));

describe('the Hart journey, as the resident reads it', () => {
  it('receipt, acknowledgement with the date in words, and the response with what happens next', async () => {
    const email = 'robin.mail@example.org';
    const { reference } = await submit({
      councilId: 'hart',
      kind: 'COMPLAINT',
      channel: 'WEB_FORM',
      serviceArea: 'waste',
      skipInformal: true,
      summary: 'Green bin missed three weeks running',
      details: 'Our green bin has not been emptied since October.',
      desiredOutcome: 'Empty the bin and tell the crew',
      complainant: { type: 'RESIDENT', name: 'Robin Hart', email },
    });

    const receipt = await mailTo(email, (m) => bodyOf(m).includes(reference));
    expect(bodyOf(receipt)).toMatch(/^Dear Robin Hart,/);
    expect(receipt.from?.text).toMatch(/hart/i);

    const c = await opened('hart-officer', reference);
    await act('hart-officer', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") { id } }', { id: c.id });
    await act('hart-officer', '($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: c.id });
    const acknowledged = await read('hart-officer', reference);
    const ack = await mailTo(email, (m) => m !== receipt && bodyOf(m).includes(formatLongDate(acknowledged!.stage.respondBy)));
    expect(bodyOf(ack)).toContain('Green bin missed three weeks running');
    expect(ack.html).toContain('<html lang="en">');

    await act('hart-officer', '($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
      id: c.id,
      i: { outcome: 'PARTIALLY_UPHELD', findings: 'The crew missed your road on two of the three days.', remedies: ['APOLOGY'] },
    });
    const response = await mailTo(email, (m) => bodyOf(m).includes('The crew missed your road'));
    expect(bodyOf(response)).toMatch(/partly upheld|partially upheld/i);
    expect(bodyOf(response)).toMatch(/apolog/i);
    // Not the last stage: how to ask for Stage 2.
    expect(bodyOf(response)).toMatch(/Stage 2/);

    // Staff see what was sent, to whom, from the communications subgraph.
    const sent = await eventually(async () => {
      const v = await read('hart-officer', reference);
      return v?.messages && v.messages.filter((m) => m.status === 'SENT').length >= 2 ? v.messages : null;
    });
    expect(sent.filter((m) => m.status === 'SENT').map((m) => [m.kind, m.method, m.recipient])).toEqual(
      expect.arrayContaining([
        ['ACKNOWLEDGEMENT', 'EMAIL', email],
        ['RESPONSE', 'EMAIL', email],
      ]),
    );
  });
});

describe('who receives it, and what is held back', () => {
  it('a representative receives what the complainant would; the complainant nothing', async () => {
    const rep = 'cllr.rep.mail@example.org';
    const person = 'pat.represented@example.org';
    const { reference } = await submit(
      {
        councilId: 'hampshire',
        kind: 'COMPLAINT',
        channel: 'TELEPHONE',
        serviceArea: 'highways',
        summary: 'Pothole on the A30',
        details: 'Reported twice.',
        complainant: { type: 'RESIDENT', name: 'Pat Represented', email: person },
        representative: { name: 'Sam Advocate', relationship: 'advocate', consent: 'WRITTEN', email: rep },
      },
      'hampshire-contact-centre',
    );
    const c = await opened('hampshire-officer', reference);
    await act('hampshire-officer', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hampshire-officer") { id } }', { id: c.id });
    await act('hampshire-officer', '($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: c.id });
    const ack = await mailTo(rep, (m) => bodyOf(m).includes(reference));
    expect(bodyOf(ack)).toMatch(/^Dear Sam Advocate,/);
    expect(bodyOf(ack)).toContain('Pat Represented');
    expect(smtp.messagesTo(person)).toEqual([]);
  });

  it('an anonymous complaint sends nothing, and the record says why', async () => {
    const { reference } = await submit({
      councilId: 'hart',
      kind: 'COMPLAINT',
      channel: 'WEB_FORM',
      serviceArea: 'waste',
      skipInformal: true,
      summary: 'Fly-tipping behind the shops',
      details: 'Bags dumped every weekend.',
    });
    const before = smtp.messages().length;
    const c = await opened('hart-officer', reference);
    await act('hart-officer', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") { id } }', { id: c.id });
    await act('hart-officer', '($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
      id: c.id,
      i: { outcome: 'UPHELD', findings: 'The area was cleared.', remedies: ['APOLOGY', 'ACTION_TAKEN'] },
    });
    const suppressed = await eventually(
      async () => (await read('hart-officer', reference))?.messages?.find((m) => m.kind === 'RESPONSE') ?? null,
    );
    expect(suppressed).toMatchObject({ status: 'SUPPRESSED', recipient: null });
    expect(suppressed.failure).toMatch(/anonymous/i);
    expect(smtp.messages().length).toBe(before);
  });

  it('a restriction to letters holds back the email, never the response itself', async () => {
    const email = 'restricted.mail@example.org';
    const { reference } = await submit({
      councilId: 'hart',
      kind: 'COMPLAINT',
      channel: 'WEB_FORM',
      serviceArea: 'waste',
      skipInformal: true,
      summary: 'Recycling not collected',
      details: 'Again.',
      complainant: { type: 'RESIDENT', name: 'Lee Letters', email, postalAddress: '3 Fleet Road, Fleet GU51 3AA' },
    });
    const c = await opened('hart-officer', reference);
    await act('hart-head-of-service', '($i: ContactRestrictionInput!) { restrictContact(input: $i) { id } }', {
      i: {
        complainantId: c.complainant!.id,
        reason: 'Forty emails in a week to the waste team',
        restrictions: 'Email contact',
        allowedMethods: ['LETTER'],
        singlePointOfContactId: 'hart-head-of-service',
        reviewOn: '2099-01-01',
      },
    });
    await act('hart-head-of-service', '($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: c.id });
    const messages = await eventually(async () => {
      const v = await read('hart-officer', reference);
      return v?.messages?.some((m) => m.kind === 'ACKNOWLEDGEMENT') ? v.messages : null;
    });
    const ack = messages.find((m) => m.kind === 'ACKNOWLEDGEMENT')!;
    expect(ack.method).toBe('LETTER');
    // The restriction letter and the receipt may have gone by email before it; nothing after it does.
    expect(smtp.messagesTo(email).filter((m) => /acknowledg/i.test(m.subject ?? ''))).toEqual([]);
  });
});
