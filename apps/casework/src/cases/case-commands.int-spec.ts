import { randomUUID } from 'node:crypto';
import {
  Channel,
  ComplainantType,
  ConsentEvidence,
  ContactDirection,
  HoldReason,
  OmbudsmanDecision,
  Outcome,
  Remedy,
  Role,
  addWorkingDays,
  findCouncilPolicy,
} from '@redress/policy';
import { EVENT_ROUTES, QUEUES, timerJobId } from '@redress/contracts';
import type { CaseRespondedEvent } from '@redress/contracts';
import { OutboxEvent } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import { caseworkSchema } from '../casework.orm';
import { caseworkTestbed } from '../testing/casework-testbed';
import { plannedTimers, scheduleTimers } from '../timers/case-timers';
import { acknowledgeCase } from './acknowledge-case';
import { agreeExtension } from './agree-extension';
import { assignCase } from './assign-case';
import { runCaseCommand } from './case-command';
import { holdCase, resumeCase } from './hold-case';
import type { AcceptedSubmission } from '@redress/contracts';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { openCase } from './open-case';
import { closeCase } from './close-case';
import { escalateCase } from './escalate-case';
import { respondToCase, signOffResponse } from './respond-to-case';
import { findCases } from './case-queue';
import { recordOmbudsmanDecision, referToOmbudsman } from './ombudsman';
import { recordContact } from './record-contact';
import { agreeStatementOfComplaint } from './statement-of-complaint';
import { restrictContact } from '../complainants/restrict-contact';
import { Case } from './case.entity';
import { loadCase } from './case.resolver';
import { RemedyAction } from '../remedies/remedy-action.entity';
import { chaseOverdueRemedies } from '../remedies/chase-remedies';
import { StaffAlert } from '../alerts/staff-alert.entity';

jest.setTimeout(60_000);

const bed = caseworkTestbed('case-commands');
const config = bed.config;

const ctx = bed.contextAt;

async function openHartStage1(receivedAt: string, email = `${randomUUID()}@example.org`, over: Partial<AcceptedSubmission> = {}) {
  const job = newCaseOpenJob(receivedAt, {
    channel: Channel.LETTER,
    complainant: { type: ComplainantType.RESIDENT, name: 'Jo Bloggs', email, phone: null, postalAddress: null },
    ...over,
  });
  const c = await openCase(bed.orm.em.fork(), job, new Date(receivedAt));
  // Owned by the Stage 1 officer, as the case rules need for responses and extensions.
  await bed.orm.em.fork().nativeUpdate(Case, { id: c.id }, { assigneeId: 'hart-officer' });
  await scheduleTimers(
    bed.timers,
    c.stages.getItems().flatMap((s) => plannedTimers(c, s)),
    new Date(receivedAt),
  );
  return c;
}

