import { createHash } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { messageTemplateFor, renderStaffDigest } from '@redress/messages';
import { findCouncilPolicy, withinAlertMailHours } from '@redress/policy';
import type { LocalDate } from '@redress/policy';
import { audit } from '@redress/platform';
import type { EntityManager, PlatformConfig } from '@redress/platform';
import { senderFor } from '../messages/mailer';
import type { Mailer } from '../messages/mailer';
import { StaffAlertMail } from './staff-alert-mail.entity';

export interface AlertMailDeps {
  mailer: Mailer;
  config: Pick<PlatformConfig, 'mailFrom'>;
  now: () => Date;
  /** How long to wait before each new try after a temporary failure; then the alert mails have FAILED. */
  retryDelaysMs: readonly number[];
}

/** Whose alerts go in one email: one person of one council, at one address. */
export interface AlertMailRecipient {
  councilId: string;
  staffId: string;
  email: string;
}

/** What became of a person's due alert mails: a digest sent, refused for good, put off after a temporary failure, or none due. */
export type DigestResult =
  | { result: 'sent'; alerts: number }
  | { result: 'failed'; alerts: number; failure: string }
  | { result: 'retry'; alerts: number }
  | { result: 'none' };

/** The council's closure days, which the working-hours rule counts as not working. */
export const closuresOf = (councilId: string): readonly LocalDate[] => findCouncilPolicy(councilId)?.closures ?? [];

/** One id per set of alerts: the same digest tried again carries the same Message-ID, so a server can tell it is a copy. */
const digestIdOf = (rows: readonly StaffAlertMail[]): string =>
  `staff-alerts-${createHash('sha256')
    .update(rows.map((r) => r.id).join(','))
    .digest('hex')
    .slice(0, 32)}`;

function fail(rows: readonly StaffAlertMail[], failure: string): DigestResult {
  for (const r of rows) {
    r.status = 'FAILED';
    r.failure = failure;
    r.retryAt = null;
  }
  return { result: 'failed', alerts: rows.length, failure };
}

/**
 * Not now (a 4xx, a server that cannot be reached): each alert mail counts the try and waits its turn; one whose
 * tries have run out has FAILED, saying how many.
 */
function putOff(rows: readonly StaffAlertMail[], reason: string, now: Date, delays: readonly number[]): DigestResult {
  for (const r of rows) {
    if (r.attempts > delays.length) {
      fail([r], `Not delivered after ${r.attempts} attempts: ${reason}.`);
      continue;
    }
    r.retryAt = new Date(now.getTime() + delays[r.attempts - 1]);
    r.failure = `Not delivered yet (attempt ${r.attempts}; we will try again): ${reason}.`;
  }
  return rows.every((r) => r.status === 'FAILED')
    ? { result: 'failed', alerts: rows.length, failure: rows[0].failure! }
    : { result: 'retry', alerts: rows.length };
}

/** Renders and hands one person's digest to the mail server; marks the alert mails with the answer. */
async function sendRows(tx: EntityManager, rows: StaffAlertMail[], deps: AlertMailDeps, now: Date): Promise<DigestResult> {
  const [first] = rows;
  const policy = findCouncilPolicy(first.councilId);
  const from = senderFor(deps.config, first.councilId);
  if (!policy || !from)
    return fail(
      rows,
      `Not sent: there is no council ${first.councilId} with a sender address (set MAIL_FROM, or the policy's contact email).`,
    );
  const digest = renderStaffDigest({
    template: messageTemplateFor(policy),
    staffName: rows.at(-1)!.staffName,
    alerts: rows.map((r) => ({ kind: r.kind, message: r.message, reference: r.reference, raisedAt: r.raisedAt })),
  });
  const digestId = digestIdOf(rows);
  const result = await deps.mailer.send({ messageId: digestId, from, to: first.email, ...digest, date: now });
  for (const r of rows) r.attempts += 1;
  if (!result.sent) {
    if (result.permanent) return fail(rows, `Not delivered: ${result.reason}.`);
    return putOff(rows, result.reason, now, deps.retryDelaysMs);
  }
  for (const r of rows) Object.assign(r, { status: 'SENT', sentAt: now, digestId, failure: null, retryAt: null });
  const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  await audit(tx, null, 'SEND_ALERT_EMAIL', [...rows.map((r) => r.id), ...caseIds], now);
  return { result: 'sent', alerts: rows.length };
}

/**
 * Sends one person's alert mails that are due now (their time has come, within working hours) in ONE email, holding
 * their row locks (FOR UPDATE SKIP LOCKED) until the answer is recorded: two workers, or the job and the sweep at once,
 * never send the same alert twice; rows another is sending are left to it. A temporary failure waits its retry time,
 * unless a newer alert for the same person brings the digest forward.
 */
export async function sendDigest(em: EntityManager, to: AlertMailRecipient, deps: AlertMailDeps): Promise<DigestResult> {
  return em.transactional(async (tx) => {
    const now = deps.now();
    if (!withinAlertMailHours(now, closuresOf(to.councilId))) return { result: 'none' };
    const rows = await tx.find(
      StaffAlertMail,
      { councilId: to.councilId, staffId: to.staffId, email: to.email, status: 'PENDING', sendAt: { $lte: now } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { raisedAt: 'asc', id: 'asc' } },
    );
    if (!rows.some((r) => !r.retryAt || r.retryAt <= now)) return { result: 'none' };
    return sendRows(tx, rows, deps, now);
  });
}

/**
 * The sweep (every STAFF_ALERT_SWEEP_MS, and at start): every person with alert mails due, one digest each. Safe on
 * any number of workers at once; PostgreSQL holds what waits, so a Redis flush loses nothing. Returns the emails sent.
 */
export async function sendDueAlertMail(em: EntityManager, deps: AlertMailDeps, batch = 200): Promise<number> {
  const now = deps.now();
  const people: AlertMailRecipient[] = await em
    .createQueryBuilder(StaffAlertMail)
    .select(['councilId', 'staffId', 'email'], true)
    .where({ status: 'PENDING', sendAt: { $lte: now }, $or: [{ retryAt: null }, { retryAt: { $lte: now } }] })
    .limit(batch)
    .execute('all');
  let sent = 0;
  for (const person of people) if ((await sendDigest(em.fork(), person, deps)).result === 'sent') sent += 1;
  return sent;
}
