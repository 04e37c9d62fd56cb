import { findCouncilPolicy, isAwaitingSignOff, isOverdue, workingDaysLeft } from '@redress/policy';
import type { StageClock } from '@redress/policy';
import type { Case, CaseStage } from './case.entity';
import type { CaseStageView, CaseView } from './case.types';
import { caseSnapshot, isAnonymous } from './case-snapshot';

function toStage(s: CaseStage, now: Date, closures: readonly string[]): CaseStageView {
  return {
    number: s.number,
    name: s.name,
    openedAt: s.openedAt,
    acknowledgeBy: s.acknowledgeBy,
    acknowledgedAt: s.acknowledgedAt,
    respondBy: s.respondBy,
    respondedAt: s.respondedAt,
    extensionWorkingDays: s.extensionWorkingDays,
    outcome: s.outcome,
    remedies: [...s.remedies],
    findings: s.findings,
    lessonsLearned: s.lessonsLearned,
    awaitingSignOff: isAwaitingSignOff(s),
    // Counted on the London calendar only when a query asks for it (a work queue lists many stages, few show it).
    get workingDaysLeft() {
      return workingDaysLeft({ respondBy: s.respondBy, respondedAt: s.respondedAt, heldSince: s.heldSince, closures }, now);
    },
    expectedResponseBy: s.expectedResponseBy,
    breaches: s.breaches.isInitialized()
      ? s.breaches.getItems().map((b) => ({ kind: b.kind, dueAt: b.dueAt, detectedAt: b.detectedAt }))
      : [],
  };
}

/** A stage as the policy's overdue rule reads it; the SQL twin is `STAGE_CLOCK_COLUMNS` in case-queue.ts. */
export const stageClock = (s: CaseStage, acknowledgementOwed: boolean): StageClock => ({
  heldSince: s.heldSince,
  acknowledgement: acknowledgementOwed ? { dueAt: s.acknowledgeDueAt, metAt: s.acknowledgedAt } : null,
  response: { dueAt: s.respondDueAt, metAt: s.respondedAt },
});

/**
 * A loaded case as the contract's Case: its stages populated, and its breaches, timeline and complainant where they
 * were (a read loads those only when its query selects them: `casePopulateFor`).
 */
export function toCaseView(c: Case, now: Date): CaseView {
  const closures = findCouncilPolicy(c.councilId)?.closures ?? [];
  const stages = c.stages.getItems().map((s) => toStage(s, now, closures));
  const complainant = c.complainant?.isInitialized() ? c.complainant.getEntity() : null;
  const current = c.stages.getItems().find((s) => s.number === c.currentStage)!;
  const overdue = isOverdue(stageClock(current, !isAnonymous(c)), now);
  return {
    snapshot: caseSnapshot(c),
    id: c.id,
    reference: c.reference,
    council: { id: c.councilId },
    kind: c.kind,
    channel: c.channel,
    serviceArea: c.serviceArea,
    summary: c.summary,
    status: c.status,
    stage: toStage(current, now, closures),
    stages,
    assigneeId: c.assigneeId,
    overdue,
    receivedAt: c.receivedAt,
    complainant: complainant
      ? {
          id: complainant.id,
          type: complainant.type,
          name: complainant.name,
          email: complainant.email,
          phone: complainant.phone,
          postalAddress: complainant.postalAddress,
          contactPreference: complainant.contactPreference,
        }
      : null,
    timeline: (c.timeline.isInitialized() ? c.timeline.getItems() : []).map((e) => ({
      at: e.at,
      type: e.type,
      actor: e.actor,
      detail: e.detail,
    })),
    representative: c.representative ? { ...c.representative } : null,
    ombudsmanReference: c.ombudsmanReference,
    ombudsmanEnquiryRespondBy: c.ombudsmanEnquiryRespondBy,
    ombudsmanDecision: c.ombudsmanDecision,
    categories: [...c.categories],
    lateComplaint: c.lateComplaint,
    staffInvolved: [...c.staffInvolved],
  };
}
