import { financialQuarter, financialQuarterOf, londonDate } from '@redress/policy';
import { eventually, gql, seededStaffTokens, startPlatform } from '../testing';
import type { RunningPlatform } from '../testing';

/*
 * The annual complaints performance and service improvement report (Code 8) and its self-assessment, through the
 * gateway as a council would use them: contacts made on the portal, a complaint answered with a lesson learned, the
 * figures counted apart (complaints, compliments, comments, refusals by reason), the coordinator's assessment and the
 * governing body's response kept, the Member's view with small numbers withheld, and who may do what.
 */
jest.setTimeout(150_000);

// Contacts are received now: the financial year and quarter they fall in (year 2026 = April 2026 to March 2027).
const { year: YEAR, quarter: QUARTER } = financialQuarterOf(londonDate(new Date()));
const EIGHT_QUARTERS = Array.from({ length: 8 }, (_, i) => {
  const n = YEAR * 4 + QUARTER - 1 - 7 + i;
  return financialQuarter(Math.floor(n / 4), (n % 4) + 1).key;
});

let platform: RunningPlatform;
let tokens: Record<string, string> = {};
const STAFF = ['hart-officer', 'hart-coordinator', 'hart-analyst', 'hart-member', 'hampshire-coordinator', 'hampshire-analyst'];

beforeAll(async () => {
  platform = await startPlatform('reports');
  tokens = await seededStaffTokens(STAFF);
});
afterAll(async () => {
  await platform?.stop();
});

type Errors = { extensions?: { code?: string; field?: string }; message: string }[] | undefined;
async function call<T>(
  who: string | null,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors: Errors }> {
  const res = await gql<T>(platform.gatewayUrl, document, variables, who ? tokens[who] : undefined);
  return { data: res.data ?? undefined, errors: res.errors as Errors };
}
async function ok<T>(who: string | null, document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await call<T>(who, document, variables);
  if (errors?.length) throw new Error(`${who}: ${errors[0].extensions?.code}: ${errors[0].message}`);
  return data!;
}
const codeOf = async (who: string | null, document: string, variables: Record<string, unknown> = {}) => {
  const { errors } = await call(who, document, variables);
  return errors?.[0]?.extensions ? { code: errors[0].extensions.code, field: errors[0].extensions.field } : null;
};

const SUBMIT = 'mutation S($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference outcome } }';
const submit = (i: Record<string, unknown>) =>
  ok<{ submitFeedback: { reference: string; outcome: string } }>(null, SUBMIT, {
    i: { councilId: 'hart', channel: 'WEB_FORM', details: 'As the summary says.', ...i },
  }).then((r) => r.submitFeedback);
const resident = (n: number) => ({ type: 'RESIDENT', name: `Ada Reportly ${n}`, email: `ada.reportly.${n}@example.org` });

// What README.md's "The annual report" asks, and more.
const ANNUAL = `query Annual($c: ID!, $y: Int!) {
  annualReport(councilId: $c, year: $y) {
    councilId year complaints compliments comments serviceRequests suppressed
    byServiceArea { key received compliments comments serviceRequests notTakenOn partiallyUpheld respondedOnTime respondedLate suppressed }
    byStage { key received partiallyUpheld } byCategory { key received }
    sla { respondedOnTime respondedLate onTimeRate }
    refused { reason description count suppressed }
    ombudsmanReferrals ombudsmanDecisions { decision count } ombudsmanEnquiriesAnsweredOnTime ombudsmanEnquiriesAnsweredLate
    praise { serviceArea count suppressed }
    serviceImprovements
    selfAssessment { section requirement compliant evidence commentary action actionBy assessed rules }
    governanceResponse ombudsmanAnnualLetter
  }
}`;
// As README.md's recordSelfAssessment document.
const RECORD = `mutation Record($c: ID!, $y: Int!, $i: SelfAssessmentInput!) {
  recordSelfAssessment(councilId: $c, year: $y, input: $i) { section requirement compliant evidence commentary action actionBy assessed }
}`;
const UPDATE = `mutation Update($c: ID!, $y: Int!, $i: AnnualReportInput!) {
  updateAnnualReport(councilId: $c, year: $y, input: $i) { governanceResponse ombudsmanAnnualLetter complaints }
}`;

