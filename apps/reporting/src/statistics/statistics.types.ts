import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ComplaintCategory, OmbudsmanDecision, Remedy, StatisticsDimension, TrendInterval, TrendMetric } from '@redress/policy';
import { CalendarDate, CouncilId, DateScalar, NotAfter, ServiceAreaCode, WholeNumber } from '@redress/platform';

/** Financial years the figures can be asked for (year = the year it starts: 2026 = 2026-27). */
export const YEARS = { first: 2000, last: 2100 } as const;

const SMALL_NUMBERS =
  'Withhold counts of fewer than 5 people (but some), as the Member Responsible for Complaints sees them: always so for a ' +
  'caller whose only figures role is MEMBER';
const SUPPRESSED =
  'The count fields of this row withheld because they count fewer than 5 people (or would give such a count away): shown as ' +
  '"fewer than 5", and given here as 0. Empty unless small numbers are withheld (the Member\'s view)';

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
  @Field(() => Boolean, { nullable: true, description: SMALL_NUMBERS }) suppressSmallNumbers?: boolean | null;
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
  @Field(() => Boolean, { nullable: true, description: SMALL_NUMBERS }) suppressSmallNumbers?: boolean | null;
}

@ArgsType()
export class QuarterlyReportArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => Int) @WholeNumber(YEARS.first, YEARS.last, 'the year the financial year starts, e.g. 2026 for 2026-27') year!: number;
  @Field(() => Int) @WholeNumber(1, 4, '1 is April–June, 4 is January–March') quarter!: number;
  @Field(() => Boolean, { nullable: true, description: SMALL_NUMBERS }) suppressSmallNumbers?: boolean | null;
}

@ObjectType('StatisticsRow')
export class StatisticsRow {
  @Field(() => String) key!: string;
  @Field(() => Int, { description: 'Complaints received (taken on: a case was opened); the next three are counted apart' })
  received!: number;
  @Field(() => Int, { description: 'Compliments recorded' }) compliments!: number;
  @Field(() => Int, { description: 'Comments recorded' }) comments!: number;
  @Field(() => Int, { description: 'Service requests passed to the service' }) serviceRequests!: number;
  @Field(() => Int, {
    description:
      'Contacts of any kind not taken on here: referred elsewhere, refused, or sent back for what was missing ' +
      "(complaints by reason in the reports' refused)",
  })
  notTakenOn!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) upheld!: number;
  @Field(() => Int) partiallyUpheld!: number;
  @Field(() => Int) notUpheld!: number;
  @Field(() => Int) notInvestigated!: number;
  @Field(() => Int) escalated!: number;
  @Field(() => Int) respondedOnTime!: number;
  @Field(() => Int) respondedLate!: number;
  @Field(() => Float, { nullable: true, description: 'null when nothing was responded, or (withheld) when fewer than 5 were' })
  averageWorkingDaysToRespond!: number | null;
  @Field(() => [String], { description: SUPPRESSED }) suppressed!: string[];
}

@ObjectType('SlaCompliance')
export class SlaCompliance {
  @Field(() => Int) acknowledgedOnTime!: number;
  @Field(() => Int) acknowledgedLate!: number;
  @Field(() => Int) respondedOnTime!: number;
  @Field(() => Int) respondedLate!: number;
  @Field(() => Int) openOverdue!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Responded on time / responded; null when nothing was responded (or fewer than 5, withheld)',
  })
  onTimeRate!: number | null;
  @Field(() => [String], { description: SUPPRESSED }) suppressed!: string[];
}

@ObjectType('TrendPoint')
export class TrendPoint {
  @Field(() => String) period!: string;
  @Field(() => Float) value!: number;
  @Field(() => Boolean, {
    description:
      'A count, or a rate over, fewer than 5 people (but some), withheld in the Member\'s view: value is then 0, shown as "fewer than 5"',
  })
  suppressed!: boolean;
}

@ObjectType('DecisionCount')
export class DecisionCount {
  @Field(() => OmbudsmanDecision) decision!: OmbudsmanDecision;
  @Field(() => Int) count!: number;
  @Field(() => [String], { description: SUPPRESSED }) suppressed!: string[];
}

@ObjectType('PraiseCount', { description: 'Compliments by service area (who was praised stays with intake, for case handlers)' })
export class PraiseCount {
  @Field(() => String) serviceArea!: string;
  @Field(() => Int) count!: number;
  @Field(() => [String], { description: SUPPRESSED }) suppressed!: string[];
}

@ObjectType('RefusalCount', { description: 'Complaints not taken on, by reason (Code 8.1), each dated by its own event' })
export class RefusalCount {
  @Field(() => String, { description: 'A Matter with its own procedure, or OTHER_AUTHORITY, OWN_PROCEDURE, ANONYMOUS, OUT_OF_TIME …' })
  reason!: string;
  @Field(() => String, { description: 'The reason in plain English' }) description!: string;
  @Field(() => Int) count!: number;
  @Field(() => [String], { description: SUPPRESSED }) suppressed!: string[];
}

@ObjectType('RemedyCount', { description: 'Remedy actions carried out, by remedy (null: an action recorded before the remedy was sent)' })
export class RemedyCount {
  @Field(() => Remedy, { nullable: true }) remedy!: Remedy | null;
  @Field(() => Int) count!: number;
  @Field(() => [String], { description: SUPPRESSED }) suppressed!: string[];
}

@ObjectType('StageSlaCompliance', { description: 'SLA compliance at one stage (0 informal, 1, 2, 3)' })
export class StageSlaCompliance {
  @Field(() => Int) stage!: number;
  @Field(() => SlaCompliance) sla!: SlaCompliance;
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
  @Field(() => Int, { description: 'Complaints received (taken on) in the quarter' }) complaints!: number;
  @Field(() => [StatisticsRow]) byStage!: StatisticsRow[];
  @Field(() => [StatisticsRow], { description: 'A complaint counts under each of its categories, or UNCATEGORISED' })
  byCategory!: StatisticsRow[];
  @Field(() => [DecisionCount]) ombudsmanDecisions!: DecisionCount[];
  @Field(() => [PraiseCount]) praise!: PraiseCount[];
  @Field(() => [RefusalCount]) refused!: RefusalCount[];
  @Field(() => [TrendPoint], { description: 'Complaints received in each of the last eight quarters, this one last' })
  lastEightQuarters!: TrendPoint[];
  @Field(() => Int) comments!: number;
  @Field(() => Int) serviceRequests!: number;
  @Field(() => [StatisticsRow], { description: 'Responses by outcome' }) byOutcome!: StatisticsRow[];
  @Field(() => [StageSlaCompliance]) slaByStage!: StageSlaCompliance[];
  @Field(() => Int, { description: 'Stages escalated to the next in the quarter' }) escalations!: number;
  @Field(() => [String], { description: "The report's own totals withheld in the Member's view (fewer than 5): given as 0" })
  suppressed!: string[];
}
