import { randomUUID } from 'node:crypto';
import { checkResponse, personalDetailsIn, remedyDueOn } from '@redress/policy';
import { RemedyAction } from '../remedies/remedy-action.entity';
import type { Outcome, Remedy, Role } from '@redress/policy';
import { badInput } from '@redress/platform';
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
  const { c, stage, now, tx, policy, staff } = scope;
  stage.respondedAt = now;
  // Each remedy the response promises becomes a piece of work with an owner and a due date.
  const dueOn = remedyDueOn(policy, now); // the council's period for putting things right, from the London date
  for (const remedy of stage.remedies) {
    tx.create(RemedyAction, {
      id: randomUUID(),
      case: c,
      councilId: c.councilId,
      stage: stage.number,
      remedy,
      ownerId: c.assigneeId ?? staff.sub,
      dueOn,
      completedAt: null,
      completedBy: null,
      note: null,
      createdAt: now,
      chasedAt: null,
    });
  }
  c.status = scope.decision.to; // RESPONDED: a response without sign-off, or the sign-off
  const onTime = now.getTime() <= stage.respondDueAt.getTime();
  return {
    change: 'RESPONDED',
    notify: { kind: 'RESPONDED' },
    detail: `Response issued: ${stage.outcome!.toLowerCase().replace(/_/g, ' ')}${onTime ? '' : ` (after the deadline of ${stage.respondBy})`}`,
    onTime,
  };
}

/**
 * The stage's response: outcome, findings, remedies and lessons learned. Where the policy requires sign-off
 * (Hart Stage 2), it is drafted and issued only when signed off.
 */
export function respondToCase(scope: CommandScope, input: ResponseInput): CommandResult {
  const { stage, staff } = scope;
  checkResponse(scope.policy, {
    outcome: input.outcome,
    remedies: input.remedies ?? [],
    notInvestigatedReason: input.notInvestigatedReason,
  });
  // Lessons learned go to analysts and the scrutiny committee: nothing in them may identify the people on the case.
  const identifying = personalDetailsIn(input.lessonsLearned ?? '', [scope.c.complainant?.getEntity() ?? {}, scope.c.representative ?? {}]);
  if (identifying.length) {
    throw badInput(
      `lessonsLearned is shared with analysts and the scrutiny committee: take out ${identifying.join(', ')} ` +
        'and describe the lesson without personal details.',
      'input.lessonsLearned',
    );
  }
  stage.outcome = input.outcome;
  stage.findings = input.findings.trim();
  stage.remedies = [...new Set(input.remedies ?? [])];
  stage.lessonsLearned = input.lessonsLearned?.trim() || null;
  stage.notInvestigatedReason = input.notInvestigatedReason?.trim() || null;
  stage.handledBy = staff.sub;
  if (signOffRoleOf(scope)) {
    stage.responseDraftedAt = scope.now;
    return {
      change: 'RESPONDED',
      detail: `Response drafted (${input.outcome.toLowerCase().replace(/_/g, ' ')}); awaiting sign-off before it is issued`,
    };
  }
  return issue(scope);
}

/** Sign-off by the role the policy names (checked by the case rules); issues the drafted response. */
export function signOffResponse(scope: CommandScope): CommandResult {
  const { stage, staff } = scope;
  stage.signedOffBy = staff.sub;
  const issued = issue(scope);
  return {
    ...issued,
    change: 'SIGNED_OFF',
    detail: `Signed off by ${staff.name}; ${issued.detail.charAt(0).toLowerCase()}${issued.detail.slice(1)}`,
  };
}
