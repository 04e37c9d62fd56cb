import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { londonDate } from '@redress/policy';
import { signedInStaff } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import { annualReport, recordSelfAssessment, updateAnnualReportWords } from './annual-report';
import {
  AnnualReport,
  AnnualReportArgs,
  RecordSelfAssessmentArgs,
  SelfAssessmentItem,
  UpdateAnnualReportArgs,
} from './annual-report.types';
import { annualView, withholdsSmallNumbers } from './report-views';

@Resolver()
export class AnnualReportResolver {
  @Query(() => AnnualReport, {
    description: 'The annual complaints performance and service improvement report (Code 8): year 2026 = April 2026 to March 2027',
  })
  async annualReport(
    @Args(() => AnnualReportArgs) { councilId, year, suppressSmallNumbers }: AnnualReportArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AnnualReport> {
    const report = await annualReport(ctx.em, ctx.schema, councilId, year, londonDate(ctx.now()));
    return annualView(report, withholdsSmallNumbers(ctx.auth, suppressSmallNumbers));
  }

  @Mutation(() => SelfAssessmentItem, {
    description:
      "The complaints coordinator's assessment of one requirement of the Code for a year: evidence, commentary, " +
      'and an action with a date where not compliant',
  })
  recordSelfAssessment(
    @Args(() => RecordSelfAssessmentArgs) { councilId, year, input }: RecordSelfAssessmentArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SelfAssessmentItem> {
    return recordSelfAssessment(ctx.em, ctx.schema, signedInStaff(ctx.auth), councilId, year, input, ctx.now());
  }

  @Mutation(() => AnnualReport, { description: "The governing body's response and the Ombudsman's annual letter for a year" })
  async updateAnnualReport(
    @Args(() => UpdateAnnualReportArgs) { councilId, year, input }: UpdateAnnualReportArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AnnualReport> {
    await updateAnnualReportWords(ctx.em, ctx.schema, signedInStaff(ctx.auth), councilId, year, input, ctx.now());
    const report = await annualReport(ctx.em, ctx.schema, councilId, year, londonDate(ctx.now()));
    return annualView(report, withholdsSmallNumbers(ctx.auth, false));
  }
}
