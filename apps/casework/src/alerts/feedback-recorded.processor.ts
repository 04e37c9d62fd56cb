import { AlertKind, feedbackAlertMessage, feedbackAlertRecipient, findCouncilPolicy } from '@redress/policy';
import type { FeedbackRecordedEvent, JobOutcome } from '@redress/contracts';
import { done, skipped } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { staffDirectory } from '../staff/staff-directory';
import { raiseAlert } from './raise-alert';

/**
 * feedback.recorded → a FEEDBACK_RECEIVED alert to whoever the policy's `feedbackAlertRecipient` names from the
 * council's staff directory (the service area's Head of Service, else the complaints coordinator): what the reply
 * to a compliment or comment promised. Once per submission, however often the event is delivered.
 */
export async function alertFeedbackRecorded(em: EntityManager, event: FeedbackRecordedEvent, now: Date): Promise<JobOutcome> {
  const directory = await staffDirectory(em, event.councilId);
  const recipient = feedbackAlertRecipient(event.serviceArea, directory);
  if (!recipient) return skipped(`nobody to tell: ${event.councilId} has no Head of Service for ${event.serviceArea} and no coordinator`);
  const area = findCouncilPolicy(event.councilId)?.serviceAreas.find((a) => a.code === event.serviceArea);
  const raised = await raiseAlert(
    em,
    {
      recipientId: recipient.staffId,
      councilId: event.councilId,
      kind: AlertKind.FEEDBACK_RECEIVED,
      reference: event.reference,
      message: feedbackAlertMessage({
        kind: event.kind,
        reference: event.reference,
        serviceAreaName: area?.name ?? event.serviceArea,
        praised: event.praised,
      }),
      dedupeKey: `feedback-${event.submissionId}`,
    },
    now,
  );
  return raised ? done : skipped('already alerted for this submission');
}
