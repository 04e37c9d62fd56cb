import { endOfLondonDay, stageDeadlines } from '@redress/policy';
import type { CouncilPolicy } from '@redress/policy';
import type { CaseStage } from './case.entity';

/**
 * Recomputes a stage's stored deadlines with the policy core from what happened to it (acknowledgement,
 * extensions, days on hold). A deadline already met is history and keeps its date.
 */
export function recomputeDeadlines(policy: CouncilPolicy, stage: CaseStage): void {
  const d = stageDeadlines({
    policy,
    stage: stage.number,
    openedAt: stage.openedAt,
    acknowledgedAt: stage.acknowledgedAt,
    extensionWorkingDays: stage.extensionWorkingDays,
    workingDaysOnHold: stage.workingDaysOnHold,
  });
  if (!stage.acknowledgedAt) {
    stage.acknowledgeBy = d.acknowledgeBy;
    stage.acknowledgeDueAt = endOfLondonDay(d.acknowledgeBy);
  }
  if (!stage.respondedAt) {
    stage.respondBy = d.respondBy;
    stage.respondDueAt = endOfLondonDay(d.respondBy);
  }
}
