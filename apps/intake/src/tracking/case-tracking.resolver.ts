import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { CaseStatus, findCouncilPolicy, longDate, nextStepsAfterResponse } from '@redress/policy';

import type { IntakeContext } from '../intake.context';
import { Submission } from '../submissions/submission.entity';
import { CaseTracking } from './case-tracking.entity';
import { CaseTrackingView } from './case-tracking.types';

/** What the resident can expect or do next, in plain English. */
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

@Resolver()
export class CaseTrackingResolver {
  @Query(() => CaseTrackingView, {
    name: 'trackCase',
    nullable: true,
    description: 'A wrong email and an unknown reference look exactly alike: null',
  })
  async trackCase(@Arg('reference', () => String) reference: string, @Arg('email', () => String) email: string, @Ctx() ctx: IntakeContext): Promise<CaseTrackingView | null> {
    const submission = await ctx.em.findOne(Submission, { reference: reference.trim().toUpperCase() });
    if (!submission?.complainantEmail || submission.complainantEmail !== email.trim().toLowerCase()) return null;
    const row = await ctx.em.findOne(CaseTracking, { reference: submission.reference });
    if (!row) return null;
    return { reference: row.reference, status: row.status, stage: row.stage, stageName: row.stageName, acknowledgeBy: row.acknowledgeBy, respondBy: row.respondBy, outcome: row.outcome, nextSteps: nextSteps(row) };
  }
}
