import { CaseStatus, CodedError, escalationTarget, findCouncilPolicy, londonDate, longDate, nextStepsAfterResponse } from '@redress/policy';
import type { CouncilPolicy, EscalationState } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import type { CaseTracking } from './case-tracking.entity';
import { findOwnCase } from './own-case';

export interface TrackedCase {
  tracking: CaseTracking;
  /** What the resident can expect or do next, in plain English. */
  nextSteps: string;
  /** The stage a request for the next stage would open now (the same rule requestEscalation applies), or null. */
  nextStage: { number: number; name: string } | null;
  /** No stage is left after this one: the Ombudsman comes next. */
  finalStage: boolean;
}

/** The case as the policy's escalation rule sees it (trackCase's offer and requestEscalation's decision). */
export function escalationStateOf(row: CaseTracking): EscalationState {
  return {
    status: row.status,
    stage: row.stage,
    // A case closes only after a response: both mean the stage has replied.
    responded: row.status === CaseStatus.RESPONDED || row.status === CaseStatus.CLOSED,
    respondBy: row.respondBy ?? '',
  };
}

function nextSteps(row: CaseTracking, policy: CouncilPolicy): string {
  switch (row.status) {
    case CaseStatus.OPEN:
      return `We are looking into your complaint under ${row.stageName} and will reply by ${longDate(row.respondBy!)}.`;
    case CaseStatus.ON_HOLD:
      return `Your complaint is paused while we wait for something we need; the time limit for our reply restarts when it resumes.`;
    case CaseStatus.WITH_OMBUDSMAN:
      return 'Your complaint is with the Local Government and Social Care Ombudsman.';
    default:
      return `We have replied under ${row.stageName}. ${nextStepsAfterResponse(policy, row.stage)}`;
  }
}

/** What asking for the next stage today would open, or null where the policy would refuse it now. */
function nextStageNow(row: CaseTracking, policy: CouncilPolicy, now: Date): TrackedCase['nextStage'] {
  try {
    const target = escalationTarget(policy, escalationStateOf(row), londonDate(now));
    return { number: target.toStage, name: target.toStageName };
  } catch (err) {
    if (err instanceof CodedError) return null;
    throw err;
  }
}

/**
 * A resident follows their case with its reference and the email they gave. A wrong email, an unknown reference
 * and a case not yet opened all look alike: null.
 */
export async function trackCase(em: EntityManager, reference: string, email: string, now = new Date()): Promise<TrackedCase | null> {
  const own = await findOwnCase(em, reference, { email });
  if (!own?.tracking) return null;
  const row = own.tracking;
  const policy = findCouncilPolicy(row.councilId)!;
  return {
    tracking: row,
    nextSteps: nextSteps(row, policy),
    nextStage: nextStageNow(row, policy, now),
    finalStage: !policy.stages.some((s) => s.number > row.stage),
  };
}
