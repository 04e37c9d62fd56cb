import { ANONYMISED, IntakeOutcome, intakeMessageKind } from '@redress/policy';
import type { AnonymisationReason } from '@redress/contracts';
import { audit, newOutboxEvent } from '@redress/platform';
import type { EntityManager, StaffIdentity } from '@redress/platform';
import { EscalationRequest } from '../escalations/escalation-request.entity';
import type { Submission } from '../submissions/submission.entity';

/** submission.anonymised, for a contact that opened no case: whether intake owed it a message is read before it goes. */
function receiptsAnonymised(s: Submission, reason: AnonymisationReason, now: Date) {
  const someoneToWriteTo = Boolean(s.representative || s.complainantName);
  const messageOwed = intakeMessageKind({ outcome: s.outcome, kind: s.kind, channel: s.channel, someoneToWriteTo }) !== null;
  return newOutboxEvent(
    'submission.anonymised',
    { submissionId: s.id, reference: s.reference, councilId: s.councilId, reason, messageOwed },
    now,
  );
}

/**
 * Removes the personal data and free text intake holds for these submissions (the complainant, a representative,
 * what they wrote, and their escalation requests' reasons), keeping the record of the contact: reference, council,
 * kind, channel, service area, outcome, dates and links. Skips what is already anonymised. Call inside a transaction.
 * A contact that opened no case tells communications in the same transaction (submission.anonymised), so that its
 * receipt loses its words and address too; a case's messages go with the case (casework's case.anonymised).
 */
export async function anonymiseSubmissions(
  tx: EntityManager,
  submissions: readonly Submission[],
  reason: AnonymisationReason,
  staff: StaffIdentity | null,
  now: Date,
): Promise<number> {
  const due = submissions.filter((s) => !s.anonymisedAt);
  if (!due.length) return 0;
  for (const s of due) {
    if (s.outcome !== IntakeOutcome.ACCEPTED) tx.persist(receiptsAnonymised(s, reason, now));
    Object.assign(s, {
      summary: ANONYMISED,
      details: '',
      desiredOutcome: null,
      lateJustification: null,
      complainantName: s.complainantName === null ? null : ANONYMISED,
      complainantEmail: null,
      complainantPhone: null,
      complainantPostalAddress: null,
      complainantContactPreference: null,
      complainantAdjustments: null,
      representative: null,
      anonymisedAt: now,
    });
  }
  await tx.nativeUpdate(
    EscalationRequest,
    { reference: { $in: due.map((s) => s.reference) }, anonymisedAt: null },
    { reason: ANONYMISED, anonymisedAt: now },
  );
  await tx.flush();
  await audit(
    tx,
    staff,
    `ANONYMISE_${reason}`,
    due.map((s) => s.id),
    now,
  );
  return due.length;
}
