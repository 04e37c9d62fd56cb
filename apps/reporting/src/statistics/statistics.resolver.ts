import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { StatisticsDimension, TrendInterval, TrendMetric, londonDate } from '@redress/policy';
import { DateScalar } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import { statistics } from './statistics';
import { quarterlyReport, slaCompliance, trend } from './figures';
import { QuarterlyReport, SlaCompliance, StatisticsRow, TrendPoint } from './statistics.types';

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
    return statistics(ctx.em, ctx.schema, councilId, from, to, groupBy);
  }

  @Query(() => SlaCompliance, { description: 'Acknowledgements and responses on time between two dates, and what is open past its deadline' })
  slaCompliance(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SlaCompliance> {
    return slaCompliance(ctx.em, ctx.schema, councilId, from, to, londonDate(ctx.now()));
  }

  @Query(() => [TrendPoint], { description: 'One value per month or financial quarter' })
  trend(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('metric', () => TrendMetric) metric: TrendMetric,
    @Arg('interval', () => TrendInterval) interval: TrendInterval,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TrendPoint[]> {
    return trend(ctx.em, ctx.schema, councilId, metric, interval, from, to);
  }

  @Query(() => QuarterlyReport, { description: 'The quarterly report to scrutiny: year 2026, quarter 1 = April-June 2026' })
  quarterlyReport(
    @Arg('councilId', () => ID) councilId: string,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int) quarter: number,
    @Ctx() ctx: RequestContext,
  ): Promise<QuarterlyReport> {
    return quarterlyReport(ctx.em, ctx.schema, councilId, year, quarter, londonDate(ctx.now()));
  }
}
