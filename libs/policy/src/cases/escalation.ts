import type { LocalDate } from '../calendar/london-time';
import { formatLongDate, londonDate } from '../calendar/london-time';
import type { StageDeadlines } from '../deadlines/stage-deadlines';
import { requireStage, stageDeadlines } from '../deadlines/stage-deadlines';
import { CaseStatus } from '../enums';
import { LGSCO } from '../policies/contacts';
import type { CouncilPolicy } from '../policies/policy.types';
import type { PolicyViolationCode } from '../coded-error';

/** Where a customer can go once the council's procedure is exhausted. */
export function ombudsmanRoute(policy: Pick<CouncilPolicy, 'ombudsman'> = { ombudsman: LGSCO }): string {
  const o = policy.ombudsman;
  // As the seeds print them: "www.lgo.org.uk, telephone 0300 061 0614, or write to …".
  const ways = [
    o.website,
    o.email && `email ${o.email}`,
    o.telephone && `telephone ${o.telephone}`,
    o.postalAddress && `or write to ${o.postalAddress}`,
  ].filter(Boolean);
  return `If you remain dissatisfied you can ask the ${o.name} to look at your complaint: ${ways.join(', ')}.`;
}

export interface EscalationInput {
  policy: CouncilPolicy;
  /** The case's current stage. */
  stage: number;
  status: CaseStatus;
  /** When the current stage's response was issued, if it has been. */
  respondedAt: Date | null;
  /** The current stage's response deadline (end of its London day). */
  respondDueAt: Date;
  /** When the request was made: day 0 of the next stage. */
  now: Date;
  /** The stage the customer asked for, if they named one. */
  requestedStage?: number | null;
}

export type EscalationCheck =
  | { allowed: true; toStage: number; toStageName: string; message: string; deadlines: StageDeadlines }
  | { allowed: false; code: PolicyViolationCode; message: string; toStage: null; ombudsman: boolean };

const refuse = (code: PolicyViolationCode, message: string, ombudsman = false): EscalationCheck => ({
  allowed: false,
  code,
  message,
  toStage: null,
  ombudsman,
});

/** Why the case cannot move now, or null when it can. */
function refusal(input: EscalationInput, stageName: string, nextName: string, respondBy: LocalDate): EscalationCheck | null {
  const { policy, status } = input;
  if (status === CaseStatus.WITH_OMBUDSMAN)
    return refuse('CONFLICT', `Your complaint is with the ${policy.ombudsman.name}, who will decide what happens next.`, true);
  if (status === CaseStatus.ON_HOLD)
    return refuse(
      'CONFLICT',
      `Your complaint is on hold at ${stageName}, so its clock is stopped. We will tell you when work on it restarts.`,
    );
  if (input.requestedStage != null && input.requestedStage <= input.stage)
    return refuse('BAD_USER_INPUT', `Your complaint is already at ${stageName}.`);
  const answered = Boolean(input.respondedAt) || status === CaseStatus.RESPONDED || status === CaseStatus.CLOSED;
  if (!answered && input.now.getTime() <= input.respondDueAt.getTime()) {
    return refuse(
      'CONFLICT',
      `Your complaint is at ${stageName}, which has not replied yet and its deadline ` +
        `(${respondBy}) has not passed: we will reply by ${formatLongDate(respondBy)}. ` +
        `If you are unhappy with our reply, or we have not replied by then, you can ask for ${nextName}.`,
    );
  }
  return null;
}

/**
 * DESIGN "Decisions": escalation is allowed once the current stage has responded or its response deadline has
 * passed, and always opens the next stage (asking for Stage 3 from Stage 1 opens Stage 2, and says why). After
 * the final stage the answer is the Ombudsman.
 */
export function canEscalate(input: EscalationInput): EscalationCheck {
  const { policy } = input;
  const current = requireStage(policy, input.stage);
  const next = policy.stages.find((s) => s.number > current.number);
  if (!next) {
    return refuse(
      'BAD_USER_INPUT',
      `${current.name} is the last stage of ${policy.councilName}'s complaints procedure. ${ombudsmanRoute(policy)}`,
      true,
    );
  }
  const refused = refusal(input, current.name, next.name, londonDate(input.respondDueAt));
  if (refused) return refused;
  const deadlines = stageDeadlines({ policy, stage: next.number, openedAt: input.now });
  const skipped =
    input.requestedStage != null && input.requestedStage > next.number
      ? ` Stages cannot be skipped: ${next.name} has to be completed before Stage ` +
        `${input.requestedStage}, so your complaint moves to ${next.name}.`
      : '';
  const message =
    `Your complaint will now be looked at under ${next.name} of ${policy.councilName}'s ` +
    `complaints procedure, by ${next.handlerDescription}.${skipped} ` +
    `We will acknowledge it by ${formatLongDate(deadlines.acknowledgeBy)} and aim ` +
    `to respond in full by ${formatLongDate(deadlines.respondBy)}.`;
  return { allowed: true, toStage: next.number, toStageName: next.name, message, deadlines };
}