interface Row {
  key: string;
  received: number;
  compliments: number;
  comments: number;
  serviceRequests: number;
  notTakenOn: number;
  partiallyUpheld: number;
  respondedOnTime: number;
  respondedLate: number;
  suppressed: string[];
}
interface Annual {
  complaints: number;
  compliments: number;
  comments: number;
  suppressed: string[];
  byServiceArea: Row[];
  byStage: { key: string; received: number; partiallyUpheld: number }[];
  byCategory: { key: string; received: number }[];
  refused: { reason: string; description: string; count: number; suppressed: string[] }[];
  praise: { serviceArea: string; count: number; suppressed: string[] }[];
  serviceImprovements: string[];
  selfAssessment: {
    section: string;
    requirement: string;
    compliant: boolean;
    evidence: string | null;
    commentary: string | null;
    action: string | null;
    actionBy: string | null;
    assessed: boolean;
    rules: string[];
  }[];
  governanceResponse: string | null;
  ombudsmanAnnualLetter: string | null;
}
const annual = async (who: string, year = YEAR) => (await ok<{ annualReport: Annual }>(who, ANNUAL, { c: 'hart', y: year })).annualReport;
const LESSON = 'Crews to photograph bins left out before marking them missed';

describe('the annual report and the Code self-assessment, through the gateway', () => {
  beforeAll(async () => {
    // Received now (this financial year): two complaints about waste, a compliment, a comment, and a complaint about a
    // planning decision, which has its own appeal route.
    const answered = await submit({
      kind: 'COMPLAINT',
      serviceArea: 'waste',
      summary: 'Bins marked missed',
      skipInformal: true,
      categories: ['FAILURE_TO_PROVIDE_SERVICE'],
      complainant: resident(1),
    });
    const contacts = [
      await submit({ kind: 'COMPLAINT', serviceArea: 'waste', summary: 'Recycling not taken', complainant: resident(2) }),
      await submit({
        kind: 'COMPLIMENT',
        serviceArea: 'waste',
        summary: 'Thank you',
        praised: 'The Tuesday crew',
        complainant: resident(3),
      }),
      await submit({ kind: 'COMMENT', serviceArea: 'planning', summary: 'The portal is slow', complainant: resident(4) }),
      await submit({
        kind: 'COMPLAINT',
        serviceArea: 'planning',
        matter: 'PLANNING_DECISION',
        summary: 'Wrong decision',
        complainant: resident(5),
      }),
    ];
    expect([answered.outcome, ...contacts.map((c) => c.outcome)]).toEqual(['ACCEPTED', 'ACCEPTED', 'RECORDED', 'RECORDED', 'REFERRED']);
    // The waste officer takes the first, acknowledges it and answers it, with a lesson learned.
    const opened = await eventually(async () => {
      const r = await ok<{ case: { id: string } | null }>('hart-officer', 'query C($r: String!) { case(reference: $r) { id } }', {
        r: answered.reference,
      });
      return r.case;
    }, 30_000);
    const act = (document: string, variables: Record<string, unknown>) => ok('hart-officer', document, { id: opened.id, ...variables });
    await act('mutation A($id: ID!, $a: ID!) { assignCase(caseId: $id, assigneeId: $a) { id } }', { a: 'hart-officer' });
    await act('mutation A($id: ID!) { acknowledgeCase(caseId: $id) { id } }', {});
    await act('mutation R($id: ID!, $i: CaseResponseInput!) { respondToCase(caseId: $id, input: $i) { id } }', {
      i: { outcome: 'PARTIALLY_UPHELD', findings: 'The crew missed one of the two weeks.', remedies: ['APOLOGY'], lessonsLearned: LESSON },
    });
    // The apology promised is a remedy action; the officer records it as done.
    const actions = await ok<{ case: { remedyActions: { id: string; remedy: string }[] } }>(
      'hart-officer',
      'query C($r: String!) { case(reference: $r) { remedyActions { id remedy } } }',
      { r: answered.reference },
    );
    expect(actions.case.remedyActions.map((a) => a.remedy)).toEqual(['APOLOGY']);
    await ok('hart-officer', 'mutation D($a: ID!) { completeRemedyAction(actionId: $a, note: "Apologised by letter") { id } }', {
      a: actions.case.remedyActions[0].id,
    });
    // Reporting follows the events: wait until the answer is counted.
    await eventually(async () => ((await annual('hart-analyst')).serviceImprovements.length === 2 ? true : null), 30_000);
  });

  it('counts complaints, compliments, comments and refusals apart, and lists the lessons learned', async () => {
    const report = await annual('hart-analyst');
    expect(report).toMatchObject({ complaints: 2, compliments: 1, comments: 1, suppressed: [] });
    expect(report.byServiceArea).toEqual([
      expect.objectContaining({ key: 'planning', received: 0, comments: 1, notTakenOn: 1 }),
      expect.objectContaining({ key: 'waste', received: 2, compliments: 1, partiallyUpheld: 1, respondedOnTime: 1, respondedLate: 0 }),
    ]);
    expect(report.byCategory).toEqual([
      { key: 'FAILURE_TO_PROVIDE_SERVICE', received: 1 },
      { key: 'UNCATEGORISED', received: 1 },
    ]);
    expect(report.refused).toEqual([
      { reason: 'PLANNING_DECISION', description: 'Has its own procedure or is excluded: planning decision', count: 1, suppressed: [] },
    ]);
    // Praise by service area only: who was praised stays with intake.
    expect(report.praise).toEqual([{ serviceArea: 'waste', count: 1, suppressed: [] }]);
    expect(JSON.stringify(report)).not.toContain('Tuesday crew');
    // The lessons learned, then the remedy actions carried out (casework says which remedy each was).
    expect(report.serviceImprovements).toEqual([LESSON, 'Remedy actions completed, apology: 1']);
  });

  it("pre-fills the self-assessment from the policy: Hart's informal stage is a departure, with why", async () => {
    const rows = (await annual('hart-analyst')).selfAssessment;
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.find((r) => r.section === '5.2')).toEqual({
      section: '5.2',
      requirement: 'There is no informal or "stage 0" step before Stage 1.',
      compliant: false,
      evidence: null,
      commentary:
        'Hart District Council has an informal resolution stage (10 working days) before Stage 1; the Code does not ' +
        'allow a stage before the formal complaint.',
      action: null,
      actionBy: null,
      assessed: true,
      rules: ['No informal stage before Stage 1'],
    });
    expect(rows.find((r) => r.section === '4.1')).toMatchObject({ compliant: false, assessed: false, rules: [] });
  });

  it("keeps the coordinator's evidence, commentary and action, and the governing body's response", async () => {
    const input = {
      section: '5.2',
      compliant: false,
      evidence: 'Complaints policy, section 5',
      commentary: 'Cabinet has agreed to remove the informal stage.',
      action: 'Publish the two-stage policy',
      actionBy: '2027-04-01',
    };
    const recorded = await ok<{ recordSelfAssessment: unknown }>('hart-coordinator', RECORD, { c: 'hart', y: YEAR, i: input });
    expect(recorded.recordSelfAssessment).toEqual({
      ...input,
      requirement: 'There is no informal or "stage 0" step before Stage 1.',
      assessed: true,
    });
    const updated = await ok<{ updateAnnualReport: unknown }>('hart-coordinator', UPDATE, {
      c: 'hart',
      y: YEAR,
      i: {
        governanceResponse: 'Overview and Scrutiny Committee noted the report on 10 June 2027.',
        ombudsmanAnnualLetter: 'No complaints upheld.',
      },
    });
    expect(updated.updateAnnualReport).toEqual({
      governanceResponse: 'Overview and Scrutiny Committee noted the report on 10 June 2027.',
      ombudsmanAnnualLetter: 'No complaints upheld.',
      complaints: 2,
    });
    const read = await annual('hart-analyst');
    expect(read.selfAssessment.find((r) => r.section === '5.2')).toMatchObject({
      evidence: 'Complaints policy, section 5',
      actionBy: '2027-04-01',
    });
    expect(read.governanceResponse).toBe('Overview and Scrutiny Committee noted the report on 10 June 2027.');
    // Another year's report is its own.
    expect((await annual('hart-analyst', YEAR - 1)).governanceResponse).toBeNull();
  });

  it('refuses what the Code or the policy rules out, with the field at fault', async () => {
    const record = (i: Record<string, unknown>) => codeOf('hart-coordinator', RECORD, { c: 'hart', y: YEAR, i });
    expect(await record({ section: '5.2', compliant: true, evidence: 'We think so' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.compliant',
    });
    expect(await record({ section: '4.1', compliant: false, evidence: 'No team named yet' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.action',
    });
    expect(await record({ section: '42.1', compliant: true, evidence: 'x' })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.section' });
    expect(await codeOf('hart-coordinator', UPDATE, { c: 'hart', y: YEAR, i: {} })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('gives the Member Responsible for Complaints the figures with counts of fewer than 5 withheld', async () => {
    const member = await annual('hart-member');
    expect(member).toMatchObject({ complaints: 0, compliments: 0, comments: 0 });
    expect(member.suppressed).toEqual(expect.arrayContaining(['complaints', 'compliments', 'comments']));
    const waste = member.byServiceArea.find((r) => r.key === 'waste')!;
    expect(waste).toMatchObject({ received: 0, compliments: 0, partiallyUpheld: 0 });
    expect(waste.suppressed).toEqual(expect.arrayContaining(['received', 'compliments', 'partiallyUpheld', 'respondedOnTime']));
    expect(member.praise).toEqual([{ serviceArea: 'waste', count: 0, suppressed: ['count'] }]);
    // The words are not counts: the Member reads the assessment and the lessons as they are; counts in them are withheld.
    expect(member.serviceImprovements).toEqual([LESSON, 'Remedy actions completed, apology: fewer than 5']);
    expect(member.selfAssessment.find((r) => r.section === '5.2')?.evidence).toBe('Complaints policy, section 5');
    // An analyst may ask for the Member's view, for the Member's pack.
    const asked = await ok<{ annualReport: Annual }>('hart-analyst', ANNUAL.replace('year: $y)', 'year: $y, suppressSmallNumbers: true)'), {
      c: 'hart',
      y: YEAR,
    });
    expect(asked.annualReport.byServiceArea).toEqual(member.byServiceArea);
  });

  it('lets only the coordinator record, and each council read only its own', async () => {
    const input = { section: '4.1', compliant: true, evidence: 'The complaints team' };
    for (const who of ['hart-analyst', 'hart-member', 'hart-officer', 'hampshire-coordinator'])
      expect([who, await codeOf(who, RECORD, { c: 'hart', y: YEAR, i: input })]).toEqual([who, { code: 'FORBIDDEN', field: undefined }]);
    expect(await codeOf('hart-analyst', UPDATE, { c: 'hart', y: YEAR, i: { ombudsmanAnnualLetter: 'x' } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await codeOf('hampshire-analyst', ANNUAL, { c: 'hart', y: YEAR })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf('hart-officer', ANNUAL, { c: 'hart', y: YEAR })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await codeOf(null, ANNUAL, { c: 'hart', y: YEAR })).toMatchObject({ code: 'UNAUTHENTICATED' });
    // Nothing was changed by the refused calls.
    expect((await annual('hart-analyst')).selfAssessment.find((r) => r.section === '4.1')).toMatchObject({ evidence: null });
  });

  it('gives the quarterly report with complaints counted as complaints, and eight quarters of trend', async () => {
    const q = await ok<{
      quarterlyReport: {
        complaints: number;
        byServiceArea: { key: string; received: number }[];
        lastEightQuarters: { period: string; value: number }[];
      };
    }>(
      'hart-analyst',
      'query Q($y: Int!, $q: Int!) { quarterlyReport(councilId: "hart", year: $y, quarter: $q) { complaints ' +
        'byServiceArea { key received } lastEightQuarters { period value } } }',
      { y: YEAR, q: QUARTER },
    );
    expect(q.quarterlyReport.complaints).toBe(2);
    expect(q.quarterlyReport.byServiceArea).toEqual([
      { key: 'planning', received: 0 },
      { key: 'waste', received: 2 },
    ]);
    expect(q.quarterlyReport.lastEightQuarters).toEqual(EIGHT_QUARTERS.map((period, i) => ({ period, value: i === 7 ? 2 : 0 })));
  });
});
