import { badInput } from '@redress/platform';
import { StaffMember } from '../staff/staff-member.entity';
import { alertHandlerToPhone } from '../complainants/adjustments';
import type { CommandResult, CommandScope } from './case-command';

/** Give the case to a member of staff of the same council (the case machine has checked they are independent enough). */
export async function assignCase(scope: CommandScope, assigneeId: string): Promise<CommandResult> {
  const { c, tx } = scope;
  const assignee = await tx.findOne(StaffMember, { id: assigneeId, councilId: c.councilId });
  if (!assignee) throw badInput(`assigneeId "${assigneeId}" is not a member of staff of this council; see staff(councilId).`, 'assigneeId');
  const previous = c.assigneeId;
  c.assigneeId = assignee.id;
  // Someone who asked for the telephone: their new handler is told to phone them (the written response still goes).
  const person = c.complainant?.getEntity();
  if (person) await alertHandlerToPhone(tx, c, person, assignee.id, scope.now);
  // The timeline keeps who had it before: a reassignment never loses the history.
  const from = previous && previous !== assignee.id ? ` (was ${previous})` : '';
  const taken = scope.action === 'TAKE';
  return {
    change: 'ASSIGNED',
    detail: taken ? `Taken by ${assignee.name}, who now handles it${from}` : `Assigned to ${assignee.name}${from}`,
  };
}
