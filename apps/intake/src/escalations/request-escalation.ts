import { randomUUID } from 'node:crypto';
import { ACTION_ROLES, CodedError, escalationTarget, findCouncilPolicy, londonDate, longDate, stageDeadlines } from '@redress/policy';
import { audit, badInput, conflict, newOutboxEvent, notFound, publicActor, requireStaff, unauthenticated } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';

import type { Submission } from '../submissions/submission.entity';
import type { CaseTracking } from '../tracking/case-tracking.entity';
import { findOwnCase, normalReference } from '../tracking/own-case';
import { escalationStateOf } from '../tracking/track-case';
import { EscalationRequest } from './escalation-request.entity';

export interface EscalationRequestInput {
  reference: string;
  email?: string | null;
  reason: string;
  receivedAt?: Date | null;
  toStage?: number | null;
}
export interface EscalationAnswer {
  reference: string;
  accepted: boolean;
  message: string;
  toStage: number | null;
}

/** The case asked about, or NOT_FOUND (a wrong email and an unknown reference get the same answer). */
async function caseAskedAbout(
  em: EntityManager,
  input: EscalationRequestInput,
  staff: StaffIdentity | null,
): Promise<{ submission: Submission; tracking: CaseTracking }> {
  const own = await findOwnCase(em, input.reference, staff ? { staff } : { email: input.email });
  if (!own) throw notFound(`We could not find a complaint with reference ${normalReference(input.reference)} and that email address.`);
  if (!own.tracking) throw conflict(`Complaint ${own.submission.reference} is still being opened. Please try again in a few minutes.`);
  return { submission: own.submission, tracking: own.tracking };
}

/**
 * The resident (reference + their email) or staff ask for the next stage. Checked here against intake's
 * projection and the policy, answered at once, and carried to casework on the escalations queue.
 */
export async function requestEscalation(
  em: EntityManager,
  input: EscalationRequestInput,
  staff: StaffIdentity | null,
  now: Date,
): Promise<EscalationAnswer> {
  if (input.receivedAt && !staff) throw unauthenticated('Only council staff, signed in, can record an earlier date for a request.');
  // Staff ask on a resident's behalf only where the policy lets their role escalate (an analyst never does).
  if (staff) requireStaff({ staff }, null, ACTION_ROLES.ESCALATE);
  const requestedAt = input.receivedAt ?? now;
  if (requestedAt.getTime() > now.getTime()) throw badInput('receivedAt is in the future.', 'input.receivedAt');
  const { submission, tracking } = await caseAskedAbout(em, input, staff);
  const policy = findCouncilPolicy(submission.councilId)!;
  const state = escalationStateOf(tracking);
  let result: EscalationAnswer;
  try {
    const target = escalationTarget(policy, state, londonDate(requestedAt), input.toStage);
    const d = stageDeadlines({ policy, stage: target.toStage, openedAt: requestedAt });
    const skipped = target.explanation ? ` ${target.explanation}` : '';
    result = {
      reference: tracking.reference,
      accepted: true,
      message:
        `Your complaint ${tracking.reference} will now be looked at under ${target.toStageName}.${skipped} ` +
        `We will acknowledge it by ${longDate(d.acknowledgeBy)} and reply by ${longDate(d.respondBy)}.`,
      toStage: target.toStage,
    };
  } catch (err) {
    if (!(err instanceof CodedError)) throw err;
    // Not yet, or not any more: the answer says why and what the resident can do.
    result = { reference: tracking.reference, accepted: false, message: err.message, toStage: null };
  }

  await em.transactional(async (tx) => {
    const request = tx.create(EscalationRequest, {
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
    await audit(tx, staff ?? publicActor(submission.councilId), 'REQUEST_ESCALATION', [request.id, submission.id], now);
  });
  return result;
}
