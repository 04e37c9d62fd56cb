import type { CaseSnapshot } from '@redress/policy';
import type { Case, CaseStage } from './case.entity';

export const currentStage = (c: Pick<Case, 'stages' | 'currentStage'>): CaseStage =>
  c.stages.getItems().find((s) => s.number === c.currentStage)!;

/** A complaint with no one to write to or acknowledge (anonymous, or since anonymised): no complainant on record. */
export const isAnonymous = (c: Pick<Case, 'complainant'>): boolean => !c.complainant;

/** Whoever handled a stage before the current one. */
export const earlierHandlers = (c: Pick<Case, 'stages' | 'currentStage'>): string[] =>
  c.stages
    .getItems()
    .filter((s) => s.number < c.currentStage)
    .map((s) => s.handledBy)
    .filter((h): h is string => Boolean(h));

/** The stored case as the policy core's case machine sees it (with the owners of its remedy actions not yet done). */
export function caseSnapshot(c: Case, remedyActionOwners: readonly string[] = []): CaseSnapshot {
  const stage = currentStage(c);
  return {
    status: c.status,
    stage: stage.number,
    serviceArea: c.serviceArea,
    assigneeId: c.assigneeId,
    anonymous: isAnonymous(c),
    acknowledgedAt: stage.acknowledgedAt,
    respondDueAt: stage.respondDueAt,
    respondedAt: stage.respondedAt,
    responseDraftedAt: stage.responseDraftedAt,
    extensionWorkingDays: stage.extensionWorkingDays,
    statementRequired: stage.statementRequired,
    statementAgreedAt: stage.statementAgreedAt,
    holdReason: stage.holdReason,
    respondBy: stage.respondBy,
    expectedResponseBy: stage.expectedResponseBy,
    lateComplaintPending: c.lateComplaint && !c.lateDecidedAt,
    refusedAsLate: c.lateAccepted === false,
    staffInvolved: c.staffInvolved,
    earlierHandlers: earlierHandlers(c),
    remedyActionOwners,
  };
}
