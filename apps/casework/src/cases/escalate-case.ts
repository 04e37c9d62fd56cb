import { escalationTarget, londonDate, stageDeadlines, statusAfter } from '@redress/policy';
import { badInput } from '@redress/platform';
import { openStage } from './case-stage.factory';
import { caseState } from './case-command';
import type { CommandResult, CommandScope } from './case-command';

/**
 * Open the next stage with a fresh clock (day 0 = the date of the request). Allowed once the current stage
 * has responded or its response deadline has passed; after the final stage the route is the Ombudsman.
 */
export function escalateCase(scope: CommandScope, reason: string, requestedAt: Date = scope.now): CommandResult {
  const { c, stage, policy, tx } = scope;
  if (!reason.trim()) throw badInput('reason must say why the customer wants the next stage.', 'reason');
  const target = escalationTarget(policy, caseState(c), londonDate(requestedAt));
  const next = { number: target.toStage, name: target.toStageName };
  const d = stageDeadlines({ policy, stage: next.number, openedAt: requestedAt });
  const opened = openStage(tx, c, next, requestedAt, d);
  c.stages.add(opened);
  c.currentStage = next.number;
  c.status = statusAfter(policy, { status: c.status, stage: c.currentStage }, 'ESCALATE');
  c.assigneeId = null;
  return { change: 'ESCALATED', previousStage: stage.number, detail: `Escalated to ${next.name}: ${reason.trim()}. Acknowledge by ${d.acknowledgeBy}, respond by ${d.respondBy}` };
}
