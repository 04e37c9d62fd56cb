import type { CaseChange, CaseChangedEvent } from '@redress/contracts';
import type { EventBody } from '@redress/platform';
import type { Case, CaseStage } from './case.entity';

/** The public snapshot of a case after a change, for reporting and intake's tracking. */
export function caseChangedEvent(
  c: Case,
  stage: CaseStage,
  change: CaseChange,
  extra: Partial<Pick<CaseChangedEvent, 'onTime' | 'sla' | 'previousStage' | 'remedy'>> = {},
): EventBody<'case.changed'> {
  return {
    caseId: c.id,
    reference: c.reference,
    councilId: c.councilId,
    change,
    status: c.status,
    stage: stage.number,
    stageName: stage.name,
    acknowledgeBy: stage.acknowledgeBy,
    respondBy: stage.respondBy,
    outcome: stage.outcome,
    onTime: extra.onTime ?? null,
    sla: extra.sla ?? null,
    previousStage: extra.previousStage ?? null,
    stageOpenedAt: stage.openedAt.toISOString(),
    remedies: stage.respondedAt ? [...stage.remedies] : [],
    lessonsLearned: stage.respondedAt ? stage.lessonsLearned : null,
    categories: [...c.categories],
    ombudsmanDecision: c.ombudsmanDecision,
    ombudsmanEnquiryRespondBy: c.ombudsmanEnquiryRespondBy,
    remedy: extra.remedy ?? null,
  };
}

/**
 * A stage's response as issued to the resident (its outcome, findings and remedies), for intake's tracking only: the
 * findings are free text, so this never goes to reporting (EVENT_ROUTES).
 */
export function caseRespondedEvent(c: Case, stage: CaseStage): EventBody<'case.responded'> {
  return {
    caseId: c.id,
    reference: c.reference,
    councilId: c.councilId,
    stage: stage.number,
    stageName: stage.name,
    outcome: stage.outcome!,
    findings: stage.findings,
    remedies: [...stage.remedies],
    respondedAt: stage.respondedAt!.toISOString(),
  };
}
