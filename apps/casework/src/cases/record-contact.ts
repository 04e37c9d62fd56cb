import type { Channel, ContactDirection } from '@redress/policy';
import { badInput } from '@redress/platform';
import type { CommandResult, CommandScope } from './case-command';

export interface ContactInputData {
  direction: ContactDirection;
  channel: Channel;
  summary: string;
  at?: Date | null;
}

/** Every contact with the customer goes on the timeline. */
export function recordContact({ now }: CommandScope, input: ContactInputData): CommandResult {
  const at = input.at ?? now;
  if (at.getTime() > now.getTime()) throw badInput('at is in the future.', 'input.at');
  return {
    change: 'CONTACT_RECORDED',
    detail: `${input.direction === 'INBOUND' ? 'From' : 'To'} the customer by ${input.channel.toLowerCase().replace(/_/g, ' ')}: ${input.summary.trim()}`,
    at,
  };
}
