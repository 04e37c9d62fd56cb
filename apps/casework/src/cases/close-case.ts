import type { CommandResult, CommandScope } from './case-command';

/** Close a case whose current stage has been responded to (the case rules check that). */
export function closeCase({ c, decision }: CommandScope): CommandResult {
  c.status = decision.to;
  return { change: 'CLOSED', detail: 'Closed' };
}
