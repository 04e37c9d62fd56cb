import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { QUEUES } from '@redress/contracts';
import type { StaffAlertJob } from '@redress/contracts';
import { AlertKind, formatLondonTime } from '@redress/policy';
import { smtpFromEnv } from '@redress/platform';
import type { Redis } from '@redress/platform';
import { anonymiseMessages } from '../messages/anonymise-messages';
import { createMailer } from '../messages/mailer';
import { communicationsTestbed } from '../testing/communications-testbed';
import { recordAlertMail } from './record-alert-mail';
import { sendDueAlertMail } from './send-alert-mail';
import { StaffAlertMail } from './staff-alert-mail.entity';

jest.setTimeout(60_000);

// Staff alerts by email, held to working hours (09:00–17:00 London on working days) and sent in one digest per person,
// against real PostgreSQL and a real SMTP server, on an injected clock.
const bed = communicationsTestbed('staff-alert-mail');

let events: QueueEvents;
let eventsConnection: Redis;
beforeAll(async () => {
  eventsConnection = bed.redis.duplicate();
  events = new QueueEvents(QUEUES.notifications, { connection: eventsConnection, prefix: bed.isolation.queuePrefix });
  await events.waitUntilReady();
});
afterAll(async () => {
  await events?.close();
  eventsConnection?.disconnect();
});

interface Person {
  id: string;
  name: string;
  email: string;
}
const person = (name = 'Amy Clarke'): Person => {
  const id = randomUUID().slice(0, 8);
  return { id: `officer-${id}`, name, email: `staff.${id}@hart.gov.uk` };
};
let sequence = 0;
const staffAlert = (to: Person, raisedAt: string, over: Partial<StaffAlertJob> = {}): StaffAlertJob => {
  sequence += 1;
  const reference = `HDC-2027-${String(700000 + sequence).padStart(6, '0')}`;
  return {
    v: 1,
    eventId: randomUUID(),
    occurredAt: raisedAt,
    alertId: randomUUID(),
    councilId: 'hart',
    staff: to,
    kind: AlertKind.BREACH,
    message: `${reference}: the Stage 1 response was due by Friday 8 January 2027 and has not been sent.`,
    caseId: randomUUID(),
    reference,
    raisedAt,
    ...over,
  };
};
/** The communications worker's dependencies with the clock stopped at `now`; a retry may come a second later. */
const at = (now: string) => ({ mailer: bed.mailer, config: bed.config, now: () => new Date(now), retryDelaysMs: [1000] });
const handle = (job: StaffAlertJob, now: string) => recordAlertMail(bed.orm.em.fork(), job, at(now));
const sweep = (now: string) => sendDueAlertMail(bed.orm.em.fork(), at(now));
const mailsOf = (p: Person) => bed.smtp.messagesTo(p.email);
const rowsOf = (p: Person) => bed.orm.em.fork().find(StaffAlertMail, { staffId: p.id }, { orderBy: { raisedAt: 'asc' } });
const auditRows = async (id: string): Promise<{ action: string; actor: string }[]> =>
  bed.orm.em
    .getConnection()
    .execute(`select "action", "actor" from "${bed.isolation.schemaPrefix}communications"."audit_log" where "ids" @> ?::jsonb`, [
      JSON.stringify([id]),
    ]);

