import type { LocalDate } from '../calendar/london-time';
import { endOfLondonDay, londonDate } from '../calendar/london-time';
import { addWorkingDays } from '../calendar/working-days';
import { ClockStart } from '../enums';
import { findStage } from '../policies/council-policies';
import type { CouncilPolicy, StagePolicy } from '../policies/policy.types';
import { badInput } from '../coded-error';

export interface StageDeadlines {
  acknowledgeBy: LocalDate;
  respondBy: LocalDate;
  /** End of the acknowledgeBy day, London time, as a UTC instant. */
  acknowledgeDueAt: Date;
  respondDueAt: Date;
}

export interface StageDeadlinesInput {
  policy: CouncilPolicy;
  stage: number;
  /** When the stage opened: receipt of the complaint, or of the escalation request. Day 0 is its London date. */
  openedAt: Date;
  acknowledgedAt?: Date | null;
  /** Agreed with the customer; at most the stage's maxExtensionWorkingDays. */
  extensionWorkingDays?: number;
  /** Working days the stage has spent on hold: every deadline not yet met moves by this many. */
  workingDaysOnHold?: number;
  /**
   * Of those, the days on hold before the acknowledgement. Where the response clock runs from acknowledgement
   * they were already absorbed by the later acknowledgement, so they do not move the response deadline again.
   */
  workingDaysOnHoldBeforeAcknowledgement?: number;
}

export function requireStage(policy: CouncilPolicy, stage: number): StagePolicy {
  const found = findStage(policy, stage);
  if (!found) throw badInput(`${policy.councilName}'s procedure has no stage ${stage}.`);
  return found;
}

/** The name the services first used for requireStage. */
export const stagePolicy = requireStage;
export type StageDeadlineInput = StageDeadlinesInput;

function wholeDays(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0) throw badInput(`${what} must be a whole number of working days, 0 or more (got ${value}).`);
  return value;
}

/** The most a stage may be extended, with a message when a request goes beyond it. */
export function checkExtension(stage: StagePolicy, extensionWorkingDays: number): number {
  const days = wholeDays(extensionWorkingDays, 'An extension');
  const max = stage.maxExtensionWorkingDays;
  if (max !== null && days > max) {
    throw badInput(`${stage.name} can be extended by at most ${max} working days in total; ${days} were asked for.`);
  }
  return days;
}

/**
 * A stage's deadlines (DESIGN "Deadline rules"): day 0 is the London date the stage opened; a deadline of N working
 * days is the Nth working day after day 0, due at the end of that London day. A response clock that runs from
 * acknowledgement counts from acknowledgeBy until the acknowledgement happens, then from its date.
 * Deadlines already met are history: the caller keeps their stored dates.
 */
export function stageDeadlines(input: StageDeadlinesInput): StageDeadlines {
  const { policy } = input;
  const stage = requireStage(policy, input.stage);
  const extension = checkExtension(stage, input.extensionWorkingDays ?? 0);
  const held = wholeDays(input.workingDaysOnHold ?? 0, 'Days on hold');
  const heldBeforeAck = wholeDays(input.workingDaysOnHoldBeforeAcknowledgement ?? 0, 'Days on hold before acknowledgement');
  if (heldBeforeAck > held) throw badInput('Days on hold before acknowledgement cannot exceed the days on hold.');
  const day0 = londonDate(input.openedAt);
  const closures = policy.closures;
  const acknowledgeBy = addWorkingDays(day0, stage.acknowledgeWithinWorkingDays + held, closures);

  let respondBy: LocalDate;
  if (stage.responseClockFrom === ClockStart.RECEIPT) {
    respondBy = addWorkingDays(day0, stage.respondWithinWorkingDays + extension + held, closures);
  } else if (input.acknowledgedAt) {
    const ackDate = londonDate(input.acknowledgedAt);
    if (ackDate < day0) throw badInput('A stage cannot be acknowledged before it was opened.');
    respondBy = addWorkingDays(ackDate, stage.respondWithinWorkingDays + extension + held - heldBeforeAck, closures);
  } else {
    // Not yet acknowledged: the latest the clock can start is acknowledgeBy (which already includes the hold).
    respondBy = addWorkingDays(acknowledgeBy, stage.respondWithinWorkingDays + extension, closures);
  }
  return { acknowledgeBy, respondBy, acknowledgeDueAt: endOfLondonDay(acknowledgeBy), respondDueAt: endOfLondonDay(respondBy) };
}
