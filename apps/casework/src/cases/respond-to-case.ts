import { CaseStatus, Outcome } from '@redress/policy';
import type { Remedy, Role } from '@redress/policy';
import { badInput, conflict, forbidden } from '@redress/platform';
import type { CommandResult, CommandScope } from './case-command';

export interface ResponseInput {
  outcome: Outcome;
  findings: string;
  remedies?: Remedy[] | null;
  lessonsLearned?: string | null;
  notInvestigatedReason?: string | null;
}

const signOffRoleOf = ({ policy, stage }: Pick<CommandScope, 'policy' | 'stage'>): Role | null =>
  policy.stages.find((s) => s.number === stage.number)?.signOffRole ?? null;

function issue(scope: CommandScope): CommandResult {
  const { c, stage, now } = scope;
  stage.respondedAt = now;
  c.status = CaseStatus.RESPONDED;
  const onTime = now.getTime() <= stage.respondDueAt.getTime();
  return { change: 'RESPONDED', detail: `Response issued: ${stage.outcome!.toLowerCase().replace(/_/g, ' ')}${onTime ? '' : ` (after the deadline of ${stage.respondBy})`}`, onTime };
}

/**
 * The stage's response: outcome, findings, remedies and lessons learned. Where the policy requires sign-off
 * (Hart Stage 2), it is drafted and issued only when signed off.
 */
export function respondToCase(scope: CommandScope, input: ResponseInput): CommandResult {
  const { c, stage, staff } = scope;
  if (c.status !== CaseStatus.OPEN) throw conflict(`${c.reference} is ${c.status.toLowerCase().replace('_', ' ')}: only an open case can be responded to.`);
  if (stage.respondedAt || stage.responseDraftedAt) throw conflict(`${stage.name} of ${c.reference} already has a response.`);
  if (stage.statementRequired && !stage.statementAgreedAt) {
    throw conflict(`${stage.name} of ${c.reference} needs an agreed Statement of Complaint before it is investigated and answered.`);
  }
  if (!input.findings.trim()) throw badInput('findings must explain what was found and why.', 'input.findings');
  if (input.outcome === Outcome.NOT_INVESTIGATED && !input.notInvestigatedReason?.trim()) {
    throw badInput('notInvestigatedReason is required when the outcome is NOT_INVESTIGATED.', 'input.notInvestigatedReason');
  }
  stage.outcome = input.outcome;
  stage.findings = input.findings.trim();
  stage.remedies = [...new Set(input.remedies ?? [])];
  stage.lessonsLearned = input.lessonsLearned?.trim() || null;
  stage.notInvestigatedReason = input.notInvestigatedReason?.trim() || null;
  stage.handledBy = staff.sub;
  if (signOffRoleOf(scope)) {
    stage.responseDraftedAt = scope.now;
    return { change: 'RESPONDED', detail: `Response drafted (${input.outcome.toLowerCase().replace(/_/g, ' ')}); awaiting sign-off before it is issued` };
  }
  return issue(scope);
}

/** Sign-off by the role the policy names; issues the drafted response. */
export function signOffResponse(scope: CommandScope): CommandResult {
  const { c, stage, staff } = scope;
  const role = signOffRoleOf(scope);
  if (!role) throw conflict(`${stage.name} responses need no sign-off under ${scope.policy.councilName}'s policy.`);
  if (!staff.roles.includes(role)) throw forbidden(`Only ${role} can sign off a ${stage.name} response.`);
  if (!stage.responseDraftedAt || stage.respondedAt) throw conflict(`${stage.name} of ${c.reference} has no drafted response awaiting sign-off.`);
  stage.signedOffBy = staff.sub;
  const issued = issue(scope);
  return { ...issued, change: 'SIGNED_OFF', detail: `Signed off by ${staff.name}; ${issued.detail.charAt(0).toLowerCase()}${issued.detail.slice(1)}` };
}
