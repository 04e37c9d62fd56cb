import { knex } from '@mikro-orm/postgresql';
import { DEV_JWT_SECRET, signDevToken } from '@redress/platform';
import { Role } from '@redress/policy';
import { eventually, gql, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

jest.setTimeout(180_000);

// Hart keeps nothing past closure here (RETENTION_MONTHS), and the sweep runs every second, so the retention
// schedule can be watched working; Hampshire keeps the policy's six years, so only erasure touches its cases.
let platform: RunningPlatform;
const tokens: Record<string, string> = {};
const STAFF: [string, string, Role][] = [
  ['hart-officer', 'hart', Role.OFFICER],
  ['hart-coordinator', 'hart', Role.COMPLAINTS_COORDINATOR],
  ['hart-analyst', 'hart', Role.ANALYST],
  ['hampshire-officer', 'hampshire', Role.OFFICER],
  ['hampshire-coordinator', 'hampshire', Role.COMPLAINTS_COORDINATOR],
  ['hampshire-analyst', 'hampshire', Role.ANALYST],
];

beforeAll(async () => {
  platform = await startPlatform('dataprotection', { RETENTION_MONTHS: 'hart=0', RETENTION_SWEEP_EVERY_MS: '1000' });
  for (const [sub, council, role] of STAFF) tokens[sub] = await signDevToken({ sub, name: sub, council, roles: [role] }, DEV_JWT_SECRET);
});
afterAll(async () => {
  await platform?.stop();
});

type Errors = { message: string; extensions?: { code?: string } }[];
async function as<T>(who: string | null, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: Errors }> {
  return gql<T>(platform.gatewayUrl, query, variables, who ? tokens[who] : undefined);
}
async function ok<T>(who: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await as<T>(who, query, variables);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].message} (${res.errors[0].extensions?.code})`);
  return res.data!;
}

interface CaseView {
  id: string;
  status: string;
  summary: string;
  complainant: { name: string; email: string | null } | null;
  timeline: { type: string; detail: string | null }[];
}
const getCase = async (who: string, reference: string) =>
  (
    await ok<{ case: CaseView | null }>(
      who,
      'query C($r: String!) { case(reference: $r) { id status summary complainant { name email } timeline { type detail } } }',
      { r: reference },
    )
  ).case;

async function submit(input: Record<string, unknown>): Promise<{ reference: string; outcome: string }> {
  return (
    await ok<{ submitFeedback: { reference: string; outcome: string } }>(
      null,
      'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }',
      { i: input },
    )
  ).submitFeedback;
}

/** Assign, acknowledge, answer and close, as the council's coordinator and officer would. */
async function answerAndClose(council: string, caseId: string): Promise<void> {
  const run = (who: string, m: string, v: Record<string, unknown>) => ok(`${council}-${who}`, m, { id: caseId, ...v });
  await run('coordinator', 'mutation A($id: ID!, $to: ID!) { assignCase(caseId: $id, assigneeId: $to) { id } }', {
    to: `${council}-officer`,
  });
  await run('officer', 'mutation K($id: ID!) { acknowledgeCase(caseId: $id) { id } }', {});
  await run('officer', 'mutation R($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
    i: { outcome: 'NOT_UPHELD', findings: 'The neighbour at 4 Acacia Avenue was not at fault.' },
  });
  await run('coordinator', 'mutation X($id: ID!) { closeCase(caseId: $id) { id } }', {});
}

const SAR =
  'query E($c: ID!, $e: String!) { ' +
  'subjectAccessExport(councilId: $c, email: $e) { email generatedAt submissions escalationRequests cases } }';
interface Export {
  email: string;
  submissions: { reference: string; details: string; complainant: { name: string } }[];
  escalationRequests: unknown[];
  cases: { reference: string; details: string; complainant: { name: string; email: string } }[];
}
const STATS =
  'query F($c: ID!) { statistics(councilId: $c, from: "2026-04-01", to: "2027-03-31", groupBy: SERVICE_AREA) ' +
  '{ key received comments closed notUpheld respondedOnTime respondedLate } }';

async function auditRows(
  service: 'intake' | 'casework',
): Promise<{ actor: string; action: string; ids: string[]; reason: string | null; row: string }[]> {
  const db = knex({ client: 'pg', connection: platform.isolation.config('intake').databaseUrl, pool: { min: 0, max: 1 } });
  try {
    const rows: { actor: string; action: string; ids: string[]; reason: string | null }[] = (
      await db.raw(`select * from "${platform.isolation.schemaPrefix}${service}"."audit_log" order by "seq"`)
    ).rows;
    return rows.map((r) => ({ actor: r.actor, action: r.action, ids: r.ids, reason: r.reason, row: JSON.stringify(r) }));
  } finally {
    await db.destroy();
  }
}

describe('subject access and erasure (Hampshire)', () => {
  const email = 'sam.subject@example.org';
  const person = { type: 'RESIDENT', name: 'Sam Subject', email };

  const WHOLE_JOURNEY =
    'exports everything held about a person, refuses erasure while the case is open, erases it once closed and keeps the figures';
  it(WHOLE_JOURNEY, async () => {
    const { reference } = await submit({
      councilId: 'hampshire',
      kind: 'COMPLAINT',
      channel: 'WEB_FORM',
      serviceArea: 'libraries',
      summary: 'Library fines',
      details: 'Fined for a book I returned on 3 November.',
      complainant: person,
    });
    const opened = await eventually(() => getCase('hampshire-officer', reference));

    // The export: intake's submission and casework's case, composed by the gateway; the email is matched whatever its case.
    const exported = (
      await ok<{ subjectAccessExport: Export }>('hampshire-coordinator', SAR, { c: 'hampshire', e: 'Sam.Subject@Example.org' })
    ).subjectAccessExport;
    expect(exported.submissions).toEqual([
      expect.objectContaining({
        reference,
        details: 'Fined for a book I returned on 3 November.',
        complainant: expect.objectContaining({ name: 'Sam Subject', email }),
      }),
    ]);
    expect(exported.cases).toEqual([
      expect.objectContaining({
        reference,
        details: 'Fined for a book I returned on 3 November.',
        complainant: expect.objectContaining({ name: 'Sam Subject', email }),
      }),
    ]);
    // Information governance only, and only for the council's own residents.
    expect((await as('hampshire-officer', SAR, { c: 'hampshire', e: email })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as('hart-coordinator', SAR, { c: 'hampshire', e: email })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(null, SAR, { c: 'hampshire', e: email })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as('hampshire-coordinator', SAR, { c: 'hampshire', e: 'sam at example' })).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
      message: expect.stringContaining('not a valid email address'),
    });

    const ERASE =
      'mutation X($c: ID!, $e: String!) { ' +
      'eraseSubject(councilId: $c, email: $e, reason: "Asked by email on 1 December 2026") { erased references message } }';
    const refused = await as('hampshire-coordinator', ERASE, { c: 'hampshire', e: email });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining(`${reference} is still being dealt with`),
    });
    expect((await getCase('hampshire-officer', reference))?.complainant?.name).toBe('Sam Subject');

    await answerAndClose('hampshire', opened.id);
    const before = await eventually(async () => {
      const rows = (await ok<{ statistics: { key: string; closed: number }[] }>('hampshire-analyst', STATS, { c: 'hampshire' })).statistics;
      return rows.find((r) => r.key === 'libraries' && r.closed === 1) ? rows : null;
    });
    // Intake learns of the closure from casework's events: erasure is allowed once it has.
    const erased = await eventually(async () => {
      const res = await as<{ eraseSubject: { erased: boolean; references: string[]; message: string } }>('hampshire-coordinator', ERASE, {
        c: 'hampshire',
        e: email,
      });
      return res.data?.eraseSubject ?? null;
    });
    expect(erased).toMatchObject({ erased: true, references: [reference] });

    const anonymised = await eventually(async () => {
      const c = await getCase('hampshire-officer', reference);
      return c?.complainant?.name === 'Anonymised' ? c : null;
    });
    expect(anonymised).toMatchObject({ status: 'CLOSED', summary: 'Anonymised', complainant: { name: 'Anonymised', email: null } });
    expect(anonymised.timeline.filter((e) => e.type !== 'ANONYMISED').every((e) => e.detail === null)).toBe(true);
    expect(JSON.stringify(anonymised)).not.toMatch(/Sam Subject|sam\.subject|3 November|Acacia/);

    const after = (await ok<{ subjectAccessExport: Export }>('hampshire-coordinator', SAR, { c: 'hampshire', e: email }))
      .subjectAccessExport;
    expect(after).toMatchObject({ submissions: [], escalationRequests: [], cases: [] });
    expect((await ok<{ statistics: unknown[] }>('hampshire-analyst', STATS, { c: 'hampshire' })).statistics).toEqual(before);
    // Asking again: nothing is held any more.
    expect(
      (await ok<{ eraseSubject: { erased: boolean } }>('hampshire-coordinator', ERASE, { c: 'hampshire', e: email })).eraseSubject.erased,
    ).toBe(false);

    // Audited in both services, with ids and never the person's details.
    const intake = await auditRows('intake');
    expect(intake.map((r) => [r.actor, r.action])).toEqual(
      expect.arrayContaining([
        ['hampshire-coordinator', 'SUBJECT_ACCESS_EXPORT'],
        ['hampshire-coordinator', 'ERASURE_REQUEST'],
        ['hampshire-coordinator', 'ANONYMISE_ERASURE'],
      ]),
    );
    // The erasure keeps its grounds, as the coordinator recorded them, once: the refused attempts left no row.
    expect(intake.filter((r) => r.action === 'ERASURE_REQUEST')).toEqual([
      expect.objectContaining({ ids: [expect.any(String)], reason: 'Asked by email on 1 December 2026' }),
    ]);
    expect(intake.filter((r) => r.action !== 'ERASURE_REQUEST').every((r) => r.reason === null)).toBe(true);
    const casework = await auditRows('casework');
    expect(casework.find((r) => r.action === 'SUBJECT_ACCESS_EXPORT')).toMatchObject({
      actor: 'hampshire-coordinator',
      ids: expect.arrayContaining([opened.id]),
    });
    expect(casework.find((r) => r.action === 'ANONYMISE_ERASURE')).toMatchObject({
      actor: 'system',
      ids: expect.arrayContaining([opened.id]),
    });
    for (const r of [...intake, ...casework]) expect(r.row).not.toMatch(/Sam Subject|sam\.subject/i);
  });
});

describe('the retention schedule (Hart, kept for 0 months after closure in this run)', () => {
  it('anonymises a closed case in casework and intake, and contacts that opened no case, leaving the figures whole', async () => {
    const email = 'rita.retention@example.org';
    const complaint = await submit({
      councilId: 'hart',
      kind: 'COMPLAINT',
      channel: 'WEB_FORM',
      serviceArea: 'licensing',
      skipInformal: true,
      summary: 'Licence delay',
      details: 'My taxi licence for 12 High Street is late.',
      complainant: { type: 'RESIDENT', name: 'Rita Retention', email },
    });
    const comment = await submit({
      councilId: 'hart',
      kind: 'COMMENT',
      channel: 'WEB_FORM',
      serviceArea: 'licensing',
      summary: 'Website',
      details: 'The licensing pages are hard to find.',
      complainant: { type: 'RESIDENT', name: 'Rita Retention', email },
    });
    expect(comment.outcome).not.toBe('ACCEPTED');
    const opened = await eventually(() => getCase('hart-officer', complaint.reference));

    // An open case is kept whatever the schedule: only closure starts its retention clock.
    await new Promise((r) => setTimeout(r, 2_500));
    expect((await getCase('hart-officer', complaint.reference))?.complainant?.name).toBe('Rita Retention');

    await answerAndClose('hart', opened.id);
    const anonymised = await eventually(async () => {
      const c = await getCase('hart-officer', complaint.reference);
      return c?.complainant?.name === 'Anonymised' ? c : null;
    });
    expect(anonymised.timeline.find((e) => e.type === 'ANONYMISED')?.detail).toBe('Personal data anonymised: its retention period ended.');
    expect(JSON.stringify(anonymised)).not.toMatch(/Rita|retention@|High Street/);
    // The delivery record keeps what was sent and when, not to whom or the words (communications).
    const messages = await eventually(async () => {
      const res = await as<{ case: { messages: { kind: string; status: string; recipient: string | null; body: string }[] | null } }>(
        'hart-officer',
        'query M($r: String!) { case(reference: $r) { messages { kind status recipient body } } }',
        { r: complaint.reference },
      );
      const list = res.data?.case.messages ?? [];
      return list.length && list.every((m) => m.recipient === null && m.body.startsWith('[removed')) ? list : null;
    });
    expect(messages.map((m) => m.kind)).toEqual(expect.arrayContaining(['RESPONSE']));
    expect(JSON.stringify(messages)).not.toMatch(/Rita|retention@|High Street/);
    // Intake's copies, the complaint's (by casework's event) and the comment's (by intake's own sweep), go too.
    const left = await eventually(async () => {
      const e = (await ok<{ subjectAccessExport: Export }>('hart-coordinator', SAR, { c: 'hart', e: email })).subjectAccessExport;
      return e.submissions.length === 0 && e.cases.length === 0 ? e : null;
    });
    expect(left).toMatchObject({ submissions: [], cases: [] });
    // The figures still count the complaint: received, answered on time, not upheld, closed.
    const stats = (await ok<{ statistics: { key: string }[] }>('hart-analyst', STATS, { c: 'hart' })).statistics;
    expect(stats.find((r) => r.key === 'licensing')).toEqual({
      key: 'licensing',
      // The complaint; the comment is counted apart (received is complaints only).
      received: 1,
      comments: 1,
      closed: 1,
      notUpheld: 1,
      respondedOnTime: 1,
      respondedLate: 0,
    });
    const audited = await auditRows('intake');
    expect(audited.filter((r) => r.action === 'ANONYMISE_RETENTION').flatMap((r) => r.ids)).toHaveLength(2);
  });
});

describe('a contact that opened no case (Hart, kept for 0 months in this run)', () => {
  it("its receipt loses its address and words in the delivery record when intake's retention schedule anonymises it", async () => {
    const email = 'carl.comment@example.org';
    const comment = await submit({
      councilId: 'hart',
      kind: 'COMMENT',
      channel: 'WEB_FORM',
      serviceArea: 'leisure',
      summary: 'Park benches',
      details: 'The benches at 7 Elvetham Road need painting.',
      complainant: { type: 'RESIDENT', name: 'Carl Comment', email },
    });
    expect(comment.outcome).not.toBe('ACCEPTED');
    // Communications' own record of what was sent (no case, so no Case.messages to read it through).
    const db = knex({ client: 'pg', connection: platform.isolation.config('communications').databaseUrl, pool: { min: 0, max: 1 } });
    try {
      const receipt = await eventually(async () => {
        const rows: { kind: string; status: string; recipient: string | null; subject: string; body: string }[] = (
          await db.raw(
            `select "kind", "status", "recipient", "subject", "body" from "${platform.isolation.schemaPrefix}communications"."message" ` +
              'where "reference" = ?',
            [comment.reference],
          )
        ).rows;
        return rows.length && rows.every((m) => m.recipient === null && m.body.startsWith('[removed')) ? rows : null;
      }, 30_000);
      expect(receipt).toEqual([expect.objectContaining({ kind: 'RECEIPT', subject: `Message about ${comment.reference}` })]);
      expect(JSON.stringify(receipt)).not.toMatch(/Carl|carl\.comment|Elvetham/);
    } finally {
      await db.destroy();
    }
  });
});
