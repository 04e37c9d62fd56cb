import { CaseStatus } from '@redress/policy';
import { badInput, conflict } from '@redress/platform';
import type { CommandResult, CommandScope } from './case-command';
import { recomputeDeadlines } from './case-deadlines';

/** An extension agreed with the customer: adds working days to the response deadline, up to the policy's maximum. */
export function agreeExtension({ c, stage, policy, staff }: CommandScope, workingDays: number, reason: string): CommandResult {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw badInput('workingDays must be a whole number of at least 1.', 'workingDays');
  if (!reason.trim()) throw badInput('reason must say why the extension was needed.', 'reason');
  if (stage.respondedAt || c.status === CaseStatus.CLOSED) throw conflict(`${stage.name} of ${c.reference} has already been responded to.`);
  const max = policy.stages.find((s) => s.number === stage.number)!.maxExtensionWorkingDays;
  const total = stage.extensionWorkingDays + workingDays;
  if (max !== null && total > max) {
    throw badInput(`${policy.councilName}'s policy allows at most ${max} working days of extension at ${stage.name}; ${stage.extensionWorkingDays} already agreed.`, 'workingDays');
  }
  const was = stage.respondBy;
  stage.extensionWorkingDays = total;
  recomputeDeadlines(policy, stage);
  return { change: 'EXTENDED', detail: `Extension of ${workingDays} working days agreed with the customer by ${staff.name}: ${reason.trim()}. Response now due by ${stage.respondBy} (was ${was}).` };
}
