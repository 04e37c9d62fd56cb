import { ANONYMISED } from '@redress/policy';
import { LockMode } from '@mikro-orm/core';
import type { AnonymisationReason } from '@redress/contracts';
import { audit, newOutboxEvent } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { Case, CaseEvent } from '../cases/case.entity';
import { ContactRestriction } from '../complainants/contact-restriction.entity';
import { ReasonableAdjustment } from '../complainants/reasonable-adjustment.entity';
import { RemedyAction } from '../remedies/remedy-action.entity';

const WHY: Record<AnonymisationReason, string> = {
  RETENTION: 'its retention period ended',
  ERASURE: 'the person asked for their data to be erased',
};

/**
 * Removes the personal data and free text of one case, everywhere casework holds it (the case, its stages, its
 * timeline, remedy notes, and the complainant once none of their cases needs them), keeping what the figures and
 * the audit trail need: reference, council, service area, dates, stages, outcomes, remedies and lessons learned
 * (written for sharing, without personal data). Then tells intake to do the same. Call inside a transaction.
 */
export async function anonymiseCase(
  tx: EntityManager,
  caseId: string,
  reason: AnonymisationReason,
  actor: string,
  now: Date,
): Promise<boolean> {
  // Locked first (a sweep in another replica, or an erasure, may reach the same case), then loaded whole.
  const c = await tx.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!c || c.anonymisedAt) return false;
  await tx.populate(c, ['stages', 'timeline', 'complainant']);
  c.summary = ANONYMISED;
  c.details = '';
  c.desiredOutcome = null;
  c.representative = null;
  c.ombudsmanSummary = null;
  c.anonymisedAt = now;
  for (const stage of c.stages) {
    stage.findings = stage.findings === null ? null : ANONYMISED;
    stage.statementOfComplaint = stage.statementOfComplaint === null ? null : ANONYMISED;
    stage.notInvestigatedReason = stage.notInvestigatedReason === null ? null : ANONYMISED;
  }
  for (const event of c.timeline) event.detail = null;
  await tx.nativeUpdate(RemedyAction, { case: c.id }, { note: null });
  const ids = [c.id];
  const person = c.complainant?.getEntity();
  if (person && !person.anonymisedAt) {
    const stillNeeded = await tx.count(Case, { complainant: person.id, anonymisedAt: null, id: { $ne: c.id } });
    if (!stillNeeded) {
      Object.assign(person, { name: ANONYMISED, email: null, phone: null, postalAddress: null, anonymisedAt: now });
      await tx.nativeUpdate(
        ContactRestriction,
        { complainantId: person.id },
        { reason: ANONYMISED, restrictions: ANONYMISED, letter: null, liftReason: null },
      );
      // Adjustments may tell of health or disability: the kind stays (for the figures), the words go.
      await tx.nativeUpdate(ReasonableAdjustment, { complainantId: person.id }, { need: ANONYMISED });
      ids.push(person.id);
    }
  }
  tx.create(CaseEvent, { case: c, at: now, type: 'ANONYMISED', actor, detail: `Personal data anonymised: ${WHY[reason]}.` });
  tx.persist(
    newOutboxEvent(
      'case.anonymised',
      { caseId: c.id, submissionId: c.submissionId, reference: c.reference, councilId: c.councilId, reason },
      now,
    ),
  );
  await audit(tx, null, `ANONYMISE_${reason}`, ids, now);
  return true;
}
