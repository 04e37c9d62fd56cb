import type { ComplaintCategory } from '@redress/policy';
import { badInput } from '@redress/platform';
import { StaffMember } from '../staff/staff-member.entity';
import type { CommandResult, CommandScope } from './case-command';

const words = (v: string): string => v.toLowerCase().replace(/_/g, ' ');

/** What the complaint is about (Hart s.3; Hampshire "What the complaints scheme covers"), as the handler corrects it. */
export function setCaseCategories(scope: CommandScope, categories: readonly ComplaintCategory[]): CommandResult {
  const { c } = scope;
  const was = c.categories;
  c.categories = [...new Set(categories)];
  return {
    change: 'CATEGORIES_SET',
    detail: `Categories: ${c.categories.map(words).join(', ')}${was.length ? ` (were ${was.map(words).join(', ')})` : ''}`,
  };
}

/** The staff ids of the list, once each, in the order given. */
const distinctStaff = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * The staff the complaint is about (Hampshire Stage 2 "suitably removed from the decisions made"; Hart s.11
 * "without bias"): each must be in the council's staff directory. The case machine has already refused naming
 * the current handler; from now on none of them can be given the case, at any stage.
 */
export async function setStaffInvolved(scope: CommandScope, staffIds: readonly string[]): Promise<CommandResult> {
  const { c, tx } = scope;
  const ids = distinctStaff(staffIds);
  const found = ids.length ? await tx.find(StaffMember, { id: { $in: ids }, councilId: c.councilId }) : [];
  const unknown = ids.filter((id) => !found.some((m) => m.id === id));
  if (unknown.length)
    throw badInput(
      `staffIds: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is not a member' : 'are not members'} ` +
        'of staff of this council; see staff(councilId).',
      'staffIds',
    );
  c.staffInvolved = ids;
  const names = ids.map((id) => found.find((m) => m.id === id)!.name);
  return {
    change: 'STAFF_INVOLVED_SET',
    detail: names.length
      ? `Staff the complaint is about: ${names.join(', ')}. They cannot handle it at any stage`
      : 'No member of staff is named as involved',
  };
}