describe('case commands (real PostgreSQL and Redis)', () => {
  it('acknowledges once, on time, and drops the acknowledgement timers', async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    const ackTimers = plannedTimers(c, c.stages.getItems()[0])
      .filter((t) => t.job.deadline === 'ACKNOWLEDGEMENT')
      .map((t) => timerJobId(t.job));
    expect(await bed.timers.getJob(ackTimers[0])).toBeDefined();
    const v = await runCaseCommand(ctx('2026-11-24T09:00:00Z'), c.id, 'ACKNOWLEDGE', acknowledgeCase);
    expect(v.stage.acknowledgedAt?.toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(v.timeline.find((e) => e.type === 'ACKNOWLEDGED')).toMatchObject({ actor: 'Amy Clarke' });
    for (const id of ackTimers) expect(await bed.timers.getJob(id)).toBeUndefined();
    await expect(runCaseCommand(ctx('2026-11-24T10:00:00Z'), c.id, 'ACKNOWLEDGE', acknowledgeCase)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('moves the response deadline by the working days spent on hold (Mon 23 Nov to Mon 30 Nov 2026 = 5)', async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    const before = c.stages.getItems()[0].respondBy;
    const held = await runCaseCommand(ctx('2026-11-23T15:00:00Z'), c.id, 'HOLD', (s) =>
      holdCase(s, HoldReason.AWAITING_CUSTOMER, 'waiting for photos'),
    );
    expect(held.status).toBe('ON_HOLD');
    expect(held.overdue).toBe(false);
    const resumed = await runCaseCommand(ctx('2026-11-30T09:00:00Z'), c.id, 'RESUME', resumeCase);
    expect(resumed.status).toBe('OPEN');
    expect(resumed.stage.respondBy).toBe(addWorkingDays(before, 5));
    await expect(runCaseCommand(ctx('2026-11-30T10:00:00Z'), c.id, 'RESUME', resumeCase)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('adds an agreed extension to the response deadline and records who agreed it and why', async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    const before = c.stages.getItems()[0].respondBy;
    const v = await runCaseCommand(ctx('2026-11-25T10:00:00Z'), c.id, { action: 'EXTEND', extensionWorkingDays: 5 }, (s) =>
      agreeExtension(s, 5, 'Site visit needed'),
    );
    expect(v.stage.extensionWorkingDays).toBe(5);
    expect(v.stage.respondBy).toBe(addWorkingDays(before, 5));
    expect(v.timeline.find((e) => e.type === 'EXTENDED')?.detail).toContain('agreed with the customer by Amy Clarke: Site visit needed');
    await expect(
      runCaseCommand(ctx('2026-11-25T10:00:00Z'), c.id, { action: 'EXTEND', extensionWorkingDays: 0 }, (s) => agreeExtension(s, 0, 'x')),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'workingDays' });
  });

  it("assigns only to staff of the same council, and hides other councils' cases", async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    const coordinator: StaffIdentity = {
      sub: 'hart-coordinator',
      name: 'Priya Shah',
      roles: [Role.COMPLAINTS_COORDINATOR],
      council: 'hart',
    };
    const v = await runCaseCommand(ctx('2026-11-23T11:00:00Z', coordinator), c.id, 'ASSIGN', (s) => assignCase(s, 'hart-officer'));
    expect(v.assigneeId).toBe('hart-officer');
    await expect(
      runCaseCommand(ctx('2026-11-23T11:00:00Z', coordinator), c.id, 'ASSIGN', (s) => assignCase(s, 'hampshire-officer')),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const hampshire: StaffIdentity = { sub: 'hampshire-officer', name: 'Sara Khan', roles: [Role.OFFICER], council: 'hampshire' };
    await expect(runCaseCommand(ctx('2026-11-23T11:00:00Z', hampshire), c.id, 'ACKNOWLEDGE', acknowledgeCase)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('responds, escalates to the next stage with a fresh clock, and closes', async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    await expect(runCaseCommand(ctx('2026-11-24T10:00:00Z'), c.id, 'ESCALATE', (s) => escalateCase(s, 'Not happy'))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      runCaseCommand(ctx('2026-11-24T10:00:00Z'), c.id, 'RESPOND', (s) =>
        respondToCase(s, { outcome: Outcome.NOT_INVESTIGATED, findings: 'Out of scope' }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.notInvestigatedReason' });
    await expect(
      runCaseCommand(ctx('2026-11-30T10:00:00Z'), c.id, 'RESPOND', (s) =>
        respondToCase(s, {
          outcome: Outcome.UPHELD,
          findings: 'Missed.',
          remedies: [Remedy.APOLOGY],
          lessonsLearned: 'Call Jo Bloggs back the same day',
        }),
      ),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.lessonsLearned',
      message: expect.stringContaining('take out the name Jo Bloggs'),
    });
    const responded = await runCaseCommand(ctx('2026-11-30T10:00:00Z'), c.id, 'RESPOND', (s) =>
      respondToCase(s, {
        outcome: Outcome.UPHELD,
        findings: 'Collections were missed',
        remedies: [Remedy.APOLOGY, Remedy.ACTION_TAKEN],
        lessonsLearned: 'Check crew rounds',
      }),
    );
    expect(responded).toMatchObject({ status: 'RESPONDED', stage: { outcome: 'UPHELD', remedies: ['APOLOGY', 'ACTION_TAKEN'] } });
    // The remedies are owed work: due 10 working days after the response (Mon 30 Nov → Mon 14 Dec), chased once after.
    const actions = await bed.orm.em.fork().find(RemedyAction, { case: c.id }, { orderBy: { remedy: 'asc' } });
    expect(actions.map((a) => [a.remedy, a.ownerId, a.dueOn])).toEqual([
      ['ACTION_TAKEN', 'hart-officer', '2026-12-14'],
      ['APOLOGY', 'hart-officer', '2026-12-14'],
    ]);
    expect(await chaseOverdueRemedies(bed.orm.em.fork(), new Date('2026-12-14T12:00:00Z'))).toBe(0);
    expect(await chaseOverdueRemedies(bed.orm.em.fork(), new Date('2026-12-15T12:00:00Z'))).toBeGreaterThanOrEqual(2);
    expect(await bed.orm.em.fork().count(StaffAlert, { caseId: c.id, deadline: 'REMEDY', recipientId: 'hart-officer' })).toBe(2);
    expect(await chaseOverdueRemedies(bed.orm.em.fork(), new Date('2026-12-16T12:00:00Z'))).toBe(0);
    const escalated = await runCaseCommand(ctx('2026-12-01T10:00:00Z'), c.id, 'ESCALATE', (s) => escalateCase(s, 'Still missed'));
    expect(escalated.status).toBe('OPEN');
    expect(escalated.stage.number).toBe(2);
    expect(escalated.assigneeId).toBe('hart-head-of-service'); // Hart s.6.2: the Head of Service for the area
    // Day 0 is the escalation date, Tuesday 1 December 2026.
    expect(escalated.stage.respondBy).toBe(
      addWorkingDays('2026-12-01', findCouncilPolicy('hart')!.stages.find((s) => s.number === 2)!.respondWithinWorkingDays),
    );
    await expect(runCaseCommand(ctx('2026-12-02T10:00:00Z'), c.id, 'CLOSE', closeCase)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('tells intake what the resident was told when a response is issued: not while it awaits sign-off; never reporting', async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    const head: StaffIdentity = { sub: 'hart-head-of-service', name: 'Tom Briggs', roles: [Role.HEAD_OF_SERVICE], council: 'hart' };
    const coordinator: StaffIdentity = {
      sub: 'hart-coordinator',
      name: 'Priya Shah',
      roles: [Role.COMPLAINTS_COORDINATOR],
      council: 'hart',
    };
    const told = async () =>
      (await bed.orm.em.fork().find(OutboxEvent, { type: 'case.responded' }, { orderBy: { occurredAt: 'asc' } }))
        .map((e) => e.payload as CaseRespondedEvent)
        .filter((e) => e.caseId === c.id)
        .map((e) => [e.stage, e.outcome, e.findings, e.remedies, e.respondedAt]);
    await runCaseCommand(ctx('2026-11-30T10:00:00Z'), c.id, 'RESPOND', (s) =>
      respondToCase(s, { outcome: Outcome.PARTIALLY_UPHELD, findings: 'Two collections were missed.', remedies: [Remedy.APOLOGY] }),
    );
    await runCaseCommand(ctx('2026-12-01T10:00:00Z'), c.id, 'ESCALATE', (s) => escalateCase(s, 'Still missed'));
    const stage1 = [1, 'PARTIALLY_UPHELD', 'Two collections were missed.', ['APOLOGY'], '2026-11-30T10:00:00.000Z'];
    expect(await told()).toEqual([stage1]);
    // Hart Stage 2: drafted by the Head of Service, issued when the Joint Chief Executive's office signs it off.
    await runCaseCommand(ctx('2026-12-02T10:00:00Z', head), c.id, 'RESPOND', (s) =>
      respondToCase(s, {
        outcome: Outcome.UPHELD,
        findings: 'The round was mis-scheduled.',
        remedies: [Remedy.APOLOGY, Remedy.PROCEDURES_IMPROVED],
      }),
    );
    expect(await told()).toEqual([stage1]);
    await runCaseCommand(ctx('2026-12-03T10:00:00Z', coordinator), c.id, 'SIGN_OFF', signOffResponse);
    expect(await told()).toEqual([
      stage1,
      [2, 'UPHELD', 'The round was mis-scheduled.', ['APOLOGY', 'PROCEDURES_IMPROVED'], '2026-12-03T10:00:00.000Z'],
    ]);
    // The findings are free text about people: intake's tracking only, never reporting's event log.
    expect(EVENT_ROUTES['case.responded']).toEqual([QUEUES.intakeCaseStatus]);
  });

  it("lists a council's work queue oldest first, page by page, with the overdue filter", async () => {
    const staff: StaffIdentity = { sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' };
    const now = new Date('2026-12-15T12:00:00Z');
    const all = await findCases(bed.orm.em.fork(), caseworkSchema(config), staff, {}, 100, null, now);
    expect(all.totalCount).toBeGreaterThanOrEqual(4);
    const first = await findCases(bed.orm.em.fork(), caseworkSchema(config), staff, {}, 2, null, now);
    const second = await findCases(bed.orm.em.fork(), caseworkSchema(config), staff, {}, 2, first.cursors.at(-1)!, now);
    expect([...first.cases, ...second.cases].map((c) => c.id)).toEqual(all.cases.slice(0, 4).map((c) => c.id));
    expect(first.hasNextPage).toBe(true);
    const overdue = await findCases(bed.orm.em.fork(), caseworkSchema(config), staff, { overdue: true }, 100, null, now);
    const notOverdue = await findCases(bed.orm.em.fork(), caseworkSchema(config), staff, { overdue: false }, 100, null, now);
    expect(overdue.totalCount + notOverdue.totalCount).toBe(all.totalCount);
    expect(overdue.totalCount).toBeGreaterThan(0);
    await expect(
      findCases(bed.orm.em.fork(), caseworkSchema(config), staff, { councilId: 'hampshire' }, 10, null, now),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A cursor made up by hand (a date and something that is not a case id) is the caller's mistake, said so.
    const forged = Buffer.from('2026-11-01T00:00:00.000Z|not-a-case', 'utf8').toString('base64url');
    await expect(findCases(bed.orm.em.fork(), caseworkSchema(config), staff, {}, 10, forged, now)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('waits for an agreed Statement of Complaint before a response, and resumes the clock when it is agreed', async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    await runCaseCommand(ctx('2026-11-23T11:00:00Z'), c.id, 'HOLD', (s) => holdCase(s, HoldReason.AWAITING_STATEMENT_OF_COMPLAINT, null));
    await expect(
      runCaseCommand(ctx('2026-11-24T11:00:00Z'), c.id, 'RESPOND', (s) => respondToCase(s, { outcome: Outcome.NOT_UPHELD, findings: 'x' })),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const agreed = await runCaseCommand(ctx('2026-11-25T11:00:00Z'), c.id, 'AGREE_STATEMENT', (s) =>
      agreeStatementOfComplaint(s, 'Missed collections on 2, 9 and 16 November'),
    );
    expect(agreed.status).toBe('OPEN');
    expect(agreed.stage.respondBy).toBe(addWorkingDays(c.stages.getItems()[0].respondBy, 2));
    const responded = await runCaseCommand(ctx('2026-11-26T11:00:00Z'), c.id, 'RESPOND', (s) =>
      respondToCase(s, { outcome: Outcome.NOT_UPHELD, findings: 'Collections were made' }),
    );
    expect(responded.status).toBe('RESPONDED');
  });

  it('refers to the Ombudsman, records its decision and closes; records contacts at the time they happened', async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    const coordinator: StaffIdentity = {
      sub: 'hart-coordinator',
      name: 'Priya Shah',
      roles: [Role.COMPLAINTS_COORDINATOR],
      council: 'hart',
    };
    const called = await runCaseCommand(ctx('2026-11-23T16:00:00Z'), c.id, 'RECORD_CONTACT', (s) =>
      recordContact(s, {
        direction: ContactDirection.INBOUND,
        channel: Channel.TELEPHONE,
        summary: 'Asked for an update',
        at: new Date('2026-11-23T14:30:00Z'),
      }),
    );
    expect(called.timeline.at(-1)).toMatchObject({ type: 'CONTACT_RECORDED', at: new Date('2026-11-23T14:30:00Z') });
    await expect(
      runCaseCommand(ctx('2026-12-01T10:00:00Z'), c.id, 'REFER_TO_OMBUDSMAN', (s) => referToOmbudsman(s, '26 001 234')),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A blank or malformed Ombudsman reference is refused at the GraphQL edge (case-inputs.types.ts; tools/e2e/validation.e2e-spec.ts).
    const referred = await runCaseCommand(ctx('2026-12-01T10:00:00Z', coordinator), c.id, 'REFER_TO_OMBUDSMAN', (s) =>
      referToOmbudsman(s, '26 001 234'),
    );
    expect(referred.status).toBe('WITH_OMBUDSMAN');
    const decided = await runCaseCommand(ctx('2027-02-01T10:00:00Z', coordinator), c.id, 'RECORD_OMBUDSMAN_DECISION', (s) =>
      recordOmbudsmanDecision(s, {
        decision: OmbudsmanDecision.UPHELD_WITH_RECOMMENDATIONS,
        summary: 'Fault causing injustice',
        remedies: [Remedy.APOLOGY, Remedy.FINANCIAL_REMEDY],
      }),
    );
    expect(decided.status).toBe('CLOSED');
    expect(decided.timeline.at(-1)?.detail).toContain('recommended: apology, financial remedy');
  });

  it('flags a new complaint from a person under a contact restriction', async () => {
    const first = await openHartStage1('2026-11-23T10:00:00Z', 'persistent@example.org');
    const coordinator: StaffIdentity = {
      sub: 'hart-coordinator',
      name: 'Priya Shah',
      roles: [Role.COMPLAINTS_COORDINATOR],
      council: 'hart',
    };
    const complainantId = (await bed.orm.em.fork().findOneOrFail(Case, { id: first.id })).complainant!.id;
    const r = await restrictContact(ctx('2026-11-23T12:00:00Z', coordinator), {
      complainantId,
      reason: 'Abusive calls',
      restrictions: 'Email only, one a week',
      singlePointOfContactId: 'hart-officer',
      reviewOn: '2027-05-23',
    });
    expect(r.singlePointOfContactId).toBe('hart-officer');
    const second = await openHartStage1('2026-11-24T10:00:00Z', 'persistent@example.org');
    expect(second.flags).toContain('CONTACT_RESTRICTED');
  });

  it(
    'writes to the customer on acknowledgement, extension, hold and response; ' +
      'to the representative where one acts; never when anonymous',
    async () => {
      const c = await openHartStage1('2026-11-23T10:00:00Z', 'jo.messages@example.org');
      const ack = await runCaseCommand(ctx('2026-11-24T09:00:00Z'), c.id, 'ACKNOWLEDGE', acknowledgeCase);
      expect(ack.timeline.at(-1)).toMatchObject({
        type: 'MESSAGE_TO_CUSTOMER',
        actor: 'Redress',
        detail:
          'To Jo Bloggs by email jo.messages@example.org: Your reference: ' +
          c.reference +
          '. We have received your complaint under Stage 1 and will reply by Monday 7 December 2026.',
      });
      const ext = await runCaseCommand(ctx('2026-11-25T09:00:00Z'), c.id, { action: 'EXTEND', extensionWorkingDays: 2 }, (s) =>
        agreeExtension(s, 2, 'an inspection is needed'),
      );
      expect(ext.timeline.at(-1)?.detail).toContain(
        'We need more time to look into your complaint (an inspection is needed). We will now reply by Wednesday 9 December 2026.',
      );
      const responded = await runCaseCommand(ctx('2026-11-30T09:00:00Z'), c.id, 'RESPOND', (s) =>
        respondToCase(s, { outcome: Outcome.NOT_UPHELD, findings: 'Collections were made on time.' }),
      );
      expect(responded.timeline.at(-1)?.detail).toContain(
        'We have not upheld your complaint. Collections were made on time. If you remain dissatisfied you can ask for Stage 2',
      );

      const represented = await openHartStage1('2026-11-23T10:00:00Z', 'x@example.org', {
        representative: {
          name: 'Cllr Ann Smith',
          relationship: 'councillor',
          isCouncillor: true,
          consent: ConsentEvidence.VERBAL,
          email: 'cllr.smith@hart.gov.uk',
          phone: null,
          postalAddress: null,
        },
      });
      const toRep = await runCaseCommand(ctx('2026-11-24T09:00:00Z'), represented.id, 'ACKNOWLEDGE', acknowledgeCase);
      expect(toRep.representative).toMatchObject({ name: 'Cllr Ann Smith', isCouncillor: true, consent: 'VERBAL' });
      expect(toRep.timeline.at(-1)?.detail).toMatch(/^To Cllr Ann Smith \(representative\) by email cllr\.smith@hart\.gov\.uk: /);

      const anonymous = await openHartStage1('2026-11-23T10:00:00Z', 'unused@example.org', { complainant: null });
      const quiet = await runCaseCommand(ctx('2026-11-24T09:00:00Z'), anonymous.id, 'HOLD', (s) =>
        holdCase(s, HoldReason.CONCURRENT_PROCEDURE, null),
      );
      expect(quiet.timeline.map((e) => e.type)).not.toContain('MESSAGE_TO_CUSTOMER');
    },
  );

  it('audits every change with who, what and which ids, and the audit log refuses to be edited', async () => {
    const c = await openHartStage1('2026-11-23T10:00:00Z');
    await runCaseCommand(ctx('2026-11-24T09:00:00Z'), c.id, 'ACKNOWLEDGE', acknowledgeCase);
    const schema = caseworkSchema(config);
    const rows: { actor: string; council_id: string; action: string; ids: string[] }[] = await bed.orm.em
      .fork()
      .getConnection()
      .execute(`select actor, council_id, action, ids from "${schema}".audit_log where ids @> ?::jsonb`, [JSON.stringify([c.id])]);
    expect(rows).toEqual([{ actor: 'hart-officer', council_id: 'hart', action: 'CHANGE_ACKNOWLEDGED', ids: [c.id] }]);
    expect(JSON.stringify(rows)).not.toContain('Jo Bloggs');
    const read = await loadCase(ctx('2026-11-24T10:00:00Z'), { reference: c.reference });
    expect(read?.complainant?.name).toBe('Jo Bloggs');
    const reads: { action: string; ids: string[] }[] = await bed.orm.em
      .fork()
      .getConnection()
      .execute(`select action, ids from "${schema}".audit_log where action = 'READ_CASE' and ids @> ?::jsonb`, [JSON.stringify([c.id])]);
    expect(reads).toEqual([{ action: 'READ_CASE', ids: [c.id, read!.complainant!.id] }]);
    await expect(bed.orm.em.fork().getConnection().execute(`delete from "${schema}".audit_log`)).rejects.toThrow(/append-only/);
    await expect(bed.orm.em.fork().getConnection().execute(`update "${schema}".audit_log set actor = 'x'`)).rejects.toThrow(/append-only/);
  });
});
