import { CaseStatus, HoldReason } from '@redress/policy';
import type { CommandResult, CommandScope } from './case-command';
import { resumeCase } from './hold-case';

/**
 * The agreed scope of the investigation (Hampshire: "The investigation will not commence until the
 * Statement of Complaint has been agreed"). A case held awaiting it resumes, and its clock restarts.
 */
export function agreeStatementOfComplaint(scope: CommandScope, statement: string): CommandResult {
  const { c, stage } = scope;
  stage.statementOfComplaint = statement.trim();
  stage.statementAgreedAt = scope.now;
  const resumed =
    c.status === CaseStatus.ON_HOLD && stage.holdReason === HoldReason.AWAITING_STATEMENT_OF_COMPLAINT ? resumeCase(scope) : null;
  return {
    change: 'STATEMENT_AGREED',
    detail: `Statement of Complaint agreed${resumed ? `; ${resumed.detail}` : ''}`,
    // A case held for it restarts: the customer is told, as the hold message promised.
    ...(resumed ? { notify: resumed.notify } : {}),
  };
}
