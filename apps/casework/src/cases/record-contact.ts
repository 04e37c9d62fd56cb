import type { Channel, ContactDirection } from '@redress/policy';
import { badInput } from '@redress/platform';
import type { CommandResult, CommandScope } from './case-command';

export interface ContactInputData { direction: ContactDirection; channel: Channel; summary: string; at?: Date | null }

/** Every contact with the customer goes on the timeline. */
export function recordContact({ now }: CommandScope, input: ContactInputData): CommandResult {
  if (!input.summary.trim()) throw badInput('summary must say what was said.', 'input.summary');
  if (input.summary.length > 5000) throw badInput('summary is longer than 5000 characters.', 'input.summary');
  const at = input.at ?? now;
  if (at.getTime() > now.getTime()) throw badInput('at is in the future.', 'input.at');
  return { change: 'CONTACT_RECORDED', detail: `${input.direction === 'INBOUND' ? 'From' : 'To'} the customer by ${input.channel.toLowerCase().replace(/_/g, ' ')}: ${input.summary.trim()}`, at };
}
