import { CaseStatus } from '@redress/policy';
import { conflict } from '@redress/platform';
import type { CommandResult, CommandScope } from './case-command';

/** Close a case whose current stage has been responded to (NOT_INVESTIGATED, with its reason, counts). */
export function closeCase({ c, stage }: CommandScope): CommandResult {
  if (c.status === CaseStatus.CLOSED) throw conflict(`${c.reference} is already closed.`);
  if (!stage.respondedAt) throw conflict(`${stage.name} of ${c.reference} has no issued response yet: respond first (NOT_INVESTIGATED with a reason closes without investigating).`);
  c.status = CaseStatus.CLOSED;
  return { change: 'CLOSED', detail: 'Closed' };
}
