import { Role, escalationTarget, londonDate, stageDeadlines, stagePolicy } from '@redress/policy';
import { badInput } from '@redress/platform';
import type { EntityManager } from '@redress/platform';
import { StaffMember } from '../staff/staff-member.entity';
import type { Case } from './case.entity';
import { openStage } from './case-stage.factory';
import { escalationState } from './case-snapshot';
import type { CommandResult, CommandScope } from './case-command';

/**
 * Who takes the new stage: where the policy gives it to a Head of Service (Hart s.6.2, Hampshire Stage 2),
 * the Head of Service for the case's service area who has not handled it before; otherwise it waits to be assigned.
 */
async function handlerFor(tx: EntityManager, c: Case, role: Role): Promise<StaffMember | null> {
  if (role !== Role.HEAD_OF_SERVICE) return null;
  const earlier = new Set(c.stages.getItems().map((s) => s.handledBy).filter(Boolean));
  const staff = await tx.find(StaffMember, { councilId: c.councilId }, { orderBy: { id: 'asc' } });
  return staff.find((s) => s.roles.includes(Role.HEAD_OF_SERVICE) && s.serviceAreas.includes(c.serviceArea) && !earlier.has(s.id)) ?? null;
}

/**
 * Open the next stage with a fresh clock (day 0 = the date of the request). Allowed once the current stage
 * has responded or its response deadline has passed; after the final stage the route is the Ombudsman.
 */
export async function escalateCase(scope: CommandScope, reason: string, requestedAt: Date = scope.now): Promise<CommandResult> {
  const { c, stage, policy, tx } = scope;
  if (!reason.trim()) throw badInput('reason must say why the customer wants the next stage.', 'reason');
  const target = escalationTarget(policy, escalationState(c), londonDate(requestedAt));
  const next = { number: target.toStage, name: target.toStageName };
  const d = stageDeadlines({ policy, stage: next.number, openedAt: requestedAt });
  const handler = await handlerFor(tx, c, stagePolicy(policy, next.number).handlerRole);
  const opened = openStage(tx, c, next, requestedAt, d);
  c.stages.add(opened);
  c.currentStage = next.number;
  c.status = scope.decision.to;
  c.assigneeId = handler?.id ?? null;
  const assigned = handler ? ` Assigned to ${handler.name}, Head of Service for ${c.serviceArea}.` : '';
  return { change: 'ESCALATED', previousStage: stage.number, detail: `Escalated to ${next.name}: ${reason.trim()}. Acknowledge by ${d.acknowledgeBy}, respond by ${d.respondBy}.${assigned}` };
}