describe('staff alerts raised on a Saturday', () => {
  it('wait for Monday 09:00 London, then each person gets one email, the first with both of theirs', async () => {
    const amy = person('Amy Clarke');
    const ben = person('Ben Okafor');
    // Saturday 9 January 2027, 11:00 London (GMT).
    const saturday = '2027-01-09T11:00:00.000Z';
    const first = staffAlert(amy, saturday);
    const second = staffAlert(amy, '2027-01-09T15:30:00.000Z', {
      kind: AlertKind.LATE_COMPLAINT,
      message: 'HDC-2027-000102 was made more than 6 months after the matter arose: decide whether it is considered.',
      reference: 'HDC-2027-000102',
    });
    const bens = staffAlert(ben, saturday);
    expect(await handle(first, saturday)).toEqual({ outcome: 'done' });
    expect(await handle(second, '2027-01-09T15:30:00.000Z')).toEqual({ outcome: 'done' });
    expect(await handle(bens, saturday)).toEqual({ outcome: 'done' });
    expect(mailsOf(amy)).toHaveLength(0);
    expect((await rowsOf(amy)).map((r) => [r.status, r.sendAt.toISOString()])).toEqual([
      ['PENDING', '2027-01-11T09:00:00.000Z'],
      ['PENDING', '2027-01-11T09:00:00.000Z'],
    ]);

    // Sunday, and Monday a minute before nine: nothing.
    expect(await sweep('2027-01-10T12:00:00.000Z')).toBe(0);
    expect(await sweep('2027-01-11T08:59:00.000Z')).toBe(0);
    expect(mailsOf(amy)).toHaveLength(0);
    expect(mailsOf(ben)).toHaveLength(0);

    // Monday 11 January 2027, 09:00 London: one email each.
    expect(await sweep('2027-01-11T09:00:00.000Z')).toBe(2);
    expect(mailsOf(amy)).toHaveLength(1);
    expect(mailsOf(ben)).toHaveLength(1);
    const [digest] = mailsOf(amy);
    expect(digest.subject).toBe('2 complaint alerts for you');
    expect(digest.from?.value[0].address).toBe('complaints@hart.gov.uk');
    expect(digest.text).toContain('Dear Amy Clarke,');
    expect(digest.text).toContain(`1. Deadline missed: ${first.reference}\nRaised Saturday 9 January 2027 at 11:00\n${first.message}`);
    expect(digest.text).toContain(
      `2. Late complaint to decide: HDC-2027-000102\nRaised Saturday 9 January 2027 at 15:30\n${second.message}`,
    );
    expect(digest.html).toContain('<html lang="en">');
    expect(digest.html).toContain('>Late complaint to decide: HDC-2027-000102</h2>');
    // It arrives dated Monday 09:00 London, as the mail client shows it.
    expect(digest.headers.get('date')).toEqual(new Date('2027-01-11T09:00:00.000Z'));
    expect(formatLondonTime(digest.date!)).toBe('09:00');
    expect(mailsOf(ben)[0].subject).toBe(`Deadline missed: ${bens.reference}`);
    expect(mailsOf(ben)[0].text).toContain('Dear Ben Okafor,');

    const rows = await rowsOf(amy);
    expect(rows.map((r) => [r.status, r.attempts, r.sentAt?.toISOString()])).toEqual([
      ['SENT', 1, '2027-01-11T09:00:00.000Z'],
      ['SENT', 1, '2027-01-11T09:00:00.000Z'],
    ]);
    expect(new Set(rows.map((r) => r.digestId)).size).toBe(1);
    expect(digest.messageId).toBe(`<${rows[0].digestId}@redress>`);
    expect(await auditRows(first.alertId)).toEqual([{ action: 'SEND_ALERT_EMAIL', actor: 'system' }]);

    // The job delivered again, and the sweep run again: nothing more.
    expect(await handle(first, '2027-01-11T09:01:00.000Z')).toEqual({ outcome: 'skipped', why: 'alert mail already sent' });
    expect(await sweep('2027-01-11T09:05:00.000Z')).toBe(0);
    expect(mailsOf(amy)).toHaveLength(1);
    expect(mailsOf(ben)).toHaveLength(1);
  });

  it('two workers sweeping at once send each digest once (FOR UPDATE SKIP LOCKED)', async () => {
    const people = [person(), person(), person()];
    for (const p of people) {
      await handle(staffAlert(p, '2027-01-09T11:00:00.000Z'), '2027-01-09T11:00:00.000Z');
      await handle(staffAlert(p, '2027-01-10T09:00:00.000Z'), '2027-01-10T09:00:00.000Z');
    }
    const sent = await Promise.all([sweep('2027-01-11T09:00:00.000Z'), sweep('2027-01-11T09:00:00.000Z')]);
    expect(sent[0] + sent[1]).toBe(3);
    for (const p of people) expect(mailsOf(p)).toHaveLength(1);
    for (const p of people) expect((await rowsOf(p)).map((r) => r.status)).toEqual(['SENT', 'SENT']);
  });

  it('the staff.alert job on the notifications queue is recorded and waits (the worker routes it)', async () => {
    const amy = person();
    // A Saturday far ahead, so the worker's real clock can never find it due.
    const job = staffAlert(amy, '2099-01-10T11:00:00.000Z');
    const added = await bed.queue.add('staff.alert', job, { jobId: `evt-${job.eventId}` });
    expect(await added.waitUntilFinished(events, 20_000)).toEqual({ outcome: 'done' });
    const [row] = await rowsOf(amy);
    expect(row).toMatchObject({ id: job.alertId, status: 'PENDING', email: amy.email, staffName: amy.name, reference: job.reference });
    expect(row.sendAt.toISOString()).toBe('2099-01-12T09:00:00.000Z');
    expect(await sweep('2099-01-12T09:00:00.000Z')).toBe(1);
    expect(mailsOf(amy)).toHaveLength(1);
  });
});

