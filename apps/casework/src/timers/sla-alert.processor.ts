import { londonDate, slaAlertKind, slaAlertMessage, slaAlertRecipient } from '@redress/policy';
import type { JobOutcome, SlaAlertJob } from '@redress/contracts';
import { done, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { StaffMember } from '../staff/staff-member.entity';
import { raiseAlert } from '../alerts/raise-alert';

/**
 * Stores the alert for whoever the policy's `slaAlertRecipient` names from the council's staff directory (a
 * reminder to the handler, a breach to their manager, else the complaints coordinator). Stored once per alert
 * event. Skipped, and logged by the worker, when the council has nobody to tell.
 */
export async function deliverSlaAlert(em: EntityManager, alert: SlaAlertJob, now: Date): Promise<JobOutcome> {
  const directory = await em.find(StaffMember, { councilId: alert.councilId }, { orderBy: { id: 'asc' } });
  const recipient = slaAlertRecipient(alert, directory);
  if (!recipient) return skipped(`nobody to alert: ${alert.councilId} has no complaints coordinator in its staff directory`);
  const dueAt = new Date(alert.dueAt);
  await raiseAlert(
    em,
    {
      dedupeKey: alert.eventId,
      recipientId: recipient.staffId,
      councilId: alert.councilId,
      kind: slaAlertKind(alert.deadline, alert.fire),
      message: slaAlertMessage(alert.reference, alert.deadline, alert.fire, londonDate(dueAt)),
      caseId: alert.caseId,
      reference: alert.reference,
      deadline: alert.deadline,
      fire: alert.fire,
      dueAt,
    },
    now,
  );
  return done;
}
