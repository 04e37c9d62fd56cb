import { badInput } from '@redress/platform';
import { StaffMember } from '../staff/staff-member.entity';
import type { CommandResult, CommandScope } from './case-command';

/** Give the case to a member of staff of the same council. */
export async function assignCase({ c, tx }: CommandScope, assigneeId: string): Promise<CommandResult> {
  const assignee = await tx.findOne(StaffMember, { id: assigneeId, councilId: c.councilId });
  if (!assignee) throw badInput(`assigneeId "${assigneeId}" is not a member of staff of this council; see staff(councilId).`, 'assigneeId');
  c.assigneeId = assignee.id;
  return { change: 'ASSIGNED', detail: `Assigned to ${assignee.name}` };
}
