import { randomUUID } from 'node:crypto';
import { CaseStatus, Role, findCouncilPolicy, londonDate, longDate, ombudsmanRoute, stageDeadlines } from '@redress/policy';
import { badInput, conflict, forbidden, newOutboxEvent, notFound } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';

import { Submission } from '../submissions/submission.entity';
import { CaseTracking } from '../tracking/case-tracking.entity';
import { EscalationRequest } from './escalation-request.entity';

export interface EscalationRequestInput { reference: string; email?: string | null; reason: string; receivedAt?: Date | null; toStage?: number | null }
export interface EscalationAnswer { reference: string; accepted: boolean; message: string; toStage: number | null }

const STAFF_WHO_MAY_ASK: readonly Role[] = [Role.CONTACT_CENTRE, Role.OFFICER, Role.HEAD_OF_SERVICE, Role.COMPLAINTS_COORDINATOR, Role.ADMIN];

async function findOwnCase(em: EntityManager, input: EscalationRequestInput, staff: StaffIdentity | null): Promise<{ submission: Submission; tracking: CaseTracking }> {
  const reference = input.reference.trim().toUpperCase();
  const submission = await em.findOne(Submission, { reference });
  // A wrong email and an unknown reference get the same answer.
  const missing = notFound(`We could not find a complaint with reference ${reference} and that email address.`);
  if (!submission) throw missing;
  if (staff) {
    if (staff.council !== submission.councilId || !staff.roles.some((r) => STAFF_WHO_MAY_ASK.includes(r))) throw missing;
  } else if (!input.email || !submission.complainantEmail || submission.complainantEmail !== input.email.trim().toLowerCase()) {
    throw missing;
  }
  const tracking = await em.findOne(CaseTracking, { reference });
  if (!tracking) throw conflict(`Complaint ${reference} is still being opened. Please try again in a few minutes.`);
  return { submission, tracking };
}

/**
 * The resident (reference + their email) or staff ask for the next stage. Checked here against intake's
 * projection and the policy, answered at once, and carried to casework on the escalations queue.
 */
export async function requestEscalation(em: EntityManager, input: EscalationRequestInput, staff: StaffIdentity | null, now: Date): Promise<EscalationAnswer> {
  if (!input.reason.trim()) throw badInput('reason must say why you are unhappy with the response.', 'reason');
  if (input.receivedAt && !staff) throw forbidden('Only council staff can record an earlier date for a request.');
  const requestedAt = input.receivedAt ?? now;
  if (requestedAt.getTime() > now.getTime()) throw badInput('receivedAt is in the future.', 'receivedAt');
  const { submission, tracking } = await findOwnCase(em, input, staff);
  const policy = findCouncilPolicy(submission.councilId)!;
  const current = policy.stages.find((s) => s.number === tracking.stage)!;
  const next = policy.stages.find((s) => s.number > tracking.stage);

  const answer = (accepted: boolean, message: string, toStage: number | null): EscalationAnswer => ({ reference: tracking.reference, accepted, message, toStage });
  let result: EscalationAnswer;
  if (!next) {
    result = answer(false, `${current.name} is the last stage of ${policy.councilName}'s complaints procedure. ${ombudsmanRoute()}`, null);
  } else if (tracking.status === CaseStatus.WITH_OMBUDSMAN) {
    result = answer(false, `Complaint ${tracking.reference} is with the Local Government and Social Care Ombudsman, who will decide what happens next.`, null);
  } else if (!(tracking.status === CaseStatus.RESPONDED || tracking.status === CaseStatus.CLOSED) && londonDate(requestedAt) <= (tracking.respondBy ?? '')) {
    result = answer(false, `We have not yet replied at ${current.name}. We will reply by ${longDate(tracking.respondBy!)}; if you are unhappy with our reply, or we have not replied by then, you can ask for ${next.name}.`, null);
  } else {
    const d = stageDeadlines({ policy, stage: next.number, openedAt: requestedAt });
    const skipped = input.toStage && input.toStage > next.number ? ` Stages cannot be skipped, so your complaint moves to ${next.name} rather than Stage ${input.toStage}.` : '';
    result = answer(true, `Your complaint ${tracking.reference} will now be looked at under ${next.name}.${skipped} We will acknowledge it by ${longDate(d.acknowledgeBy)} and reply by ${longDate(d.respondBy)}.`, next.number);
  }

  await em.transactional(async (tx) => {
    tx.create(EscalationRequest, {
      id: randomUUID(),
      reference: tracking.reference,
      fromStage: tracking.stage,
      toStage: result.toStage,
      reason: input.reason.trim(),
      requestedAt,
      requestedBy: staff?.sub ?? 'PUBLIC',
      accepted: result.accepted,
      message: result.message,
    });
    if (result.accepted) {
      tx.persist(
        newOutboxEvent(
          'case.escalate',
          {
            caseId: tracking.caseId,
            reference: tracking.reference,
            councilId: tracking.councilId,
            fromStage: tracking.stage,
            toStage: result.toStage!,
            reason: input.reason.trim(),
            requestedAt: requestedAt.toISOString(),
            requestedBy: staff?.sub ?? 'PUBLIC',
            requestedByName: staff?.name ?? 'The customer',
          },
          now,
        ),
      );
    }
  });
  return result;
}
