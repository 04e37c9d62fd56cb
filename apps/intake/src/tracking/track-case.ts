import { CaseStatus, findCouncilPolicy, longDate, nextStepsAfterResponse } from '@redress/policy';
import type { EntityManager } from '@redress/platform';
import type { CaseTracking } from './case-tracking.entity';
import { findOwnCase } from './own-case';

export interface TrackedCase {
  tracking: CaseTracking;
  /** What the resident can expect or do next, in plain English. */
  nextSteps: string;
}

function nextSteps(row: CaseTracking): string {
  switch (row.status) {
    case CaseStatus.OPEN:
      return `We are looking into your complaint under ${row.stageName} and will reply by ${longDate(row.respondBy!)}.`;
    case CaseStatus.ON_HOLD:
      return `Your complaint is paused while we wait for something we need; the time limit for our reply restarts when it resumes.`;
    case CaseStatus.WITH_OMBUDSMAN:
      return 'Your complaint is with the Local Government and Social Care Ombudsman.';
    default:
      return `We have replied under ${row.stageName}. ${nextStepsAfterResponse(findCouncilPolicy(row.councilId)!, row.stage)}`;
  }
}

/**
 * A resident follows their case with its reference and the email they gave. A wrong email, an unknown reference
 * and a case not yet opened all look alike: null.
 */
export async function trackCase(em: EntityManager, reference: string, email: string): Promise<TrackedCase | null> {
  const own = await findOwnCase(em, reference, { email });
  if (!own?.tracking) return null;
  return { tracking: own.tracking, nextSteps: nextSteps(own.tracking) };
}
