import { CaseStatus } from '@redress/policy';
import type { CommandResult, CommandScope } from './case-command';

/** Close a case whose current stage has been responded to (the case rules check that). */
export function closeCase({ c }: CommandScope): CommandResult {
  c.status = CaseStatus.CLOSED;
  return { change: 'CLOSED', detail: 'Closed' };
}
