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
  tokens = await seededStaffTokens([
    'hart-officer',
    'hart-head-of-service',
    'hampshire-officer',
    'hampshire-contact-centre',
    'hampshire-head-of-service',
    'hampshire-coordinator',
  ]);
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

interface Preview {
  kind: string;
  method: string;
  recipient: string | null;
  subject: string;
  body: string;
}
const preview = async (who: string, caseId: string, kind: string) =>
  (
    await call<{ previewMessage: Preview }>(
      who,
      'query P($id: ID!, $k: MessageKind!) { previewMessage(caseId: $id, kind: $k) { kind method recipient subject body } }',
      { id: caseId, k: kind },
    )
  ).previewMessage;
const respond = (who: string, id: string, i: Record<string, unknown>) =>
  act(who, '($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', { id, i });
/** The resident asks for the next stage with their reference and email, once intake has seen the response. */
const askForNextStage = (reference: string, email: string, stage: number) =>
  eventually(async () => {
    const res = await gql<{ requestEscalation: { accepted: boolean; toStage: number | null } }>(
      platform.gatewayUrl,
      'mutation E($i: RequestEscalationInput!) { requestEscalation(input: $i) { accepted toStage } }',
      { i: { reference, email, reason: 'Still not fixed' } },
    );
    return res.data?.requestEscalation.accepted && res.data.requestEscalation.toStage === stage ? res.data.requestEscalation : null;
  }, 20_000);
const atStage = (who: string, reference: string, stage: number) =>
  eventually(async () => {
    const v = await read(who, reference);
    return v?.stage.number === stage ? v : null;
  }, 20_000);

