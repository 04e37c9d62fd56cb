import { AlertKind } from '@redress/policy';
import { raiseAlert } from '../alerts/raise-alert';
import { StaffMember } from '../staff/staff-member.entity';
import type { CommandResult, CommandScope } from './case-command';

const words = (v: string): string => v.toLowerCase().replace(/_/g, ' ');

/**
 * Sign-off refused (Hart s.6.2: "reviewed and signed off by the Joint Chief Executive"): the draft goes back to
 * whoever drafted it, with the reason. The draft is cleared so that it can be redrafted and sent for sign-off
 * again; what it said stays on the timeline. Its author (and the handler, if someone else) is alerted.
 */
export async function returnForChanges(scope: CommandScope, reason: string): Promise<CommandResult> {
  const { c, stage, staff, tx, now } = scope;
  const author = stage.handledBy ?? c.assigneeId;
  const authorName = author ? ((await tx.findOne(StaffMember, { id: author, councilId: c.councilId }))?.name ?? author) : 'the handler';
  const drafted =
    `${words(stage.outcome ?? 'no outcome')}, "${stage.findings ?? ''}"` +
    (stage.remedies.length ? `; remedies: ${stage.remedies.map(words).join(', ')}` : '') +
    (stage.lessonsLearned ? `; lessons learned: "${stage.lessonsLearned}"` : '');
  Object.assign(stage, {
    responseDraftedAt: null,
    outcome: null,
    findings: null,
    remedies: [],
    lessonsLearned: null,
    notInvestigatedReason: null,
  });
  const message = `${c.reference}: ${staff.name} returned the ${stage.name} response for changes: ${reason.trim()}`;
  // No alert kind says "returned for changes"; REMINDER (something on this case for you to do) is the nearest honest one.
  for (const recipientId of new Set([author, c.assigneeId].filter((id): id is string => Boolean(id)))) {
    await raiseAlert(
      tx,
      {
        recipientId,
        councilId: c.councilId,
        kind: AlertKind.REMINDER,
        message,
        caseId: c.id,
        reference: c.reference,
        dedupeKey: `returned:${stage.id}:${now.getTime()}:${recipientId}`,
      },
      now,
    );
  }
  return {
    change: 'RETURNED_FOR_CHANGES',
    detail: `Returned for changes by ${staff.name}, to ${authorName}: ${reason.trim()}. The draft was: ${drafted}`,
  };
}
