import { randomUUID } from 'node:crypto';
import type { StaffAlertJob } from '@redress/contracts';
import { AlertKind, Role } from '@redress/policy';
import { OutboxEvent } from '@redress/platform';
import { caseworkTestbed } from '../testing/casework-testbed';
import { StaffMember } from '../staff/staff-member.entity';
import { alertCoordinator, raiseAlert } from './raise-alert';
import { StaffAlert } from './staff-alert.entity';

jest.setTimeout(60_000);

// A new staff alert is also put on casework's outbox as `staff.alert` (for communications to email), with the
// address the staff directory gives, in the same transaction; nobody to write to, no email; the same alert twice, once.
const bed = caseworkTestbed('raise-alert');

const NOW = new Date('2027-01-09T11:00:00.000Z');
const request = (over: Partial<Parameters<typeof raiseAlert>[1]> = {}) => ({
  recipientId: 'hart-officer',
  councilId: 'hart',
  kind: AlertKind.BREACH,
  message: 'HDC-2027-000001: the Stage 1 response was due by Friday 8 January 2027 and has not been sent.',
  dedupeKey: `test-${randomUUID()}`,
  caseId: randomUUID(),
  reference: 'HDC-2027-000001',
  ...over,
});
const mailJobs = async (dedupeKey: string): Promise<StaffAlertJob[]> => {
  const alert = await bed.orm.em.fork().findOne(StaffAlert, { dedupeKey });
  return (await bed.orm.em.fork().find(OutboxEvent, { type: 'staff.alert' }))
    .map((e) => e.payload as StaffAlertJob)
    .filter((j) => alert && j.alertId === alert.id);
};

describe('raiseAlert: the alert, and the job that emails it', () => {
  it('a new alert for someone with an address: one staff.alert event with their name and email, and the alert', async () => {
    const r = request();
    expect(await raiseAlert(bed.orm.em.fork(), r, NOW)).toBe(true);
    const alert = await bed.orm.em.fork().findOneOrFail(StaffAlert, { dedupeKey: r.dedupeKey });
    expect(await mailJobs(r.dedupeKey)).toEqual([
      expect.objectContaining({
        v: 1,
        alertId: alert.id,
        councilId: 'hart',
        staff: { id: 'hart-officer', name: 'Amy Clarke', email: 'amy.clarke@hart.gov.uk' },
        kind: AlertKind.BREACH,
        message: r.message,
        caseId: r.caseId,
        reference: 'HDC-2027-000001',
        raisedAt: '2027-01-09T11:00:00.000Z',
      }),
    ]);
    // Raised again (a redelivered job, a timer that fired twice): no new alert, no second email.
    expect(await raiseAlert(bed.orm.em.fork(), r, NOW)).toBe(false);
    expect(await mailJobs(r.dedupeKey)).toHaveLength(1);
  });

  it('someone the directory gives no address: the alert stands (myAlerts), and no email is asked for', async () => {
    const em = bed.orm.em.fork();
    const id = `no-email-${randomUUID().slice(0, 8)}`;
    em.create(StaffMember, {
      id,
      councilId: 'hart',
      name: 'Sam Noaddress',
      roles: [Role.OFFICER],
      serviceAreas: [],
      managerId: null,
      email: null,
    });
    await em.flush();
    const r = request({ recipientId: id });
    expect(await raiseAlert(bed.orm.em.fork(), r, NOW)).toBe(true);
    expect(await bed.orm.em.fork().count(StaffAlert, { dedupeKey: r.dedupeKey })).toBe(1);
    expect(
      (await bed.orm.em.fork().find(OutboxEvent, { type: 'staff.alert' })).some((e) => (e.payload as StaffAlertJob).staff.id === id),
    ).toBe(false);
  });

  it("in the caller's transaction: rolled back with it, alert and email both", async () => {
    const r = request();
    await expect(
      bed.orm.em.fork().transactional(async (tx) => {
        expect(await raiseAlert(tx, r, NOW)).toBe(true);
        throw new Error('the change that raised it failed');
      }),
    ).rejects.toThrow('the change that raised it failed');
    expect(await bed.orm.em.fork().count(StaffAlert, { dedupeKey: r.dedupeKey })).toBe(0);
    expect(
      (await bed.orm.em.fork().find(OutboxEvent, { type: 'staff.alert' })).some((e) => (e.payload as StaffAlertJob).caseId === r.caseId),
    ).toBe(false);
  });

  it("outside a transaction, its own: a caller's unflushed change is not committed by it", async () => {
    const em = bed.orm.em.fork();
    const amy = await em.findOneOrFail(StaffMember, { id: 'hart-officer' });
    amy.name = 'Not Saved';
    expect(await raiseAlert(em, request(), NOW)).toBe(true);
    expect((await bed.orm.em.fork().findOneOrFail(StaffMember, { id: 'hart-officer' })).name).toBe('Amy Clarke');
  });

  it('alertCoordinator: the email goes to the complaints coordinator', async () => {
    const r = request({ kind: AlertKind.LATE_COMPLAINT });
    const { recipientId: _unused, ...forCoordinator } = r;
    expect(await alertCoordinator(bed.orm.em.fork(), forCoordinator, NOW)).toBe(true);
    expect((await mailJobs(r.dedupeKey)).map((j) => j.staff)).toEqual([
      { id: 'hart-coordinator', name: 'Priya Shah', email: 'priya.shah@hart.gov.uk' },
    ]);
  });
});
