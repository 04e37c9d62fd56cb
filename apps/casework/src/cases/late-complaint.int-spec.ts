import { AlertKind, Role } from '@redress/policy';
import { OutboxEvent } from '@redress/platform';
import type { StaffIdentity } from '@redress/platform';
import type { CaseChangedEvent } from '@redress/contracts';
import type { CaseworkContext } from '../casework.context';
import { caseworkSchema } from '../casework.orm';
import { StaffAlert } from '../alerts/staff-alert.entity';
import { seedStaff } from '../staff/seed-staff';
import { newCaseOpenJob } from '../testing/case-open.factory';
import { caseworkTestbed } from '../testing/casework-testbed';
import { plannedTimers } from '../timers/case-timers';
import { runCaseCommand } from './case-command';
import { Case, CaseEvent } from './case.entity';
import { currentStage } from './case-snapshot';
import { decideLateComplaint } from './decide-late-complaint';
import { openCase } from './open-case';

jest.setTimeout(60_000);

const bed = caseworkTestbed('late-complaint');
const coordinator: StaffIdentity = { sub: 'hart-coordinator', name: 'Priya Shah', roles: [Role.COMPLAINTS_COORDINATOR], council: 'hart' };
const officer: StaffIdentity = { sub: 'hart-officer', name: 'Amy Clarke', roles: [Role.OFFICER], council: 'hart' };
const ctx = (staff: StaffIdentity): CaseworkContext => ({
  auth: { staff },
  em: bed.orm.em.fork(),
  schema: caseworkSchema(bed.config),
  now: () => new Date('2026-11-24T10:00:00Z'),
  timers: bed.timers,
});

beforeAll(async () => {
  await seedStaff(bed.orm.em.fork());
});

const lateJob = () =>
  newCaseOpenJob('2026-11-23T10:00:00Z', { flags: ['LATE_AT_DISCRETION'], lateJustification: 'I was abroad caring for my mother' });

describe('a late complaint opening (real PostgreSQL)', () => {
  it('asks the coordinator for a decision once, however often the job is delivered', async () => {
    const job = lateJob();
    await openCase(bed.orm.em.fork(), job, new Date());
    await Promise.all([openCase(bed.orm.em.fork(), job, new Date()), openCase(bed.orm.em.fork(), job, new Date())]);
    const em = bed.orm.em.fork();
    const c = await em.findOneOrFail(Case, { reference: job.submission.reference });
    expect(c.lateComplaint).toBe(true);
    expect(await em.count(CaseEvent, { case: c, type: 'LATE_COMPLAINT' })).toBe(1);
    const alerts = await em.find(StaffAlert, { caseId: c.id });
    expect(alerts.map((a) => [a.recipientId, a.kind])).toEqual([['hart-coordinator', AlertKind.LATE_COMPLAINT]]);
    expect(alerts[0].message).toContain('Their reason: "I was abroad caring for my mother"');
  });

  it('a complaint in time raises nothing', async () => {
    const job = newCaseOpenJob('2026-11-23T10:00:00Z');
    const c = await openCase(bed.orm.em.fork(), job, new Date());
    expect(await bed.orm.em.fork().count(StaffAlert, { caseId: c.id })).toBe(0);
  });
});

describe('deciding it (real PostgreSQL)', () => {
  it('refused: closed as not investigated, no timers left, counted from an event that says so', async () => {
    const c = await openCase(bed.orm.em.fork(), lateJob(), new Date());
    // Someone else asking changes nothing.
    await expect(
      runCaseCommand(ctx(officer), c.id, { action: 'DECIDE_LATE_COMPLAINT', accept: false }, (s) => decideLateComplaint(s, false, 'x')),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const view = await runCaseCommand(ctx(coordinator), c.id, { action: 'DECIDE_LATE_COMPLAINT', accept: false }, (s) =>
      decideLateComplaint(s, false, 'No records survive from then'),
    );
    expect(view).toMatchObject({
      status: 'CLOSED',
      lateComplaint: true,
      stage: { outcome: 'NOT_INVESTIGATED', findings: 'No records survive from then' },
    });
    const em = bed.orm.em.fork();
    const stored = await em.findOneOrFail(Case, { id: c.id }, { populate: ['stages', 'stages.breaches', 'timeline'] });
    expect(stored).toMatchObject({ lateAccepted: false, lateDecidedAt: new Date('2026-11-24T10:00:00Z') });
    expect(currentStage(stored)).toMatchObject({ notInvestigatedReason: 'No records survive from then', respondedAt: expect.any(Date) });
    expect(plannedTimers(stored, currentStage(stored))).toEqual([]);
    expect(stored.timeline.getItems().filter((e) => e.type === 'LATE_COMPLAINT_REFUSED')).toHaveLength(1);
    const events = (await em.find(OutboxEvent, { type: 'case.changed' })).map((e) => e.payload as CaseChangedEvent);
    expect(events.filter((e) => e.caseId === c.id)).toEqual([
      expect.objectContaining({ change: 'LATE_COMPLAINT_REFUSED', status: 'CLOSED', outcome: 'NOT_INVESTIGATED' }),
    ]);
  });

  it('accepted: the case stays open with its deadlines from receipt', async () => {
    const c = await openCase(bed.orm.em.fork(), lateJob(), new Date());
    const before = currentStage(c).respondBy;
    const view = await runCaseCommand(ctx(coordinator), c.id, { action: 'DECIDE_LATE_COMPLAINT', accept: true }, (s) =>
      decideLateComplaint(s, true, 'Good reason'),
    );
    expect(view).toMatchObject({ status: 'OPEN', stage: { respondBy: before, outcome: null } });
    expect(view.snapshot.lateComplaintPending).toBe(false);
  });
});
