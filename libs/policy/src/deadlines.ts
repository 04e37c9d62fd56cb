import { ClockStart } from './enums';
import type { LocalDate } from './calendar/local-date';
import { addWorkingDays, endOfLondonDay, londonDate } from './calendar/working-days';
import { PolicyViolation } from './policy-violation';
import type { CouncilPolicy, StagePolicy } from './types';

export interface StageDeadlines { acknowledgeBy: LocalDate; respondBy: LocalDate; acknowledgeDueAt: Date; respondDueAt: Date }

export interface StageDeadlineInput {
  policy: CouncilPolicy;
  stage: number;
  /** Receipt of the complaint, or of the request for this stage: its London date is day 0. */
  openedAt: Date;
  acknowledgedAt?: Date | null;
  extensionWorkingDays?: number;
  workingDaysOnHold?: number;
}

export function stagePolicy(policy: CouncilPolicy, stage: number): StagePolicy {
  const found = policy.stages.find((s) => s.number === stage);
  if (!found) throw new PolicyViolation('BAD_USER_INPUT', `${policy.councilName}'s procedure has no stage ${stage}.`);
  return found;
}

/**
 * A stage's deadlines. Day 0 is the London date it opened; N working days is the Nth working day after,
 * due at the end of that London day. A response clock that runs from acknowledgement counts from the
 * acknowledgement, or, before there is one, from the latest it may happen. Agreed extensions (capped by
 * the policy) and working days on hold move the response deadline; days on hold move the acknowledgement
 * deadline too.
 */
export function stageDeadlines(input: StageDeadlineInput): StageDeadlines {
  const { policy } = input;
  const stage = stagePolicy(policy, input.stage);
  const extension = input.extensionWorkingDays ?? 0;
  const held = input.workingDaysOnHold ?? 0;
  if (stage.maxExtensionWorkingDays !== null && extension > stage.maxExtensionWorkingDays) {
    throw new PolicyViolation('BAD_USER_INPUT', `${policy.councilName}'s policy allows at most ${stage.maxExtensionWorkingDays} working days of extension at ${stage.name}.`, 'workingDays');
  }
  const day0 = londonDate(input.openedAt);
  const acknowledgeBy = addWorkingDays(day0, stage.acknowledgeWithinWorkingDays + held, policy.closures);
  // Days on hold are added once, to the response count, whichever day the clock starts from.
  const latestAcknowledgement = addWorkingDays(day0, stage.acknowledgeWithinWorkingDays, policy.closures);
  const clockStart =
    stage.responseClockFrom === ClockStart.ACKNOWLEDGEMENT ? (input.acknowledgedAt ? londonDate(input.acknowledgedAt) : latestAcknowledgement) : day0;
  const respondBy = addWorkingDays(clockStart, stage.respondWithinWorkingDays + extension + held, policy.closures);
  return { acknowledgeBy, respondBy, acknowledgeDueAt: endOfLondonDay(acknowledgeBy), respondDueAt: endOfLondonDay(respondBy) };
}
