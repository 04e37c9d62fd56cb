import { randomUUID } from 'node:crypto';
import { AlertKind } from '@redress/policy';
import type { StaffAlertJob } from '@redress/contracts';
import { communicationsTestbed } from '../testing/communications-testbed';
import { anonymiseMessages } from '../messages/anonymise-messages';
import { StaffAlertMail } from './staff-alert-mail.entity';
import { recordAlertMail, sendDueAlertMails } from './alert-mail';

jest.setTimeout(60_000);

// Staff alerts by email, held to working hours (09:00–17:00 London on working days) and sent in one digest per person,
// against real PostgreSQL and a real SMTP server, on an injected clock.
const bed = communicationsTestbed('alert-mail');

const staffAlert = (
  to: { id: string; email: string; name: string },
  raisedAt: string,
  over: Partial<StaffAlertJob> = {},
): StaffAlertJob => ({
  v: 1,
  eventId: randomUUID(),
  occurredAt: raisedAt,
  alertId: randomUUID(),
  councilId: 'hart',
  staff: to,
  kind: AlertKind.BREACH,
  message: 'HDC-2027-000101: the Stage 1 response was due by Friday 8 January 2027 and has not been sent.',
  caseId: randomUUID(),
  reference: 'HDC-2027-000101',
  raisedAt,
  ...over,
});
const deps = (now: string) => ({ mailer: bed.mailer, config: bed.config, now: () => new Date(now), retryDelaysMs: [1000] });
const person = () => {
  const id = randomUUID().slice(0, 8);
  return { id: `officer-${id}`, name: 'Amy Clarke', email: `amy.${id}@hart.gov.uk` };
};

