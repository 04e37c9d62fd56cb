import type { LocalDate } from '../calendar/london-time';
import { formatLongDate } from '../calendar/london-time';
import { addWorkingDays } from '../calendar/working-days';
import type { CouncilPolicy } from '../policies/policy.types';
import { requireStage } from './stage-deadlines';

/**
 * The date the customer now expects the response by: the new date a delay notice gave, when later than the date
 * promised (Code 5). The promise itself, `respondBy`, never moves for a delay: a late answer still counts as late.
 */
export const expectedResponseDate = (respondBy: LocalDate, expectedResponseBy: LocalDate | null): LocalDate =>
  expectedResponseBy && expectedResponseBy > respondBy ? expectedResponseBy : respondBy;

/** The clock stopped while on hold: the date a delay notice gave moves by the same working days as the deadlines. */
export function expectedResponseAfterHold(
  policy: CouncilPolicy,
  expectedResponseBy: LocalDate | null,
  workingDaysHeld: number,
): LocalDate | null {
  return expectedResponseBy && addWorkingDays(expectedResponseBy, workingDaysHeld, policy.closures);
}

export interface ResponseReminderFacts {
  stage: number;
  extensionWorkingDays: number;
  respondBy: LocalDate;
  expectedResponseBy: LocalDate | null;
}

/**
 * What the handler can do when a response deadline is near (Code 5: a delay is explained, with the reason and a new
 * date): agree an extension with the customer while the policy allows one, or tell them of the delay.
 */
export function responseReminderAdvice(policy: CouncilPolicy, f: ResponseReminderFacts): string {
  const stage = requireStage(policy, f.stage);
  const delay = 'tell the customer of the delay, with the reason and a new date (notify a delay)';
  if (f.expectedResponseBy)
    return (
      `The customer was told to expect it by ${formatLongDate(f.expectedResponseBy)}; it was promised by ` +
      `${formatLongDate(f.respondBy)}, so it counts as late. If that date cannot be met either, ${delay}.`
    );
  const max = stage.maxExtensionWorkingDays;
  const left = max === null ? null : max - f.extensionWorkingDays;
  if (left !== null && left <= 0)
    return `If it cannot be sent by then, ${delay}: the extension ${policy.councilName}'s policy allows at ${stage.name} is used up.`;
  const upTo = left === null ? '' : ` (at most ${left} more working days)`;
  return `If it cannot be sent by then, agree an extension with the customer${upTo}, or ${delay}.`;
}

/** Whether an extension or delay at this stage is to be told to the complaints coordinator (Hart §6.2). */
export const informsCoordinatorOfDelay = (policy: CouncilPolicy, stage: number): boolean =>
  requireStage(policy, stage).informCoordinatorOfDelay === true;

export interface StageDelayedFacts {
  reference: string;
  stage: number;
  kind: 'EXTENDED' | 'DELAYED';
  /** The date given before, and the new one. */
  was: LocalDate;
  now: LocalDate;
  reason: string;
}

/** The STAGE_DELAYED alert: "HDC-2026-000001: Stage 2 is taking longer …". */
export function stageDelayedAlertMessage(policy: CouncilPolicy, f: StageDelayedFacts): string {
  const stage = requireStage(policy, f.stage);
  return f.kind === 'EXTENDED'
    ? `${f.reference}: ${stage.name} is taking longer: an extension was agreed with the customer (${f.reason}); ` +
        `the response is now due by ${formatLongDate(f.now)}, not ${formatLongDate(f.was)}.`
    : `${f.reference}: ${stage.name} will be answered late: the customer was told of a delay (${f.reason}) and now ` +
        `expects a reply by ${formatLongDate(f.now)}; it was promised by ${formatLongDate(f.was)}.`;
}
