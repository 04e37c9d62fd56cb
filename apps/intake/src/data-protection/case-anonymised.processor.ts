import type { CaseAnonymisedEvent } from '@redress/contracts';
import type { EntityManager } from '@redress/platform';
import { Submission } from '../submissions/submission.entity';
import { CaseTracking } from '../tracking/case-tracking.entity';
import { anonymiseSubmissions } from './anonymise-submission';

/** case.anonymised: casework removed a case's personal data, so intake removes its copy. Idempotent. */
export async function applyCaseAnonymised(em: EntityManager, event: CaseAnonymisedEvent): Promise<void> {
  await em.transactional(async (tx) => {
    const submission = await tx.findOne(Submission, { id: event.submissionId, councilId: event.councilId });
    if (submission) await anonymiseSubmissions(tx, [submission], event.reason, null, new Date(event.occurredAt));
    // The reasons of the latest response are the handler's words about the case: they go too.
    await tx.nativeUpdate(CaseTracking, { reference: event.reference, findings: { $ne: null } }, { findings: null });
  });
}
