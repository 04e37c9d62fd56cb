import { HoldReason, expectedResponseAfterHold, londonDate, workingDaysBetween } from '@redress/policy';
import type { CommandResult, CommandScope } from './case-command';
import { recomputeDeadlines } from './case-deadlines';

/** Stop the clock (concurrent procedure, awaiting the Statement of Complaint or the customer, legal proceedings). */
export function holdCase({ c, stage, now, decision }: CommandScope, reason: HoldReason, note: string | null): CommandResult {
  c.status = decision.to;
  stage.heldSince = now;
  stage.holdReason = reason;
  if (reason === HoldReason.AWAITING_STATEMENT_OF_COMPLAINT) stage.statementRequired = true;
  return {
    change: 'HELD',
    notify: { kind: 'HELD', reason: reason.toLowerCase().replace(/_/g, ' ') },
    detail: `On hold: ${reason.toLowerCase().replace(/_/g, ' ')}${note?.trim() ? ` (${note.trim()})` : ''}`,
  };
}

/** Restart the clock: every deadline not yet met moves by the working days in [hold date, resume date). */
export function resumeCase({ c, stage, policy, now, decision }: CommandScope): CommandResult {
  const days = workingDaysBetween(londonDate(stage.heldSince!), londonDate(now), policy.closures);
  stage.workingDaysOnHold += days;
  stage.heldSince = null;
  stage.holdReason = null;
  c.status = decision.to;
  recomputeDeadlines(policy, stage);
  // A date given in a delay notice moves with the clock, like the deadlines.
  stage.expectedResponseBy = expectedResponseAfterHold(policy, stage.expectedResponseBy, days);
  return {
    change: 'RESUMED',
    // The hold message promised it: "We will tell you when it restarts and when to expect our reply."
    notify: { kind: 'RESUMED' },
    detail: `Resumed after ${days} working days on hold; response now due by ${stage.respondBy}`,
  };
}
