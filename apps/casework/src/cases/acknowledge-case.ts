import { ClockStart, stagePolicy } from '@redress/policy';
import type { CommandResult, CommandScope } from './case-command';
import { recomputeDeadlines } from './case-deadlines';

/** Acknowledge the current stage. Where the response clock runs from acknowledgement, the response deadline is recounted. */
export function acknowledgeCase({ stage, policy, now }: CommandScope): CommandResult {
  const previousRespondBy = stage.respondBy;
  stage.acknowledgedAt = now;
  recomputeDeadlines(policy, stage);
  const moved = stagePolicy(policy, stage.number).responseClockFrom === ClockStart.ACKNOWLEDGEMENT && previousRespondBy !== stage.respondBy;
  return {
    change: 'ACKNOWLEDGED',
    detail: `Acknowledged; response due by ${stage.respondBy}${moved ? ` (was ${previousRespondBy}, counted from acknowledgement)` : ''}`,
    onTime: now.getTime() <= stage.acknowledgeDueAt.getTime(),
    notify: { kind: 'ACKNOWLEDGED' },
  };
}
