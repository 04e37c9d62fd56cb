import {
  AlertKind,
  CaseStatus,
  adjustmentReviewMessage,
  adjustmentReviewers,
  complaintsCoordinator,
  londonDate,
  restrictionInForce,
  restrictionReviewMessage,
} from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import { raiseAlert } from '../alerts/raise-alert';
import { Case } from '../cases/case.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Complainant } from './complainant.entity';
import { ContactRestriction } from './contact-restriction.entity';
import { ReasonableAdjustment } from './reasonable-adjustment.entity';

const BATCH = 500;

/** The person's latest case not yet closed that `staffId` handles, to link the alert to (null: none). */
function caseFor(cases: readonly Case[], staffId: string): Case | null {
  return cases.filter((c) => c.status !== CaseStatus.CLOSED && c.assigneeId === staffId).at(-1) ?? null;
}

/**
 * Reviews that have fallen due (Code s.5 "keep them under review"; Hart s.10): each restriction still in force
 * alerts its single point of contact, each adjustment the handlers of the person's open cases (else the
 * complaints coordinator), once. Safe to run as often as wanted; run with the reconciler at start and on schedule.
 */
export async function sweepReviews(em: EntityManager, now: Date): Promise<{ restrictions: number; adjustments: number }> {
  const today = londonDate(now);
  const restrictions = await em.find(
    ContactRestriction,
    { liftedAt: null, reviewAlertedAt: null, reviewOn: { $lte: today } },
    { limit: BATCH },
  );
  const adjustments = await em.find(ReasonableAdjustment, { reviewAlertedAt: null, reviewOn: { $lte: today } }, { limit: BATCH });
  if (!restrictions.length && !adjustments.length) return { restrictions: 0, adjustments: 0 };

  const ids = [...new Set([...restrictions, ...adjustments].map((x) => x.complainantId))];
  const people = new Map((await em.find(Complainant, { id: { $in: ids } })).map((p) => [p.id, p]));
  const cases = await em.find(Case, { complainant: { $in: ids } }, { orderBy: { receivedAt: 'asc', id: 'asc' } });
  const casesOf = (id: string) => cases.filter((c) => c.complainant?.id === id);
  const councils = [...new Set(adjustments.map((a) => a.councilId))];
  const staff = await em.find(StaffMember, { councilId: { $in: councils } }, { orderBy: { id: 'asc' } });

  await em.transactional(async (tx) => {
    for (const r of restrictions) {
      const person = people.get(r.complainantId)!;
      r.reviewAlertedAt = now;
      tx.persist(r);
      // Ended by itself before anyone swept (the platform was down): nothing left to review.
      if (person.anonymisedAt || !restrictionInForce(r, now)) continue;
      const c = caseFor(casesOf(person.id), r.singlePointOfContactId);
      await raiseAlert(
        tx,
        {
          recipientId: r.singlePointOfContactId,
          councilId: r.councilId,
          kind: AlertKind.RESTRICTION_REVIEW,
          message: restrictionReviewMessage(person.name, r),
          dedupeKey: `restriction-review:${r.id}:${r.reviewOn}`,
          caseId: c?.id ?? null,
          reference: c?.reference ?? null,
        },
        now,
      );
    }
    for (const a of adjustments) {
      const person = people.get(a.complainantId)!;
      a.reviewAlertedAt = now;
      tx.persist(a);
      if (person.anonymisedAt) continue;
      const theirs = casesOf(person.id);
      const coordinator = complaintsCoordinator(staff.filter((s) => s.councilId === a.councilId));
      for (const recipientId of adjustmentReviewers(theirs, coordinator?.id ?? null)) {
        const c = caseFor(theirs, recipientId);
        await raiseAlert(
          tx,
          {
            recipientId,
            councilId: a.councilId,
            kind: AlertKind.ADJUSTMENT_REVIEW,
            message: adjustmentReviewMessage(person.name, { kind: a.kind, need: a.need, reviewOn: a.reviewOn! }),
            dedupeKey: `adjustment-review:${a.id}:${a.reviewOn}:${recipientId}`,
            caseId: c?.id ?? null,
            reference: c?.reference ?? null,
          },
          now,
        );
      }
    }
  });
  return { restrictions: restrictions.length, adjustments: adjustments.length };
}
