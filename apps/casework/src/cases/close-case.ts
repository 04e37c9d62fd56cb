import { statusAfter } from '@redress/policy';
import type { CommandResult, CommandScope } from './case-command';

/** Close a case whose current stage has been responded to (the case rules check that). */
export function closeCase({ c, policy }: CommandScope): CommandResult {
  c.status = statusAfter(policy, { status: c.status, stage: c.currentStage }, 'CLOSE');
  return { change: 'CLOSED', detail: 'Closed' };
}
