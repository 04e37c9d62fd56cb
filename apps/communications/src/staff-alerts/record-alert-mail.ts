import type { JobOutcome, StaffAlertJob } from '@redress/contracts';
import { alertMailDue, alertSendAt, badInput } from '@redress/policy';
import { done, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { StaffAlertMail } from './staff-alert-mail.entity';
import { closuresOf, sendDigest } from './send-alert-mail';
import type { AlertMailDeps } from './send-alert-mail';

/**
 * notifications · staff.alert: records the alert to email once per alertId, due at once within working hours or at
 * the next working day's 09:00 London (`alertSendAt`). One due now goes at once, in a digest with the person's other
 * due alerts; the rest wait for the sweep. A redelivered job finds the record as it is and sends nothing more.
 */
export async function recordAlertMail(em: EntityManager, job: StaffAlertJob, deps: AlertMailDeps): Promise<JobOutcome> {
  const raisedAt = new Date(job.raisedAt);
  if (Number.isNaN(raisedAt.getTime())) throw badInput(`The alert's raisedAt "${job.raisedAt}" is not a date and time.`, 'raisedAt');
  const closures = closuresOf(job.councilId);
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
      sendAt: alertSendAt(raisedAt, closures),
      status: 'PENDING',
      attempts: 0,
      createdAt: deps.now(),
    })
    .onConflict('id')
    .ignore()
    .execute('run');
  const created = (inserted.affectedRows ?? 0) > 0;
  const mail = await em.findOneOrFail(StaffAlertMail, { id: job.alertId });
  if (mail.status !== 'PENDING') return skipped(`alert mail already ${mail.status.toLowerCase()}`);
  if (!alertMailDue(mail.sendAt, deps.now(), closures)) return created ? done : skipped('alert mail already waiting for working hours');
  const sent = await sendDigest(em, { councilId: mail.councilId, staffId: mail.staffId, email: mail.email }, deps);
  return created || sent.result !== 'none' ? done : skipped('alert mail already waiting for its next try');
}
