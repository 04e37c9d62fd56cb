import type { CommandResult, CommandScope } from './case-command';
import { recomputeDeadlines } from './case-deadlines';
import { informCoordinatorOfDelay } from './notify-delay';

/** An extension agreed with the customer: adds working days to the response deadline, up to the policy's maximum. */
export async function agreeExtension(scope: CommandScope, workingDays: number, reason: string): Promise<CommandResult> {
  const { stage, policy, staff } = scope;
  const was = stage.respondBy;
  stage.extensionWorkingDays += workingDays;
  recomputeDeadlines(policy, stage); // the policy core refuses an extension past its maximum
  // Hart Stage 2 (§6.2): the Joint Chief Executive is told when it takes longer.
  await informCoordinatorOfDelay(scope, { kind: 'EXTENDED', was, now: stage.respondBy, reason: reason.trim() });
  return {
    change: 'EXTENDED',
    notify: { kind: 'EXTENDED', reason: reason.trim() },
    detail:
      `Extension of ${workingDays} working days agreed with the customer by ${staff.name}: ${reason.trim()}. ` +
      `Response now due by ${stage.respondBy} (was ${was}).`,
  };
}
