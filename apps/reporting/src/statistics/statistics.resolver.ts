import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role, StatisticsDimension } from '@redress/policy';
import { DateScalar, requireStaff } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import { statistics } from './statistics';
import { StatisticsRow } from './statistics.types';

/** Aggregates only: who may see the council's figures. */
export const FIGURES_READERS: readonly Role[] = [Role.ANALYST, Role.COMPLAINTS_COORDINATOR, Role.HEAD_OF_SERVICE];

@Resolver()
export class StatisticsResolver {
  @Query(() => [StatisticsRow], { description: 'Counts between two dates (inclusive), grouped by one dimension' })
  statistics(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('groupBy', () => StatisticsDimension) groupBy: StatisticsDimension,
    @Ctx() ctx: RequestContext,
  ): Promise<StatisticsRow[]> {
    requireStaff(ctx.auth, councilId, FIGURES_READERS);
    return statistics(ctx.em, ctx.schema, councilId, from, to, groupBy);
  }
}
