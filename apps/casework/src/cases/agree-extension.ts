import type { CommandResult, CommandScope } from './case-command';
import { recomputeDeadlines } from './case-deadlines';

/** An extension agreed with the customer: adds working days to the response deadline, up to the policy's maximum. */
export function agreeExtension({ stage, policy, staff }: CommandScope, workingDays: number, reason: string): CommandResult {
  const was = stage.respondBy;
  stage.extensionWorkingDays += workingDays;
  recomputeDeadlines(policy, stage); // the policy core refuses an extension past its maximum
  return {
    change: 'EXTENDED',
    notify: { kind: 'EXTENDED', reason: reason.trim() },
    detail:
      `Extension of ${workingDays} working days agreed with the customer by ${staff.name}: ${reason.trim()}. ` +
      `Response now due by ${stage.respondBy} (was ${was}).`,
  };
}
