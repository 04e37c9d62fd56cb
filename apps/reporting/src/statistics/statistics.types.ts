import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ComplaintCategory, StatisticsDimension, TrendInterval, TrendMetric } from '@redress/policy';
import { CalendarDate, CouncilId, DateScalar, NotAfter, ServiceAreaCode, WholeNumber } from '@redress/platform';

/** Financial years the figures can be asked for (year = the year it starts: 2026 = 2026-27). */
const YEARS = { first: 2000, last: 2100 } as const;

@ArgsType()
export class StatisticsArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => DateScalar) @CalendarDate() @NotAfter('to') from!: string;
  @Field(() => DateScalar) @CalendarDate() to!: string;
  @Field(() => StatisticsDimension, {
    description:
      'CATEGORY: a complaint counts once under each category it has (two categories, two rows), or under UNCATEGORISED; ' +
      'its received counts the complaints opened as cases',
  })
  groupBy!: StatisticsDimension;
}

@ArgsType()
export class SlaComplianceArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => DateScalar) @CalendarDate() @NotAfter('to') from!: string;
  @Field(() => DateScalar) @CalendarDate() to!: string;
}

@ArgsType()
export class TrendArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => TrendMetric) metric!: TrendMetric;
  @Field(() => TrendInterval) interval!: TrendInterval;
  @Field(() => DateScalar) @CalendarDate() @NotAfter('to') from!: string;
  @Field(() => DateScalar) @CalendarDate() to!: string;
  @Field(() => String, { nullable: true, description: 'Only this service area' }) @ServiceAreaCode() serviceArea?: string | null;
  @Field(() => ComplaintCategory, { nullable: true, description: 'Only the complaints of this category' })
  category?: ComplaintCategory | null;
}

@ArgsType()
export class QuarterlyReportArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => Int) @WholeNumber(YEARS.first, YEARS.last, 'the year the financial year starts, e.g. 2026 for 2026-27') year!: number;
  @Field(() => Int) @WholeNumber(1, 4, '1 is April–June, 4 is January–March') quarter!: number;
}

@ObjectType('StatisticsRow')
export class StatisticsRow {
  @Field(() => String) key!: string;
  @Field(() => Int) received!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) upheld!: number;
  @Field(() => Int) partiallyUpheld!: number;
  @Field(() => Int) notUpheld!: number;
  @Field(() => Int) notInvestigated!: number;
  @Field(() => Int) escalated!: number;
  @Field(() => Int) respondedOnTime!: number;
  @Field(() => Int) respondedLate!: number;
  @Field(() => Float, { nullable: true }) averageWorkingDaysToRespond!: number | null;
}

@ObjectType('SlaCompliance')
export class SlaCompliance {
  @Field(() => Int) acknowledgedOnTime!: number;
  @Field(() => Int) acknowledgedLate!: number;
  @Field(() => Int) respondedOnTime!: number;
  @Field(() => Int) respondedLate!: number;
  @Field(() => Int) openOverdue!: number;
  @Field(() => Float, { nullable: true, description: 'Responded on time / responded; null when nothing was responded' }) onTimeRate!:
    number | null;
}

@ObjectType('TrendPoint')
export class TrendPoint {
  @Field(() => String) period!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('QuarterlyReport', { description: 'Financial-year quarters: year 2026, quarter 1 = April-June 2026' })
export class QuarterlyReport {
  @Field(() => ID) councilId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) quarter!: number;
  @Field(() => [StatisticsRow]) byServiceArea!: StatisticsRow[];
  @Field(() => Int) compliments!: number;
  @Field(() => SlaCompliance) sla!: SlaCompliance;
  @Field(() => Int) ombudsmanReferrals!: number;
  @Field(() => [String]) lessonsLearned!: string[];
}
