import type { CaseSnapshot } from '@redress/policy';
import type { Case, CaseStage } from './case.entity';

export const currentStage = (c: Pick<Case, 'stages' | 'currentStage'>): CaseStage =>
  c.stages.getItems().find((s) => s.number === c.currentStage)!;

/** A complaint with no one to write to or acknowledge (anonymous, or since anonymised): no complainant on record. */
export const isAnonymous = (c: Pick<Case, 'complainant'>): boolean => !c.complainant;

/** The stored case as the policy core's case machine sees it. */
export function caseSnapshot(c: Case): CaseSnapshot {
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
  };
}
