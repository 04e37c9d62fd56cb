import { CaseStatus, ClockStart } from '@redress/policy';
import { conflict } from '@redress/platform';
import type { CommandResult, CommandScope } from './case-command';
import { recomputeDeadlines } from './case-deadlines';

/** Acknowledge the current stage. Where the response clock runs from acknowledgement, the response deadline is recounted. */
export function acknowledgeCase({ c, stage, policy, now }: CommandScope): CommandResult {
  if (stage.acknowledgedAt) throw conflict(`${stage.name} of ${c.reference} was already acknowledged on ${stage.acknowledgedAt.toISOString().slice(0, 10)}.`);
  if (c.status === CaseStatus.CLOSED) throw conflict(`${c.reference} is closed.`);
  const previousRespondBy = stage.respondBy;
  stage.acknowledgedAt = now;
  recomputeDeadlines(policy, stage);
  const stagePolicy = policy.stages.find((s) => s.number === stage.number)!;
  const moved = stagePolicy.responseClockFrom === ClockStart.ACKNOWLEDGEMENT && previousRespondBy !== stage.respondBy;
  return {
    change: 'ACKNOWLEDGED',
    detail: `Acknowledged; response due by ${stage.respondBy}${moved ? ` (was ${previousRespondBy}, counted from acknowledgement)` : ''}`,
    onTime: now.getTime() <= stage.acknowledgeDueAt.getTime(),
  };
}
