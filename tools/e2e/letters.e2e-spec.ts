import { pdfWords } from '@redress/platform/testing';
import { formatLongDate } from '@redress/policy';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * A resident who wrote in by post, with no email address, is written to by letter: the acknowledgement is printed
 * as a PDF, and a case handler reads that PDF through the gateway (`Case.messages.letterPdf`, base64), as the
 * workspace does. Its text, read with poppler's pdftotext, is what the resident reads.
 */

jest.setTimeout(180_000);

let platform: RunningPlatform;
let tokens: Record<string, string> = {};

beforeAll(async () => {
  platform = await startPlatform('letters');
  tokens = await seededStaffTokens(['hart-officer', 'hart-contact-centre']);
});
afterAll(async () => {
  await platform?.stop();
});

interface CaseView {
  id: string;
  stage: { respondBy: string };
  messages: { kind: string; method: string | null; status: string; letterPdf: string | null }[] | null;
}

async function call<T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(platform.gatewayUrl, query, variables, tokens[who]);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data!;
}
const read = async (reference: string) =>
  (
    await call<{ case: CaseView | null }>(
      'hart-officer',
      'query C($r: String!) { case(reference: $r) { id stage { respondBy } messages { kind method status letterPdf } } }',
      { r: reference },
    )
  ).case;

describe('a complaint by post, answered by letter', () => {
  it('the acknowledgement is a printed letter: its PDF has the reference and the target date in words', async () => {
    const { submitFeedback } = await call<{ submitFeedback: { reference: string } }>(
      'hart-contact-centre',
      'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }',
      {
        i: {
          councilId: 'hart',
          kind: 'COMPLAINT',
          channel: 'LETTER',
          serviceArea: 'waste',
          skipInformal: true,
          summary: 'Garden waste bin not emptied',
          details: 'Written in by post: the brown bin has been missed since September.',
          complainant: {
            type: 'RESIDENT',
            name: 'Pat Post',
            postalAddress: '7 Elvetham Road, Fleet GU51 4QP',
            contactPreference: 'LETTER',
          },
        },
      },
    );
    const { reference } = submitFeedback;
    const opened = await eventually(() => read(reference), 20_000);
    await call('hart-officer', 'mutation A($id: ID!) { assignCase(caseId: $id, assigneeId: "hart-officer") { id } }', { id: opened.id });
    await call('hart-officer', 'mutation K($id: ID!) { acknowledgeCase(caseId: $id) { id } }', { id: opened.id });

    const printed = await eventually(async () => {
      const c = await read(reference);
      const letter = c?.messages?.find((m) => m.kind === 'ACKNOWLEDGEMENT' && m.status === 'SENT');
      return letter && c ? { c, letter } : null;
    }, 30_000);
    expect(printed.letter).toMatchObject({ method: 'LETTER', status: 'SENT' });
    const pdf = Buffer.from(printed.letter.letterPdf!, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const words = await pdfWords(pdf);
    expect(words).toContain('Hart District Council');
    expect(words).toContain('Dear Pat Post,');
    expect(words).toContain('7 Elvetham Road Fleet GU51 4QP');
    expect(words).toContain(`Your reference: ${reference}`);
    expect(words).toContain(formatLongDate(printed.c.stage.respondBy));
    expect(words).toContain('Garden waste bin not emptied');
    // Nothing was emailed: there was no address to email.
    expect(platform.mail!.messages().filter((m) => (m.text ?? '').includes(reference))).toEqual([]);
  });
});
