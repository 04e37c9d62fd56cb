import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { CaseStatus } from '@redress/policy';
import type { IntakeContext } from '../intake.context';
import { Submission } from '../submissions/submission.entity';
import { CaseTracking } from './case-tracking.entity';
import { CaseTrackingView } from './case-tracking.types';

function nextSteps(row: CaseTracking): string {
  if (row.status === CaseStatus.OPEN) return `We are looking into your complaint at ${row.stageName}. We will reply by ${row.respondBy}.`;
  return `Your complaint is ${row.status.toLowerCase().replace('_', ' ')} at ${row.stageName}.`;
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
