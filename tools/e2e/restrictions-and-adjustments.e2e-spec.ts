import { randomUUID } from 'node:crypto';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

// Unreasonable behaviour done properly (Hart s.10; Hampshire "we will write to tell them why ... what action we are
// taking and the duration") and reasonable adjustments (Code s.5; Equality Act 2010), through the gateway as the
// council's staff use them. The review alerts on their dates are proved with a controlled clock in casework's
// complainants/restrictions-and-adjustments.int-spec.ts (the platform runs on the real clock).
jest.setTimeout(120_000);

let platform: RunningPlatform;
let tokens: Record<string, string> = {};

beforeAll(async () => {
  platform = await startPlatform('restrictions-and-adjustments');
  tokens = await seededStaffTokens([
    'hart-officer',
    'hart-licensing-officer',
    'hart-head-of-service',
    'hart-coordinator',
    'hart-contact-centre',
  ]);
});
afterAll(async () => {
  await platform?.stop();
});

interface Answer<T> {
  data: T | null;
  error: { code: string; message: string; field?: string } | null;
}
async function call<T>(who: string | null, document: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const res = await gql<Record<string, T>>(platform.gatewayUrl, document, variables, who ? tokens[who] : undefined);
  const e = res.errors?.[0];
  const data = res.data ? Object.values(res.data)[0] : null;
  return { data, error: e ? { code: e.extensions?.code ?? 'NONE', message: e.message, field: e.extensions?.field } : null };
}
async function ok<T>(who: string | null, document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, error } = await call<T>(who, document, variables);
  if (error) throw new Error(`${who}: ${error.code}: ${error.message}`);
  return data!;
}

interface Person {
  id: string;
  name: string;
  restricted: boolean;
  contactPreference: string | null;
  adjustments: { kind: string; need: string; reviewOn: string | null }[];
}
interface CaseRead {
  id: string;
  reference: string;
  complainant: Person;
  timeline: { type: string; actor: string | null; detail: string | null }[];
}
const PERSON = 'id name restricted contactPreference adjustments { kind need reviewOn }';
const CASE = `query C($r: String!) { case(reference: $r) { id reference complainant { ${PERSON} } timeline { type actor detail } } }`;
const readCase = (reference: string) => ok<CaseRead>('hart-coordinator', CASE, { r: reference });

/** A Hart waste complaint from the web form (Amy Clarke's and Tom Briggs's area), opened in casework. */
async function complaint(complainant: Record<string, unknown> = {}): Promise<CaseRead> {
  const submitted = await ok<{ reference: string; outcome: string }>(
    null,
    'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }',
    {
      i: {
        councilId: 'hart',
        kind: 'COMPLAINT',
        channel: 'WEB_FORM',
        serviceArea: 'waste',
        summary: 'Assisted collection missed again',
        details: 'The crew skipped the assisted collection three weeks running.',
        complainant: {
          type: 'RESIDENT',
          name: 'Pat Doe',
          email: `pat.${randomUUID().slice(0, 8)}@example.org`,
          phone: '01252 000000',
          ...complainant,
        },
      },
    },
  );
  expect(submitted.outcome).toBe('ACCEPTED');
  return eventually(async () => (await call<CaseRead>('hart-coordinator', CASE, { r: submitted.reference })).data);
}
const assign = (caseId: string, to: string) =>
  ok('hart-coordinator', 'mutation A($id: ID!, $a: ID!) { assignCase(caseId: $id, assigneeId: $a) { id } }', { id: caseId, a: to });

const RESTRICT =
  'mutation R($i: ContactRestrictionInput!) { ' +
  'restrictContact(input: $i) { id complainantId allowedMethods reviewOn endsOn liftedAt letter } }';
interface Restriction {
  id: string;
  complainantId: string;
  allowedMethods: string[];
  reviewOn: string;
  endsOn: string | null;
  liftedAt: string | null;
  letter: string;
}
const TERMS = {
  reason: 'you have made abusive telephone calls to our staff',
  restrictions: 'Telephone calls to the council',
  allowedMethods: ['EMAIL'],
  singlePointOfContactId: 'hart-officer',
  reviewOn: '2099-03-01',
  endsOn: '2099-06-01',
};
const myAlerts = (who: string) =>
  ok<{ kind: string; caseId: string | null; message: string }[]>(who, '{ myAlerts(unreadOnly: false) { kind caseId message } }');

