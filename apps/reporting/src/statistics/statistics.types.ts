import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

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
  @Field(() => Float, { nullable: true, description: 'Responded on time / responded; null when nothing was responded' }) onTimeRate!: number | null;
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
