import type { CaseChange, CaseChangedEvent } from '@redress/contracts';
import type { EventBody } from '@redress/platform';
import type { Case, CaseStage } from './case.entity';

/** The public snapshot of a case after a change, for reporting and intake's tracking. */
export function caseChangedEvent(
  c: Case,
  stage: CaseStage,
  change: CaseChange,
  extra: Partial<Pick<CaseChangedEvent, 'onTime' | 'sla' | 'previousStage'>> = {},
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
  };
}
