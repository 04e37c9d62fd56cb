import { escalationHandler, stageDeadlines, stagePolicy } from '@redress/policy';
import type { Role } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import { staffDirectory } from '../staff/staff-directory';
import type { StaffMember } from '../staff/staff-member.entity';
import type { Case } from './case.entity';
import { openStage } from './case-stage.factory';
import type { CommandResult, CommandScope } from './case-command';

/** Who takes the new stage: the policy's `escalationHandler`, from the council's staff directory (null: it waits to be assigned). */
async function handlerFor(tx: EntityManager, c: Case, role: Role): Promise<StaffMember | null> {
  const directory = await staffDirectory(tx, c.councilId);
  return escalationHandler(
    role,
    { serviceArea: c.serviceArea, earlierHandlers: c.stages.getItems().map((s) => s.handledBy), staffInvolved: c.staffInvolved },
    directory,
  );
}

/**
 * Open the stage the case machine decided (the next one: allowed once the current stage has responded or its
 * response deadline has passed) with a fresh clock, day 0 being the date of the request.
 */
export async function escalateCase(scope: CommandScope, reason: string, requestedAt: Date = scope.now): Promise<CommandResult> {
  const { c, stage, policy, tx } = scope;
  const { number, name } = stagePolicy(policy, scope.decision.toStage);
  const next = { number, name };
  const d = stageDeadlines({ policy, stage: next.number, openedAt: requestedAt });
  const handler = await handlerFor(tx, c, stagePolicy(policy, next.number).handlerRole);
  const opened = openStage(tx, c, next, requestedAt, d);
  c.stages.add(opened);
  c.currentStage = next.number;
  c.status = scope.decision.to;
  c.assigneeId = handler?.id ?? null;
  const assigned = handler ? ` Assigned to ${handler.name}, Head of Service for ${c.serviceArea}.` : '';
  return {
    change: 'ESCALATED',
    previousStage: stage.number,
    // Told at once, as a written complaint gets its receipt: the stage opened, and when it is acknowledged and answered.
    notify: { kind: 'ESCALATION_RECEIVED' },
    detail: `Escalated to ${next.name}: ${reason.trim()}. Acknowledge by ${d.acknowledgeBy}, respond by ${d.respondBy}.${assigned}`,
  };
}
