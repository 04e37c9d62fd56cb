import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { messageTemplateFor, renderStaffDigest } from '@redress/messages';
import { alertSendAt, findCouncilPolicy } from '@redress/policy';
import type { JobOutcome, StaffAlertJob } from '@redress/contracts';
import { audit, done, skipped } from '@redress/platform';
import type { EntityManager, PlatformConfig } from '@redress/platform';
import { MAIL_RETRY_DELAYS_MS } from '../messages/deliver-message';
import { senderFor } from '../messages/mailer';
import type { Mailer } from '../messages/mailer';
import { StaffAlertMail } from './staff-alert-mail.entity';

export interface AlertMailDeps {
  mailer: Mailer;
  config: Pick<PlatformConfig, 'mailFrom'>;
  now: () => Date;
  /** How long to wait after each temporary failure; then FAILED. */
  retryDelaysMs?: readonly number[];
}

const closuresOf = (councilId: string) => findCouncilPolicy(councilId)?.closures ?? [];

/**
 * staff.alert: the alert's email recorded once per alert, to go at once within working hours or at the next working
 * day's 09:00 London (`alertSendAt`); then whatever of this person's is due goes, in one digest.
 */
export async function recordAlertMail(em: EntityManager, job: StaffAlertJob, deps: AlertMailDeps): Promise<JobOutcome> {
  const raisedAt = new Date(job.raisedAt);
  const inserted = await em
    .createQueryBuilder(StaffAlertMail)
    .insert({
      id: job.alertId,
      councilId: job.councilId,
      staffId: job.staff.id,
      staffName: job.staff.name,
      email: job.staff.email,
      kind: job.kind,
      message: job.message,
      caseId: job.caseId,
      reference: job.reference,
      raisedAt,
      sendAt: alertSendAt(raisedAt, closuresOf(job.councilId)),
      status: 'PENDING',
      attempts: 0,
      createdAt: deps.now(),
    })
    .onConflict('id')
    .ignore()
    .execute('run');
  if ((inserted.affectedRows ?? 0) === 0) return skipped('alert email already recorded');
  await sendDigestTo(em, job.councilId, job.staff.id, deps);
  return done;
}

/** A due mail: its time has come, and it is not waiting for a retry. */
const dueWhere = (now: Date) => ({
  status: 'PENDING' as const,
  sendAt: { $lte: now },
  $or: [{ retryAt: null }, { retryAt: { $lte: now } }],
});

/**
 * One person's due alert mails, in one email, under their row locks (SKIP LOCKED: a digest another worker is sending
 * is left to it, so none goes twice). Sent: SENT with the digest's id, audited. Refused for good, or out of tries:
 * FAILED with the server's words. Not now: tried again later. Returns how many alerts went.
 */
export async function sendDigestTo(em: EntityManager, councilId: string, staffId: string, deps: AlertMailDeps): Promise<number> {
  const now = deps.now();
  const delays = deps.retryDelaysMs ?? MAIL_RETRY_DELAYS_MS;
  return em.fork().transactional(async (tx) => {
    const due = await tx.find(
      StaffAlertMail,
      { councilId, staffId, ...dueWhere(now) },
      { orderBy: { raisedAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE /* FOR UPDATE SKIP LOCKED */ },
    );
    if (due.length === 0) return 0;
    const policy = findCouncilPolicy(councilId);
    const from = senderFor(deps.config, councilId);
    const fail = (failure: string) => {
      for (const m of due) Object.assign(m, { status: 'FAILED', failure });
      return 0;
    };
    if (!policy || !from)
      return fail(`Not sent: there is no sender address for ${councilId} (set MAIL_FROM, or the policy's contact email).`);
    const digest = renderStaffDigest({
      template: messageTemplateFor(policy),
      staffName: due[0].staffName,
      alerts: due.map((m) => ({ kind: m.kind, message: m.message, reference: m.reference, raisedAt: m.raisedAt })),
    });
    const digestId = randomUUID();
    const to = due.at(-1)!.email;
    const result = await deps.mailer.send({
      messageId: digestId,
      from,
      to,
      subject: digest.subject,
      text: digest.text,
      html: digest.html,
      date: now,
    });
    const attempts = Math.max(...due.map((m) => m.attempts)) + 1;
    if (result.sent) {
      for (const m of due) Object.assign(m, { status: 'SENT', sentAt: now, digestId, attempts, failure: null, retryAt: null });
      await audit(
        tx,
        null,
        'SEND_ALERT_EMAIL',
        due.map((m) => m.id),
        now,
      );
      return due.length;
    }
    if (result.permanent) return fail(`Not delivered: ${result.reason}.`);
    if (attempts > delays.length) return fail(`Not delivered after ${attempts} attempts: ${result.reason}.`);
    const retryAt = new Date(now.getTime() + delays[attempts - 1]);
    for (const m of due) Object.assign(m, { attempts, retryAt, failure: `Not delivered yet (attempt ${attempts}): ${result.reason}.` });
    return 0;
  });
}

/** The sweep: every person with alert mails due now (their working morning has come, or a retry is due) gets a digest. */
export async function sendDueAlertMails(em: EntityManager, deps: AlertMailDeps): Promise<number> {
  const people: { councilId: string; staffId: string }[] = await em
    .createQueryBuilder(StaffAlertMail)
    .select(['councilId', 'staffId'], true)
    .where(dueWhere(deps.now()))
    .execute('all');
  let sent = 0;
  for (const p of people) sent += await sendDigestTo(em, p.councilId, p.staffId, deps);
  return sent;
}