describe('a contact restriction: a letter, a flag, never a refusal, lifted with a reason', () => {
  it('a Head of Service restricts a complainant on a case; a telephone call is flagged, not refused; lifting ends the flag', async () => {
    const c = await complaint();
    const r = await ok<Restriction>('hart-head-of-service', RESTRICT, { i: { complainantId: c.complainant.id, ...TERMS } });
    expect(r).toMatchObject({
      complainantId: c.complainant.id,
      allowedMethods: ['EMAIL'],
      reviewOn: '2099-03-01',
      endsOn: '2099-06-01',
      liftedAt: null,
    });

    const restricted = await readCase(c.reference);
    expect(restricted.complainant.restricted).toBe(true);
    const letter = restricted.timeline.find(
      (e) => e.type === 'MESSAGE_TO_CUSTOMER' && e.detail?.includes('restrict your contact'),
    )!.detail!;
    // Why, what, how the council will still write, how long.
    expect(letter).toContain(
      `Your reference: ${c.reference}. We have decided to restrict your contact with Hart District Council ` +
        'because you have made abusive telephone calls to our staff.',
    );
    expect(letter).toContain('What we are restricting: Telephone calls to the council.');
    expect(letter).toContain(
      'We will still contact you by email, and Amy Clarke (amy.clarke@hart.gov.uk) is your single point of contact.',
    );
    expect(letter).toContain('It applies until Monday 1 June 2099, and we will review it by Sunday 1 March 2099.');
    expect(letter).toContain('This does not stop you making a complaint');

    const contact = await ok<CaseRead>(
      'hart-contact-centre',
      'mutation K($id: ID!) { ' +
        'recordContact(caseId: $id, input: { direction: INBOUND, channel: TELEPHONE, summary: "Rang reception again" }) ' +
        '{ id timeline { type actor detail } } }',
      { id: c.id },
    );
    expect(contact.timeline.slice(-2).map((e) => e.type)).toEqual(['CONTACT_OUTSIDE_RESTRICTION', 'CONTACT_RECORDED']);
    expect(contact.timeline.at(-2)!.detail).toMatch(
      /^Contact outside the restriction: the customer contacted us by telephone; the restriction allows email only\./,
    );

    const lifted = await ok<Restriction>(
      'hart-coordinator',
      'mutation L($id: ID!) { liftContactRestriction(id: $id, reason: "Calls have stopped") { id liftedAt } }',
      { id: r.id },
    );
    expect(lifted.liftedAt).not.toBeNull();
    const after = await readCase(c.reference);
    expect(after.complainant.restricted).toBe(false);
    // What communications reports back (MESSAGE_SENT…) arrives on its own time: the last change made here.
    expect(after.timeline.filter((e: { type: string }) => !/^MESSAGE_(SENT|SUPPRESSED|FAILED)$/.test(e.type)).at(-1)).toMatchObject({
      type: 'CONTACT_RESTRICTION_LIFTED',
      actor: 'Priya Shah',
      detail: expect.stringContaining('Calls have stopped'),
    });
  });

  it('restricts someone with no complaint yet (a complainant record is made); exactly one of complainantId and person', async () => {
    const email = `sam.${randomUUID().slice(0, 8)}@example.org`;
    const person = { type: 'RESIDENT', name: 'Sam Roe', email };
    const r = await ok<Restriction>('hart-coordinator', RESTRICT, { i: { person, ...TERMS, endsOn: null } });
    expect(r.letter).toMatch(/^We have decided to restrict your contact with Hart District Council because/);
    expect(r.letter).toContain('It applies until we review it, which we will do by Sunday 1 March 2099.');
    // The person's first complaint shows the flag at once.
    const c = await complaint({ email, name: 'Sam Roe' });
    expect(c.complainant).toMatchObject({ id: r.complainantId, restricted: true });
    expect(c.timeline.map((e) => e.type)).toContain('CONTACT_RESTRICTION_APPLIES');

    for (const i of [{ ...TERMS }, { ...TERMS, person, complainantId: c.complainant.id }]) {
      expect((await call('hart-coordinator', RESTRICT, { i })).error).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.complainantId',
        message: expect.stringContaining('exactly one of complainantId'),
      });
    }
    expect((await call('hart-officer', RESTRICT, { i: { person, ...TERMS } })).error?.code).toBe('FORBIDDEN');
  });
});

describe('reasonable adjustments and the contact preference', () => {
  it('keeps an adjustment given as free text at intake as OTHER, with the words', async () => {
    const c = await complaint({ adjustments: 'Please write to me in large print', contactPreference: 'LETTER' });
    expect(c.complainant).toMatchObject({
      contactPreference: 'LETTER',
      adjustments: [{ kind: 'OTHER', need: 'Please write to me in large print', reviewOn: null }],
    });
  });

  it('the handler records one with a review date; another officer cannot; a telephone preference asks the handler to phone', async () => {
    const c = await complaint();
    await assign(c.id, 'hart-officer');
    const RECORD =
      'mutation A($c: ID!) { recordReasonableAdjustment(complainantId: $c, kind: LARGE_PRINT, need: "16 point; partially sighted", ' +
      `reviewOn: "2099-01-04") { ${PERSON} } }`;
    const refused = await call('hart-licensing-officer', RECORD, { c: c.complainant.id });
    expect(refused.error).toEqual({
      code: 'FORBIDDEN',
      message: "Only the case's handler, the Head of Service for waste or the complaints coordinator can record a reasonable adjustment.",
    });
    const person = await ok<Person>('hart-officer', RECORD, { c: c.complainant.id });
    expect(person.adjustments).toEqual([{ kind: 'LARGE_PRINT', need: '16 point; partially sighted', reviewOn: '2099-01-04' }]);
    expect((await readCase(c.reference)).complainant.adjustments).toHaveLength(1);

    const preferred = await ok<Person>(
      'hart-officer',
      `mutation P($c: ID!) { setContactPreference(complainantId: $c, preference: TELEPHONE) { ${PERSON} } }`,
      { c: c.complainant.id },
    );
    expect(preferred.contactPreference).toBe('TELEPHONE');
    const phone = (await myAlerts('hart-officer')).filter((a) => a.caseId === c.id);
    expect(phone).toEqual([
      {
        kind: 'ADJUSTMENT_REVIEW',
        caseId: c.id,
        message:
          `${c.reference}: Pat Doe asks to be contacted by telephone (01252 000000). ` +
          'Phone them about their complaint; the written response is still sent.',
      },
    ]);
  });
});
