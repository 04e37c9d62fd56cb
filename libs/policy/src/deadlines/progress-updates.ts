import type { LocalDate } from '../calendar/london-time';
import { londonDate, startOfLondonDay } from '../calendar/london-time';
import { addWorkingDays } from '../calendar/working-days';
import { CaseStatus } from '../enums';
import type { CouncilPolicy } from '../policies/policy.types';
import { requireStage } from './stage-deadlines';

/** What decides whether a case is owed a progress update, and when. */
export interface ProgressUpdateFacts {
  stage: number;
  status: CaseStatus;
  /** No one to write to. */
  anonymous: boolean;
  stageOpenedAt: Date;
  extensionWorkingDays: number;
  expectedResponseBy: LocalDate | null;
  /** The last message to the customer, at any stage; null when none was sent. */
  lastCustomerMessageAt: Date | null;
}

/**
 * Working days without a message after which the customer is sent a progress update (Hampshire appendix 1 "kept
 * informed and provided with regular updates"; Hart §6.2 "keep the customer updated on its progress", for a Stage 2
 * that takes longer), or null: none now. Only an open case: one on hold was told it is paused, and an answered one
 * has its answer.
 */
export function progressUpdateInterval(policy: CouncilPolicy, f: ProgressUpdateFacts): number | null {
  const stage = requireStage(policy, f.stage);
  const every = stage.progressUpdateEveryWorkingDays ?? null;
  if (every === null || f.status !== CaseStatus.OPEN || f.anonymous) return null;
  const delayed = f.extensionWorkingDays > 0 || f.expectedResponseBy !== null;
  return stage.progressUpdatesOnlyWhenDelayed && !delayed ? null : every;
}

/** The London date the next progress update is due: that many working days after the last message, or the stage's opening. */
export function nextProgressUpdateOn(policy: CouncilPolicy, f: ProgressUpdateFacts): LocalDate | null {
  const every = progressUpdateInterval(policy, f);
  if (every === null) return null;
  const last = f.lastCustomerMessageAt && f.lastCustomerMessageAt > f.stageOpenedAt ? f.lastCustomerMessageAt : f.stageOpenedAt;
  return addWorkingDays(londonDate(last), every, policy.closures);
}

const NINE_HOURS_MS = 9 * 3600 * 1000;

/** When an update due on `date` is sent: nine hours into the London day (09:00; an hour out on the days the clocks change). */
export const progressUpdateAt = (date: LocalDate): Date => new Date(startOfLondonDay(date).getTime() + NINE_HOURS_MS);

/** Whether a progress update is owed now (at most one a period: the update itself is the last message). */
export function progressUpdateDue(policy: CouncilPolicy, f: ProgressUpdateFacts, now: Date): boolean {
  const on = nextProgressUpdateOn(policy, f);
  return on !== null && now.getTime() >= progressUpdateAt(on).getTime();
}
