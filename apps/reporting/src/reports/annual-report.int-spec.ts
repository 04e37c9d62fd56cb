import { CODE_REQUIREMENTS, Role } from '@redress/policy';
import { createLogger } from '@redress/platform';
import { isolate } from '@redress/platform/testing';
import type { MikroORM, StaffIdentity } from '@redress/platform';
import { rebuildProjections } from '../events/record-event';
import { createReportingOrm, reportingSchema } from '../reporting.orm';
import { annualReport, recordSelfAssessment, updateAnnualReportWords } from './annual-report';

jest.setTimeout(60_000);

const isolation = isolate('reporting-annual');
const config = isolation.config('reporting');
const schema = reportingSchema(config);
let orm: MikroORM;
beforeAll(async () => {
  orm = await createReportingOrm(config, createLogger('test', 'silent'));
});
afterAll(async () => {
  await orm?.close();
  await isolation.cleanup();
});

const coordinator: StaffIdentity = {
  sub: 'hart-coordinator',
  name: 'Hart coordinator',
  roles: [Role.COMPLAINTS_COORDINATOR],
  council: 'hart',
};
const at = (iso: string) => new Date(iso);
const report = (year = 2026) => annualReport(orm.em.fork(), schema, 'hart', year, '2027-06-30');
const auditRows = async () =>
  (await orm.em
    .fork()
    .getConnection()
    .execute(`select actor, council_id, action, ids, reason from "${schema}".audit_log order by seq`)) as {
    actor: string;
    council_id: string;
    action: string;
    ids: string[];
    reason: string | null;
  }[];

describe('the annual report: self-assessment and the report’s own words (real PostgreSQL)', () => {
  it('pre-fills one row per requirement of the Code from the policy core before anyone records anything', async () => {
    const { selfAssessment } = await report();
    expect(selfAssessment.map((r) => r.section)).toEqual(CODE_REQUIREMENTS.map((r) => r.section));
    expect(selfAssessment.find((r) => r.section === '5.2')).toMatchObject({
      compliant: false,
      assessed: true,
      rules: ['No informal stage before Stage 1'],
      evidence: null,
      recordedAt: null,
      commentary: expect.stringContaining('informal resolution stage'),
    });
  });

  it("keeps the coordinator's evidence, commentary and action for the year, the latest record winning, and audits each", async () => {
    const first = await recordSelfAssessment(
      orm.em.fork(),
      schema,
      coordinator,
      'hart',
      2026,
      {
        section: '5.2',
        compliant: false,
        evidence: 'Policy section 5 has an informal stage',
        action: 'Remove the informal stage',
        actionBy: '2027-04-01',
      },
      at('2027-05-10T09:00:00Z'),
    );
    expect(first).toMatchObject({
      section: '5.2',
      compliant: false,
      evidence: 'Policy section 5 has an informal stage',
      actionBy: '2027-04-01',
    });
    const second = await recordSelfAssessment(
      orm.em.fork(),
      schema,
      coordinator,
      'hart',
      2026,
      {
        section: '5.2',
        compliant: false,
        evidence: 'Cabinet agreed on 3 May to remove it',
        commentary: 'From 1 April 2027',
        action: 'Publish the new policy',
        actionBy: '2027-04-01',
      },
      at('2027-05-11T09:00:00Z'),
    );
    expect(second).toMatchObject({
      evidence: 'Cabinet agreed on 3 May to remove it',
      commentary: 'From 1 April 2027',
      action: 'Publish the new policy',
    });
    expect(second.recordedAt).toEqual(at('2027-05-11T09:00:00Z'));
    const { selfAssessment } = await report();
    expect(selfAssessment.filter((r) => r.evidence !== null).map((r) => [r.section, r.evidence])).toEqual([
      ['5.2', 'Cabinet agreed on 3 May to remove it'],
    ]);
    // Another year is assessed on its own.
    expect((await report(2025)).selfAssessment.find((r) => r.section === '5.2')?.evidence).toBeNull();
    expect((await auditRows()).map((r) => [r.actor, r.council_id, r.action, r.ids])).toEqual([
      ['hart-coordinator', 'hart', 'CHANGE_SELF_ASSESSMENT', ['hart/2026/5.2']],
      ['hart-coordinator', 'hart', 'CHANGE_SELF_ASSESSMENT', ['hart/2026/5.2']],
    ]);
  });

  it('refuses "compliant" where the policy itself falls short, an unknown section, and a departure with no action', async () => {
    const record = (input: Parameters<typeof recordSelfAssessment>[5]) =>
      recordSelfAssessment(orm.em.fork(), schema, coordinator, 'hart', 2026, input, at('2027-05-12T09:00:00Z'));
    await expect(record({ section: '5.2', compliant: true, evidence: 'We think so' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.compliant',
    });
    await expect(record({ section: '99.1', compliant: true, evidence: 'x' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.section',
    });
    await expect(record({ section: '4.1', compliant: false, evidence: 'No team yet' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.action',
    });
    expect(await auditRows()).toHaveLength(2);
  });

  it("keeps the governing body's response and the Ombudsman's letter, a field left out unchanged, and survives a rebuild", async () => {
    const update = (input: Parameters<typeof updateAnnualReportWords>[5]) =>
      updateAnnualReportWords(orm.em.fork(), schema, coordinator, 'hart', 2026, input, at('2027-06-01T09:00:00Z'));
    await update({ governanceResponse: 'Overview and Scrutiny noted the report on 12 June.' });
    await update({ ombudsmanAnnualLetter: 'Three complaints decided; one upheld.' });
    expect(await report()).toMatchObject({
      governanceResponse: 'Overview and Scrutiny noted the report on 12 June.',
      ombudsmanAnnualLetter: 'Three complaints decided; one upheld.',
    });
    await update({ governanceResponse: null });
    expect(await report()).toMatchObject({ governanceResponse: null, ombudsmanAnnualLetter: 'Three complaints decided; one upheld.' });
    await expect(update({})).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    // Not projections: a rebuild from the event log leaves them be.
    await rebuildProjections(orm.em.fork(), schema);
    const after = await report();
    expect(after.ombudsmanAnnualLetter).toBe('Three complaints decided; one upheld.');
    expect(after.selfAssessment.find((r) => r.section === '5.2')?.evidence).toBe('Cabinet agreed on 3 May to remove it');
    expect((await auditRows()).filter((r) => r.action === 'CHANGE_ANNUAL_REPORT').map((r) => [r.ids, r.reason])).toEqual([
      [['hart/2026'], 'governanceResponse'],
      [['hart/2026'], 'ombudsmanAnnualLetter'],
      [['hart/2026'], 'governanceResponse'],
    ]);
  });
});
