import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { londonDate } from '@redress/policy';
import type { IntakeContext } from '../intake.context';
import { CaseTrackingView, TrackCaseArgs } from './case-tracking.types';
import { trackCase } from './track-case';

@Resolver()
export class CaseTrackingResolver {
  @Query(() => CaseTrackingView, {
    name: 'trackCase',
    nullable: true,
    description: 'A wrong email and an unknown reference look exactly alike: null',
  })
  async trackCase(
    @Args(() => TrackCaseArgs) { reference, email }: TrackCaseArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<CaseTrackingView | null> {
    const tracked = await trackCase(ctx.em, reference, email);
    if (!tracked) return null;
    const { tracking: row } = tracked;
    return {
      reference: row.reference,
      status: row.status,
      stage: row.stage,
      stageName: row.stageName,
      acknowledgeBy: row.acknowledgeBy,
      respondBy: row.respondBy,
      outcome: row.outcome,
      findings: row.findings,
      remedies: row.remedies,
      responseStage: row.responseStage,
      responseStageName: row.responseStageName,
      respondedOn: row.respondedAt ? londonDate(row.respondedAt) : null,
      nextStage: tracked.nextStage?.number ?? null,
      nextStageName: tracked.nextStage?.name ?? null,
      finalStage: tracked.finalStage,
      nextSteps: tracked.nextSteps,
    };
  }
}