describe('staff alert emails', () => {
  it('holds an alert raised on a Saturday until Monday 09:00 London, then sends each person one digest', async () => {
    const amy = person();
    const ben = { ...person(), name: 'Ben Okafor' };
    // Saturday 9 January 2027, 11:00 GMT.
    const saturday = '2027-01-09T11:00:00Z';
    const first = staffAlert(amy, saturday);
    const second = staffAlert(amy, '2027-01-09T15:30:00Z', {
      kind: AlertKind.LATE_COMPLAINT,
      reference: 'HDC-2027-000102',
      message: 'HDC-2027-000102 was made after the time limit: decide whether to accept it.',
    });
    await recordAlertMail(bed.orm.em.fork(), first, deps(saturday));
    await recordAlertMail(bed.orm.em.fork(), second, deps('2027-01-09T15:30:00Z'));
    await recordAlertMail(bed.orm.em.fork(), staffAlert(ben, saturday), deps(saturday));
    // Sunday evening: still nothing.
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-01-10T20:00:00Z'))).toBe(0);
    expect(bed.smtp.messagesTo(amy.email)).toHaveLength(0);
    // One minute before nine on Monday: nothing yet.
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-01-11T08:59:00Z'))).toBe(0);
    // Monday 11 January 2027, 09:00 GMT.
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-01-11T09:00:00Z'))).toBe(3);
    const digest = await bed.smtp.waitFor((m) => m.subject === '2 complaint alerts for you');
    expect(bed.smtp.messagesTo(amy.email)).toHaveLength(1);
    expect(digest.date?.toISOString()).toBe('2027-01-11T09:00:00.000Z');
    expect(digest.text).toContain('Dear Amy Clarke,');
    expect(digest.text).toContain('Deadline missed: HDC-2027-000101');
    expect(digest.text).toContain('Late complaint to decide: HDC-2027-000102');
    expect(digest.text).toContain('Raised Saturday 9 January 2027 at 11:00');
    expect(digest.html).toContain('<html lang="en">');
    const bens = await bed.smtp.waitFor((m) => m.subject === 'Deadline missed: HDC-2027-000101' && m.text!.includes('Ben Okafor'));
    expect(bens.date?.toISOString()).toBe('2027-01-11T09:00:00.000Z');
    // Delivered again, swept again: nothing more.
    await recordAlertMail(bed.orm.em.fork(), first, deps('2027-01-11T09:01:00Z'));
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-01-11T09:05:00Z'))).toBe(0);
    expect(bed.smtp.messagesTo(amy.email)).toHaveLength(1);
    const rows = await bed.orm.em.fork().find(StaffAlertMail, { staffId: amy.id });
    expect(rows.map((r) => r.status)).toEqual(['SENT', 'SENT']);
    expect(new Set(rows.map((r) => r.digestId)).size).toBe(1);
  });

  it('sends an alert raised in working hours at once; one raised at 17:30 on a Friday before a bank holiday waits for Tuesday', async () => {
    const amy = person();
    // Tuesday 12 January 2027, 10:00 GMT.
    await recordAlertMail(bed.orm.em.fork(), staffAlert(amy, '2027-01-12T10:00:00Z'), deps('2027-01-12T10:00:00Z'));
    const now = await bed.smtp.waitFor((m) => bed.smtp.messagesTo(amy.email).includes(m));
    expect(now.date?.toISOString()).toBe('2027-01-12T10:00:00.000Z');
    // Friday 28 May 2027, 17:30 BST (16:30Z); Monday 31 May is the Spring bank holiday.
    const bob = person();
    await recordAlertMail(bed.orm.em.fork(), staffAlert(bob, '2027-05-28T16:30:00Z'), deps('2027-05-28T16:30:00Z'));
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-05-31T09:00:00Z'))).toBe(0);
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-06-01T07:59:00Z'))).toBe(0);
    // Tuesday 1 June, 09:00 BST = 08:00Z.
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-06-01T08:00:00Z'))).toBe(1);
    const late = await bed.smtp.waitFor((m) => bed.smtp.messagesTo(bob.email).includes(m));
    expect(late.date?.toISOString()).toBe('2027-06-01T08:00:00.000Z');
  });

  it('retries a refused-for-now address, marks a refused-for-good one FAILED with the server’s words', async () => {
    const later = person();
    const never = person();
    bed.smtp.refuse(later.email, { code: 451, message: 'try again later', times: 1 });
    bed.smtp.refuse(never.email, { code: 550, message: 'no such user' });
    await recordAlertMail(bed.orm.em.fork(), staffAlert(later, '2027-01-12T10:00:00Z'), deps('2027-01-12T10:00:00Z'));
    await recordAlertMail(bed.orm.em.fork(), staffAlert(never, '2027-01-12T10:00:00Z'), deps('2027-01-12T10:00:00Z'));
    const [waiting] = await bed.orm.em.fork().find(StaffAlertMail, { staffId: later.id });
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1 });
    // Its retry is due a second later (retryDelaysMs).
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-01-12T10:00:00.500Z'))).toBe(0);
    expect(await sendDueAlertMails(bed.orm.em.fork(), deps('2027-01-12T10:00:01Z'))).toBe(1);
    const [failed] = await bed.orm.em.fork().find(StaffAlertMail, { staffId: never.id });
    expect(failed.status).toBe('FAILED');
    expect(failed.failure).toContain('no such user');
  });

  it('removes the words of a case’s alert emails when the case is anonymised', async () => {
    const amy = person();
    const job = staffAlert(amy, '2027-01-09T11:00:00Z', { message: 'Phone Jo Bloggs on 01252 000000 about HDC-2027-000103.' });
    await recordAlertMail(bed.orm.em.fork(), job, deps('2027-01-09T11:00:00Z'));
    await anonymiseMessages(bed.orm.em.fork(), {
      v: 1,
      eventId: randomUUID(),
      occurredAt: '2027-02-01T00:00:00Z',
      caseId: job.caseId!,
      councilId: 'hart',
      reference: job.reference!,
      submissionId: randomUUID(),
      reason: 'RETENTION',
    });
    const [row] = await bed.orm.em.fork().find(StaffAlertMail, { id: job.alertId });
    expect(row.message).not.toContain('Jo Bloggs');
  });
});