describe('the Hampshire journey, as the representative reads it', () => {
  it('receipt, acknowledgement as previewed, each stage answered and received, then the Ombudsman after Stage 3', async () => {
    const rep = 'morgan.advocate.mail@example.org';
    const person = 'dana.hants.mail@example.org';
    const { reference } = await submit({
      councilId: 'hampshire',
      kind: 'COMPLAINT',
      channel: 'WEB_FORM',
      serviceArea: 'highways',
      summary: 'Street light out on Stockbridge Road',
      details: 'The light outside number 12 has been out since September.',
      desiredOutcome: 'Repair the light',
      complainant: { type: 'RESIDENT', name: 'Dana Hants', email: person },
      representative: { name: 'Morgan Advocate', relationship: 'advocate', consent: 'WRITTEN', email: rep },
    });
    const to = (match: (m: ParsedMail) => boolean) => mailTo(rep, match);
    const subjectIs = (subject: string) => (m: ParsedMail) => m.subject === subject;

    // The receipt, at once, with the reference: to the representative, who is told whom they act for.
    const receipt = await to((m) => bodyOf(m).includes(reference));
    expect(bodyOf(receipt)).toMatch(/^Dear Morgan Advocate,\n\nWe are writing to you as the representative of Dana Hants\./);

    // What is previewed is what is sent.
    const c = await opened('hampshire-officer', reference);
    await act('hampshire-officer', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hampshire-officer") { id } }', { id: c.id });
    const previewed = await preview('hampshire-officer', c.id, 'ACKNOWLEDGEMENT');
    expect(previewed).toMatchObject({ kind: 'ACKNOWLEDGEMENT', method: 'EMAIL', recipient: rep });
    await act('hampshire-officer', '($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: c.id });
    const ack = await to(subjectIs(`Your complaint ${reference}: we are looking into it`));
    expect([ack.subject, bodyOf(ack).trimEnd()]).toEqual([previewed.subject, previewed.body.trimEnd()]);
    const acknowledged = await read('hampshire-officer', reference);
    expect(bodyOf(ack)).toContain(formatLongDate(acknowledged!.stage.respondBy));
    expect(bodyOf(ack)).toContain('Street light out on Stockbridge Road');

    // Stage 1 answered: the decision, its reasons, the remedy and how to ask for Stage 2.
    await respond('hampshire-officer', c.id, {
      outcome: 'PARTIALLY_UPHELD',
      findings: 'The fault report was logged but the repair order was never raised.',
      remedies: ['APOLOGY', 'ACTION_TAKEN'],
    });
    const stage1 = await to(subjectIs(`Your complaint ${reference}: our Stage 1 response`));
    expect(bodyOf(stage1)).toMatch(/Partly upheld/);
    expect(bodyOf(stage1)).toContain('the repair order was never raised');
    expect(bodyOf(stage1)).toContain('An apology');
    expect(bodyOf(stage1)).toMatch(/How to ask for Stage 2/);

    // The request for Stage 2 is received in writing at once, with its dates (ESCALATION_RECEIVED).
    await askForNextStage(reference, person, 2);
    const s2 = await atStage('hampshire-head-of-service', reference, 2);
    const received2 = await to(subjectIs(`Your complaint ${reference}: your request for Stage 2`));
    expect(bodyOf(received2)).toContain(
      'We have received your request for Stage 2. We will acknowledge it within 5 working days and reply by ' +
        `${formatLongDate(s2.stage.respondBy)}.`,
    );
    expect(bodyOf(received2)).toContain('A senior officer who was not involved in the decisions you complained about will investigate');

    await respond('hampshire-head-of-service', c.id, { outcome: 'NOT_UPHELD', findings: 'Stage 1 put matters right.' });
    await to(subjectIs(`Your complaint ${reference}: our Stage 2 response`));
    await askForNextStage(reference, person, 3);
    await atStage('hampshire-coordinator', reference, 3);
    const received3 = await to(subjectIs(`Your complaint ${reference}: your request for Stage 3`));
    expect(bodyOf(received3)).toContain('Information Governance Team');

    // Stage 3 is Hampshire's final stage: after it, the Ombudsman's address and website.
    await act('hampshire-coordinator', '($id: ID!) { assignCase(caseId: $id, assigneeId: "hampshire-coordinator") { id } }', { id: c.id });
    await respond('hampshire-coordinator', c.id, {
      outcome: 'PARTIALLY_UPHELD',
      findings: 'The repair took four months because the contractor was not chased.',
      remedies: ['APOLOGY', 'PROCEDURES_IMPROVED'],
    });
    const final = bodyOf(await to(subjectIs(`Your complaint ${reference}: our Stage 3 response`)));
    expect(final).toMatch(/Partly upheld/);
    expect(final).toContain('the contractor was not chased');
    expect(final).toContain('Improving our procedures');
    expect(final).toContain('This is our final response.');
    expect(final).toContain('Local Government and Social Care Ombudsman');
    expect(final).toContain('www.lgo.org.uk');
    expect(final).toContain('PO Box 4771, Coventry CV4 0EH');

    // Everything went to the representative; nothing to the complainant they act for.
    expect(smtp.messagesTo(person)).toEqual([]);
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
    // Mail to residents only: a staff alert (to a council address) may arrive meanwhile.
    const toResidents = () => smtp.messages().filter((m) => !/\.gov\.uk>?$/i.test(m.to ? [m.to].flat()[0].text : '')).length;
    const before = toResidents();
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
    expect(toResidents()).toBe(before);
    // Staff are told so before they act: there is nothing to preview.
    const P = 'query P($id: ID!, $k: MessageKind!) { previewMessage(caseId: $id, kind: $k) { subject } }';
    const nothing = await gql(platform.gatewayUrl, P, { id: c.id, k: 'ACKNOWLEDGEMENT' }, tokens['hart-officer']);
    expect(nothing.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'Nothing is sent for an anonymous complaint: there is no one to write to.',
    });
    const unknown = await gql(platform.gatewayUrl, P, { id: c.id, k: 'CARRIER_PIGEON' }, tokens['hart-officer']);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('MessageKind') });
    const receipt = await gql(platform.gatewayUrl, P, { id: c.id, k: 'RECEIPT' }, tokens['hart-officer']);
    expect(receipt.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'kind' } });
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
