import { erasureDecision } from '@redress/policy';
import { audit, conflict, newOutboxEvent } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import { Submission } from '../submissions/submission.entity';
import { CaseTracking } from '../tracking/case-tracking.entity';
import { anonymiseSubmissions } from './anonymise-submission';

export interface ErasureRequest {
  councilId: string;
  /** Normalised (trimmed, lower case), as the submissions hold it. */
  email: string;
  /** The request itself, as the coordinator recorded it: when and how it was made. Kept in the audit log. */
  reason: string;
}

export interface ErasureOutcome {
  erased: boolean;
  references: string[];
  message: string;
}

/** Every submission a person (by the email they gave) made to a council, oldest first. */
export const submissionsOf = (em: EntityManager, councilId: string, email: string): Promise<Submission[]> =>
  em.find(Submission, { councilId, complainantEmail: email }, { orderBy: { receivedAt: 'asc' } });

/**
 * The right to erasure, where the law allows it (every case of theirs closed): the request is audited with its
 * grounds, intake's personal data is anonymised at once, and casework is told to do the same for the cases.
 * All in one transaction, so a refused or failed erasure leaves nothing half done.
 */
export async function eraseSubject(em: EntityManager, request: ErasureRequest, staff: StaffIdentity, now: Date): Promise<ErasureOutcome> {
  return em.transactional(async (tx) => {
    const submissions = await submissionsOf(tx, request.councilId, request.email);
    if (!submissions.length) return { erased: false, references: [], message: `Nothing is held for ${request.email} in this council.` };
    const cases = await tx.find(CaseTracking, { reference: { $in: submissions.map((s) => s.reference) } });
    const decision = erasureDecision(cases.map((c) => ({ reference: c.reference, status: c.status })));
    if (!decision.allowed) throw conflict(decision.reason);
    await audit(
      tx,
      staff,
      'ERASURE_REQUEST',
      submissions.map((s) => s.id),
      now,
      { reason: request.reason },
    );
    await anonymiseSubmissions(tx, submissions, 'ERASURE', staff, now);
    if (cases.length)
      tx.persist(
        newOutboxEvent('subject.erase', { councilId: request.councilId, caseIds: cases.map((c) => c.caseId), requestedBy: staff.sub }, now),
      );
    const references = submissions.map((s) => s.reference);
    return {
      erased: true,
      references,
      message: `The personal data held for ${references.join(', ')} is being erased; the figures keep the counts only.`,
    };
  });
}
