import { findCouncilPolicy, londonDate, responseReminderAdvice, slaAlertKind, slaAlertMessage, slaAlertRecipient } from '@redress/policy';
import type { JobOutcome, SlaAlertJob } from '@redress/contracts';
import { done, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { staffDirectory } from '../staff/staff-directory';
import { raiseAlert } from '../alerts/raise-alert';
import { CaseStage } from '../cases/case.entity';

/**
 * A response deadline is near: the handler is told what they can do if it cannot be met (agree an extension, or
 * notify a delay with the reason and a new date: Code 5). Nothing for other alerts, or a stage since answered.
 */
async function reminderAdvice(em: EntityManager, alert: SlaAlertJob): Promise<string> {
  if (alert.deadline !== 'RESPONSE' || alert.fire !== 'REMINDER') return '';
  const stage = await em.findOne(CaseStage, { case: alert.caseId, number: alert.stage });
  const policy = findCouncilPolicy(alert.councilId);
  if (!stage || stage.respondedAt || stage.responseDraftedAt || !policy) return '';
  const { extensionWorkingDays, respondBy, expectedResponseBy } = stage;
  return ` ${responseReminderAdvice(policy, { stage: stage.number, extensionWorkingDays, respondBy, expectedResponseBy })}`;
}

/**
 * Stores the alert for whoever the policy's `slaAlertRecipient` names from the council's staff directory (a
 * reminder to the handler, a breach to their manager, else the complaints coordinator). Stored once per alert
 * event. Skipped, and logged by the worker, when the council has nobody to tell.
 */
export async function deliverSlaAlert(em: EntityManager, alert: SlaAlertJob, now: Date): Promise<JobOutcome> {
  const directory = await staffDirectory(em, alert.councilId);
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
      message: slaAlertMessage(alert.reference, alert.deadline, alert.fire, londonDate(dueAt)) + (await reminderAdvice(em, alert)),
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
