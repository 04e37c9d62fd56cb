import type { CaseSnapshot, EscalationState } from '@redress/policy';
import type { Case, CaseStage } from './case.entity';

const stageOf = (c: Case): CaseStage => c.stages.getItems().find((s) => s.number === c.currentStage)!;

/** A complaint with no one to write to: no complainant and no representative (anonymous, or since anonymised). */
const anonymous = (c: Case): boolean => !c.complainant && !c.representative;

/** The stored case as the policy core's case machine sees it. */
export function caseSnapshot(c: Case): CaseSnapshot {
  const stage = stageOf(c);
  return {
    status: c.status,
    stage: stage.number,
    serviceArea: c.serviceArea,
    assigneeId: c.assigneeId,
    anonymous: anonymous(c),
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

/** What escalation's timing needs (the same fields intake's projection holds). */
export function escalationState(c: Case): EscalationState {
  const stage = stageOf(c);
  return { status: c.status, stage: stage.number, responded: Boolean(stage.respondedAt), respondBy: stage.respondBy };
}
