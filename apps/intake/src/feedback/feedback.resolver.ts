import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { RECORDED_FEEDBACK, endOfLondonDay, findCouncilPolicy, startOfLondonDay } from '@redress/policy';
import { audit, badInput, signedInStaff } from '@redress/platform';
import type { IntakeContext } from '../intake.context';
import { Submission } from '../submissions/submission.entity';
import { FeedbackArgs, FeedbackRecord } from './feedback.types';

@Resolver()
export class FeedbackResolver {
  @Query(() => [FeedbackRecord], {
    description: "Case handlers: the council's comments or compliments received in a period (London dates, inclusive), newest first",
  })
  async feedback(
    @Args(() => FeedbackArgs) { councilId, kind, from, to }: FeedbackArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<FeedbackRecord[]> {
    const staff = signedInStaff(ctx.auth);
    if (!findCouncilPolicy(councilId)) throw badInput(`councilId "${councilId}" is not a council on this platform.`, 'councilId');
    if (!RECORDED_FEEDBACK.includes(kind))
      throw badInput(`kind ${kind} is not feedback: choose ${RECORDED_FEEDBACK.join(' or ')}. Complaints are cases (see cases).`, 'kind');
    const rows = await ctx.em.find(
      Submission,
      { councilId, kind, receivedAt: { $gte: startOfLondonDay(from), $lte: endOfLondonDay(to) } },
      { orderBy: { receivedAt: 'desc', reference: 'desc' } },
    );
    // Reading what residents wrote is audited, like every read of personal data.
    await audit(
      ctx.em,
      staff,
      'READ_FEEDBACK',
      rows.map((s) => s.id),
      ctx.now(),
    );
    return rows.map((s) => ({
      reference: s.reference,
      kind: s.kind,
      channel: s.channel,
      serviceArea: s.serviceArea,
      summary: s.summary,
      details: s.details,
      praised: s.praised,
      receivedAt: s.receivedAt,
    }));
  }
}
