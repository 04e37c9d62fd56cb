import { Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { OMBUDSMAN_REMEDY_STAGE, Remedy, londonDate } from '@redress/policy';
import { DateScalar, signedInStaff } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import type { CaseworkContext } from '../casework.context';
import { CaseView } from '../cases/case.types';
import { completeRemedyAction } from './complete-remedy-action';
import { RemedyAction } from './remedy-action.entity';
import { CompleteRemedyActionArgs, OutstandingRemedyActionsArgs } from './remedy-action.types';

@ObjectType('RemedyAction', { description: 'An agreed remedy as a piece of work, chased until done' })
export class RemedyActionView {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => Int, {
    description: `The stage whose response promised it; ${OMBUDSMAN_REMEDY_STAGE} for a recommendation of the Ombudsman`,
  })
  stage!: number;
  @Field(() => Remedy) remedy!: Remedy;
  @Field(() => ID) ownerId!: string;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Boolean, { description: 'Not done and past its due date' }) overdue!: boolean;
}

function toView(a: RemedyAction, reference: string, today: string): RemedyActionView {
  return {
    id: a.id,
    reference,
    stage: a.stage,
    remedy: a.remedy,
    ownerId: a.ownerId,
    dueOn: a.dueOn,
    completedAt: a.completedAt,
    note: a.note,
    overdue: !a.completedAt && a.dueOn < today,
  };
}

@Resolver(() => CaseView)
export class CaseRemediesResolver {
  @FieldResolver(() => [RemedyActionView], { description: 'What the council promised to do to put things right, and whether it has' })
  async remedyActions(@Root() c: CaseView, @Ctx() ctx: RequestContext): Promise<RemedyActionView[]> {
    const actions = await ctx.em.find(RemedyAction, { case: c.id }, { orderBy: { createdAt: 'asc', remedy: 'asc' } });
    const today = londonDate(ctx.now());
    return actions.map((a) => toView(a, c.reference, today));
  }
}

@Resolver()
export class RemedyActionResolver {
  @Query(() => [RemedyActionView], { description: 'Remedies promised and not yet done, oldest due first: what to chase' })
  async outstandingRemedyActions(
    @Args(() => OutstandingRemedyActionsArgs) { councilId }: OutstandingRemedyActionsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RemedyActionView[]> {
    const actions = await ctx.em.find(RemedyAction, { councilId, completedAt: null }, { orderBy: { dueOn: 'asc' }, populate: ['case'] });
    const today = londonDate(ctx.now());
    return actions.map((a) => toView(a, a.case.reference, today));
  }

  @Mutation(() => RemedyActionView, { description: 'Record that a promised remedy has been carried out' })
  async completeRemedyAction(
    @Args(() => CompleteRemedyActionArgs) { actionId, note }: CompleteRemedyActionArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<RemedyActionView> {
    const staff = signedInStaff(ctx.auth);
    const now = ctx.now();
    const action = await completeRemedyAction(ctx.em, ctx.timers, { actionId, note }, staff, now);
    return toView(action, action.case.reference, londonDate(now));
  }
}