describe('staff alerts in and out of working hours', () => {
  it('one raised in working hours (Tuesday 10:00) is sent at once, when the job is handled', async () => {
    const amy = person();
    const job = staffAlert(amy, '2027-01-12T10:00:00.000Z');
    expect(await handle(job, '2027-01-12T10:00:00.000Z')).toEqual({ outcome: 'done' });
    expect(mailsOf(amy)).toHaveLength(1);
    expect(mailsOf(amy)[0].date?.toISOString()).toBe('2027-01-12T10:00:00.000Z');
    expect((await rowsOf(amy))[0]).toMatchObject({ status: 'SENT', attempts: 1 });
    // Another for her later that morning: its own email (the first has gone).
    await handle(staffAlert(amy, '2027-01-12T10:30:00.000Z'), '2027-01-12T10:30:00.000Z');
    expect(mailsOf(amy)).toHaveLength(2);
  });

  it('Friday 17:30 before a bank holiday Monday waits for Tuesday 09:00 (BST)', async () => {
    const amy = person();
    // Friday 28 May 2027, 17:30 BST; Monday 31 May is the Spring bank holiday.
    await handle(staffAlert(amy, '2027-05-28T16:30:00.000Z'), '2027-05-28T16:30:00.000Z');
    expect(await sweep('2027-05-31T09:00:00.000Z')).toBe(0);
    expect(await sweep('2027-06-01T07:59:00.000Z')).toBe(0);
    expect(await sweep('2027-06-01T08:00:00.000Z')).toBe(1);
    expect(mailsOf(amy)[0].date?.toISOString()).toBe('2027-06-01T08:00:00.000Z');
  });

  it('a mail that fell due while the worker was down is not sent in the evening: it waits for the next morning', async () => {
    const amy = person();
    await handle(staffAlert(amy, '2027-01-09T11:00:00.000Z'), '2027-01-09T11:00:00.000Z');
    expect(await sweep('2027-01-11T20:00:00.000Z')).toBe(0);
    expect(await handle(staffAlert(amy, '2027-01-11T19:00:00.000Z'), '2027-01-11T20:00:00.000Z')).toEqual({ outcome: 'done' });
    expect(mailsOf(amy)).toHaveLength(0);
    // Tuesday 09:00: both, in one email.
    expect(await sweep('2027-01-12T09:00:00.000Z')).toBe(1);
    expect(mailsOf(amy)).toHaveLength(1);
    expect(mailsOf(amy)[0].subject).toBe('2 complaint alerts for you');
  });
});

