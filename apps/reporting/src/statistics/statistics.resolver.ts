import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { londonDate } from '@redress/policy';
import type { RequestContext } from '@redress/platform';
import { statistics } from './statistics';
import { quarterlyReport, slaCompliance, trend } from './figures';
import {
  QuarterlyReport,
  QuarterlyReportArgs,
  SlaCompliance,
  SlaComplianceArgs,
  StatisticsArgs,
  StatisticsRow,
  TrendArgs,
  TrendPoint,
} from './statistics.types';

@Resolver()
export class StatisticsResolver {
  @Query(() => [StatisticsRow], { description: 'Counts between two dates (inclusive), grouped by one dimension' })
  statistics(
    @Args(() => StatisticsArgs) { councilId, from, to, groupBy }: StatisticsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<StatisticsRow[]> {
    return statistics(ctx.em, ctx.schema, councilId, from, to, groupBy);
  }

  @Query(() => SlaCompliance, {
    description: 'Acknowledgements and responses on time between two dates, and what is open past its deadline',
  })
  slaCompliance(
    @Args(() => SlaComplianceArgs) { councilId, from, to }: SlaComplianceArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SlaCompliance> {
    return slaCompliance(ctx.em, ctx.schema, councilId, from, to, londonDate(ctx.now()));
  }

  @Query(() => [TrendPoint], { description: 'One value per month or financial quarter, for one service area or category if asked' })
  trend(
    @Args(() => TrendArgs) { councilId, metric, interval, from, to, serviceArea, category }: TrendArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<TrendPoint[]> {
    return trend(ctx.em, ctx.schema, councilId, metric, interval, from, to, { serviceArea, category });
  }

  @Query(() => QuarterlyReport, { description: 'The quarterly report to scrutiny: year 2026, quarter 1 = April-June 2026' })
  quarterlyReport(
    @Args(() => QuarterlyReportArgs) { councilId, year, quarter }: QuarterlyReportArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<QuarterlyReport> {
    return quarterlyReport(ctx.em, ctx.schema, councilId, year, quarter, londonDate(ctx.now()));
  }
}
