import { AlertKind, Outcome, findCouncilPolicy, lateComplaintAlertMessage } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import { alertCoordinator, settleAlerts } from '../alerts/raise-alert';
import { CaseEvent } from './case.entity';
import type { Case } from './case.entity';
import type { CommandResult, CommandScope } from './case-command';

/**
 * The coordinator's decision on a complaint made out of time (Hart s.6 "ask customers to explain and justify";
 * Hampshire "at the discretion of the Corporate Complaints Team"). Accepted, it proceeds as any other: its clock
 * has run from receipt all along. Refused, the stage is answered "not investigated" with the reason and the case
 * closes; the customer is told why and how to go to the Ombudsman (Code 2). Either way the customer is told.
 */
export async function decideLateComplaint(scope: CommandScope, accept: boolean, reason: string): Promise<CommandResult> {
  const { c, stage, staff, now, tx } = scope;
  const why = reason.trim();
  // The decision the coordinator was alerted to is made.
  await settleAlerts(tx, c.id, AlertKind.LATE_COMPLAINT, now);
  c.lateDecidedAt = now;
  c.lateAccepted = accept;
  const notify = { kind: 'LATE_DECISION' as const, accepted: accept, reason: why };
  if (accept) {
    return { change: 'LATE_COMPLAINT_ACCEPTED', detail: `Late complaint accepted for consideration by ${staff.name}: ${why}`, notify };
  }
  stage.outcome = Outcome.NOT_INVESTIGATED;
  stage.notInvestigatedReason = why;
  stage.findings = why;
  stage.respondedAt = now;
  c.status = scope.decision.to; // CLOSED
  return {
    change: 'LATE_COMPLAINT_REFUSED',
    detail: `Late complaint refused by ${staff.name}, out of time: ${why}. Closed as not investigated`,
    notify,
  };
}

/**
 * A complaint made out of time opens waiting for the coordinator's decision: a timeline line with the complainant's
 * reason, and an alert to the complaints coordinator (the policy's `complaintsCoordinator`, from the directory), in
 * the opening transaction. A council with no coordinator in its directory gets the timeline line only.
 */
export async function awaitLateDecision(tx: EntityManager, c: Case, justification: string | null | undefined, now: Date): Promise<void> {
  if (!c.lateComplaint) return;
  const policy = findCouncilPolicy(c.councilId)!;
  const reason = justification?.trim() ? ` The complainant's reason: ${justification.trim()}` : '';
  tx.create(CaseEvent, {
    case: c,
    at: now,
    type: 'LATE_COMPLAINT',
    actor: null,
    detail:
      `Made more than ${policy.timeLimitMonths} months after the matter arose: the complaints coordinator decides whether it ` +
      `is considered; it can be acknowledged, not answered, until then.${reason}`,
  });
  await alertCoordinator(
    tx,
    {
      councilId: c.councilId,
      kind: AlertKind.LATE_COMPLAINT,
      message: lateComplaintAlertMessage(policy, c.reference, justification),
      caseId: c.id,
      reference: c.reference,
      dedupeKey: `late-complaint:${c.id}`,
    },
    now,
  );
}
