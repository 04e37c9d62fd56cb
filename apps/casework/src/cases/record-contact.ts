import { contactOutsideRestriction } from '@redress/policy';
import type { Channel, ContactDirection } from '@redress/policy';
import { badInput } from '@redress/platform';
import { restrictionsInForce } from '../complainants/person';
import { CaseEvent } from './case.entity';
import type { CommandResult, CommandScope } from './case-command';

export interface ContactInputData {
  direction: ContactDirection;
  channel: Channel;
  summary: string;
  at?: Date | null;
}

/**
 * Every contact with the customer goes on the timeline. One outside a contact restriction in force at the time is
 * flagged beside it, never refused: the right to complain stays (Hart s.10).
 */
export async function recordContact({ c, tx, staff, now }: CommandScope, input: ContactInputData): Promise<CommandResult> {
  const at = input.at ?? now;
  if (at.getTime() > now.getTime()) throw badInput('at is in the future.', 'input.at');
  const person = c.complainant?.id;
  const inForce = person ? (await restrictionsInForce(tx, [person], at)).filter((r) => r.createdAt <= at) : [];
  const flag = inForce.map((r) => contactOutsideRestriction(input, r.allowedMethods)).find((f) => f !== null);
  if (flag) tx.create(CaseEvent, { case: c, at, type: 'CONTACT_OUTSIDE_RESTRICTION', actor: staff.name, detail: flag });
  return {
    change: 'CONTACT_RECORDED',
    detail: `${input.direction === 'INBOUND' ? 'From' : 'To'} the customer by ${input.channel.toLowerCase().replace(/_/g, ' ')}: ${input.summary.trim()}`,
    at,
  };
}
