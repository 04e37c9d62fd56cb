import { randomUUID } from 'node:crypto';
import { escalationTarget, londonDate, stageDeadlines, statusAfter } from '@redress/policy';
import { badInput } from '@redress/platform';
import { CaseStage } from './case.entity';
import { caseState } from './case-command';
import type { CommandResult, CommandScope } from './case-command';

/**
 * Open the next stage with a fresh clock (day 0 = the date of the request). Allowed once the current stage
 * has responded or its response deadline has passed; after the final stage the route is the Ombudsman.
 */
export function escalateCase(scope: CommandScope, reason: string, requestedAt: Date = scope.now): CommandResult {
  const { c, stage, policy, tx } = scope;
  if (!reason.trim()) throw badInput('reason must say why the customer wants the next stage.', 'reason');
  const target = escalationTarget(policy, caseState(c), londonDate(requestedAt));
  const next = { number: target.toStage, name: target.toStageName };
  const d = stageDeadlines({ policy, stage: next.number, openedAt: requestedAt });
  const opened = tx.create(CaseStage, {
    id: randomUUID(),
    case: c,
    number: next.number,
    name: next.name,
    openedAt: requestedAt,
    acknowledgeBy: d.acknowledgeBy,
    acknowledgeDueAt: d.acknowledgeDueAt,
    respondBy: d.respondBy,
    respondDueAt: d.respondDueAt,
    extensionWorkingDays: 0,
    outcome: null,
    remedies: [],
    heldSince: null,
    holdReason: null,
    workingDaysOnHold: 0,
    findings: null,
    lessonsLearned: null,
    notInvestigatedReason: null,
    responseDraftedAt: null,
    signedOffBy: null,
    handledBy: null,
    statementRequired: false,
    statementOfComplaint: null,
    statementAgreedAt: null,
  });
  c.stages.add(opened);
  c.currentStage = next.number;
  c.status = statusAfter(policy, { status: c.status, stage: c.currentStage }, 'ESCALATE');
  c.assigneeId = null;
  return { change: 'ESCALATED', previousStage: stage.number, detail: `Escalated to ${next.name}: ${reason.trim()}. Acknowledge by ${d.acknowledgeBy}, respond by ${d.respondBy}` };
}
