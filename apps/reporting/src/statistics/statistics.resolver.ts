import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { londonDate } from '@redress/policy';
import type { RequestContext } from '@redress/platform';
import { quarterlyView, withholdsSmallNumbers } from '../reports/report-views';
import { withholdRows, withholdSla, withholdTrend } from '../reports/suppression';
import { statistics } from './statistics';
import { quarterlyReport, slaCompliance, trendValues } from './figures';
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
  async statistics(
    @Args(() => StatisticsArgs) { councilId, from, to, groupBy, suppressSmallNumbers }: StatisticsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<StatisticsRow[]> {
    const rows = await statistics(ctx.em, ctx.schema, councilId, from, to, groupBy);
    return withholdsSmallNumbers(ctx.auth, suppressSmallNumbers) ? withholdRows(rows) : rows;
  }

  @Query(() => SlaCompliance, {
    description: 'Acknowledgements and responses on time between two dates, and what is open past its deadline',
  })
  async slaCompliance(
    @Args(() => SlaComplianceArgs) { councilId, from, to }: SlaComplianceArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SlaCompliance> {
    const sla = await slaCompliance(ctx.em, ctx.schema, councilId, from, to, londonDate(ctx.now()));
    return withholdsSmallNumbers(ctx.auth, false) ? withholdSla(sla) : sla;
  }

  @Query(() => [TrendPoint], { description: 'One value per month or financial quarter, for one service area or category if asked' })
  async trend(
    @Args(() => TrendArgs) { councilId, metric, interval, from, to, serviceArea, category, suppressSmallNumbers }: TrendArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<TrendPoint[]> {
    const values = await trendValues(ctx.em, ctx.schema, councilId, metric, interval, from, to, { serviceArea, category });
    return withholdTrend(values, withholdsSmallNumbers(ctx.auth, suppressSmallNumbers));
  }

  @Query(() => QuarterlyReport, { description: 'The quarterly report to scrutiny: year 2026, quarter 1 = April-June 2026' })
  async quarterlyReport(
    @Args(() => QuarterlyReportArgs) { councilId, year, quarter, suppressSmallNumbers }: QuarterlyReportArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<QuarterlyReport> {
    const report = await quarterlyReport(ctx.em, ctx.schema, councilId, year, quarter, londonDate(ctx.now()));
    return quarterlyView(report, withholdsSmallNumbers(ctx.auth, suppressSmallNumbers));
  }
}