describe('when the mail server says no', () => {
  it('for now (451): stays PENDING, and the sweep tries again once its retry is due', async () => {
    const amy = person();
    bed.smtp.refuse(amy.email, { code: 451, message: 'Try again later', times: 1 });
    expect(await handle(staffAlert(amy, '2027-01-12T10:00:00.000Z'), '2027-01-12T10:00:00.000Z')).toEqual({ outcome: 'done' });
    const [waiting] = await rowsOf(amy);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(waiting.failure).toMatch(/^Not delivered yet \(attempt 1; we will try again\): the mail server answered "451 Try again later"/);
    expect(await sweep('2027-01-12T10:00:00.500Z')).toBe(0);
    expect(await sweep('2027-01-12T10:00:01.000Z')).toBe(1);
    expect(mailsOf(amy)).toHaveLength(1);
    expect((await rowsOf(amy))[0]).toMatchObject({ status: 'SENT', attempts: 2, failure: null, retryAt: null });
  });

  it('for good (550): FAILED with the server’s words, never tried again; the alert still stands in casework', async () => {
    const amy = person();
    bed.smtp.refuse(amy.email, { code: 550, message: 'No such user here' });
    await handle(staffAlert(amy, '2027-01-12T10:00:00.000Z'), '2027-01-12T10:00:00.000Z');
    const [failed] = await rowsOf(amy);
    expect(failed.status).toBe('FAILED');
    expect(failed.failure).toMatch(/^Not delivered: the mail server answered "550 No such user here"/);
    expect(await sweep('2027-01-13T10:00:00.000Z')).toBe(0);
    expect(bed.smtp.attemptsFor(amy.email)).toBe(1);
  });

  it('for now, again and again: FAILED once the tries run out, saying how many', async () => {
    const amy = person();
    bed.smtp.refuse(amy.email, { code: 421, message: 'Service not available' });
    await handle(staffAlert(amy, '2027-01-12T10:00:00.000Z'), '2027-01-12T10:00:00.000Z');
    expect(await sweep('2027-01-12T10:00:01.000Z')).toBe(0);
    const [failed] = await rowsOf(amy);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 2 });
    expect(failed.failure).toMatch(/^Not delivered after 2 attempts: the mail server answered "421 Service not available"/);
    expect(await sweep('2027-01-12T11:00:00.000Z')).toBe(0);
    expect(bed.smtp.attemptsFor(amy.email)).toBe(2);
  });

  it('a server that cannot be reached is a temporary failure', async () => {
    const amy = person();
    const down = { ...at('2027-01-12T10:00:00.000Z'), mailer: createMailer(smtpFromEnv('smtp://127.0.0.1:9')) };
    expect(await recordAlertMail(bed.orm.em.fork(), staffAlert(amy, '2027-01-12T10:00:00.000Z'), down)).toEqual({ outcome: 'done' });
    const [waiting] = await rowsOf(amy);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(waiting.failure).toMatch(/the mail server could not be reached/);
    // Redelivered before its retry is due: nothing sent, and it says why.
    expect(await handle(staffAlert(amy, '2027-01-12T10:00:00.000Z', { alertId: waiting.id }), '2027-01-12T10:00:00.500Z')).toEqual({
      outcome: 'skipped',
      why: 'alert mail already waiting for its next try',
    });
    expect(await sweep('2027-01-12T10:00:05.000Z')).toBe(1);
  });
});

describe('bad input and personal data', () => {
  it('a raisedAt that is not a time is refused, and nothing is recorded', async () => {
    const amy = person();
    await expect(handle(staffAlert(amy, 'last Tuesday'), '2027-01-12T10:00:00.000Z')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await rowsOf(amy)).toEqual([]);
  });

  it('case.anonymised removes the words of the case’s alert mails (an alert may name the resident); who and when stay', async () => {
    const amy = person();
    const job = staffAlert(amy, '2027-01-09T11:00:00.000Z', { message: 'Phone Jo Bloggs on 01252 000000 about HDC-2027-000103.' });
    await handle(job, '2027-01-09T11:00:00.000Z');
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
    const [row] = await rowsOf(amy);
    expect(row.message).not.toContain('Jo Bloggs');
    expect(row).toMatchObject({ staffId: amy.id, email: amy.email, reference: job.reference, kind: AlertKind.BREACH });
    // The mail that goes on Monday says only what is left.
    expect(await sweep('2027-01-11T09:00:00.000Z')).toBe(1);
    expect(mailsOf(amy)[0].text).not.toContain('01252 000000');
  });
});
