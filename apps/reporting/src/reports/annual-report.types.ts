import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarDate, CouncilId, DateScalar, Nested, OptionalText, RequiredText, TEXT_LIMITS, WholeNumber } from '@redress/platform';
import {
  DecisionCount,
  PraiseCount,
  RefusalCount,
  RemedyCount,
  SlaCompliance,
  StageSlaCompliance,
  StatisticsRow,
  YEARS,
} from '../statistics/statistics.types';

const YEAR_MEANING = 'the year the financial year starts, e.g. 2026 for April 2026 to March 2027';
/** A section of the Code: "5.2". */
const SECTION_MAX_LENGTH = 16;

@ArgsType()
export class AnnualReportArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => Int) @WholeNumber(YEARS.first, YEARS.last, YEAR_MEANING) year!: number;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Withhold counts of fewer than 5 people (but some), as the Member Responsible for Complaints sees them',
  })
  suppressSmallNumbers?: boolean | null;
}

@InputType('SelfAssessmentInput')
export class SelfAssessmentInput {
  @Field(() => String, { description: 'The section of the Code, e.g. "5.2"' }) @RequiredText(SECTION_MAX_LENGTH) section!: string;
  @Field(() => Boolean) compliant!: boolean;
  @Field(() => String) @RequiredText(TEXT_LIMITS.short) evidence!: string;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_LIMITS.short) commentary?: string | null;
  @Field(() => String, { nullable: true, description: 'Where not compliant: what will change (required then)' })
  @OptionalText(TEXT_LIMITS.short)
  action?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Where not compliant: by when (required then)' })
  @CalendarDate()
  actionBy?: string | null;
}

@ArgsType()
export class RecordSelfAssessmentArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => Int) @WholeNumber(YEARS.first, YEARS.last, YEAR_MEANING) year!: number;
  @Field(() => SelfAssessmentInput) @Nested() input!: SelfAssessmentInput;
}

@InputType('AnnualReportInput')
export class AnnualReportInput {
  @Field(() => String, {
    nullable: true,
    description: "The governing body's response (Code 8.2); null or empty clears it, absent keeps it",
  })
  @OptionalText(TEXT_LIMITS.long)
  governanceResponse?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "A summary of the Ombudsman's annual letter; null or empty clears it, absent keeps it",
  })
  @OptionalText(TEXT_LIMITS.long)
  ombudsmanAnnualLetter?: string | null;
}

@ArgsType()
export class UpdateAnnualReportArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => Int) @WholeNumber(YEARS.first, YEARS.last, YEAR_MEANING) year!: number;
  @Field(() => AnnualReportInput) @Nested() input!: AnnualReportInput;
}

@ObjectType('SelfAssessmentItem', { description: 'One requirement of the Complaint Handling Code, assessed (Code 8.1 and its appendix)' })
export class SelfAssessmentItem {
  @Field(() => String, { description: 'The section of the Code, e.g. "5.2"' }) section!: string;
  @Field(() => String) requirement!: string;
  @Field(() => Boolean) compliant!: boolean;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => String, { nullable: true, description: "Why: the coordinator's words, else the policy core's finding" })
  commentary!: string | null;
  @Field(() => String, { nullable: true, description: 'Where not compliant: what will change' }) action!: string | null;
  @Field(() => DateScalar, { nullable: true }) actionBy!: string | null;
  @Field(() => Boolean, {
    description: 'Assessed by a rule of the policy core or by the complaints coordinator; false: nothing shows yet that it is met',
  })
  assessed!: boolean;
  @Field(() => [String], { description: "The policy core's compliance rules that judge this requirement from the policy itself" })
  rules!: string[];
  @Field(() => Date, { nullable: true, description: 'When the complaints coordinator last recorded it' }) recordedAt!: Date | null;
}

@ObjectType('AnnualReport', {
  description:
    'The annual complaints performance and service improvement report (Code 8). Financial years: year 2026 = April 2026 to March 2027',
})
export class AnnualReport {
  @Field(() => ID) councilId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Complaints received (taken on) in the year' }) complaints!: number;
  @Field(() => Int) compliments!: number;
  @Field(() => [StatisticsRow]) byStage!: StatisticsRow[];
  @Field(() => [StatisticsRow]) byServiceArea!: StatisticsRow[];
  @Field(() => [StatisticsRow], { description: 'A complaint counts under each of its categories, or UNCATEGORISED' })
  byCategory!: StatisticsRow[];
  @Field(() => SlaCompliance) sla!: SlaCompliance;
  @Field(() => [RefusalCount], { description: 'Complaints not taken on, by reason (Code 8.1)' }) refused!: RefusalCount[];
  @Field(() => Int) ombudsmanReferrals!: number;
  @Field(() => [DecisionCount]) ombudsmanDecisions!: DecisionCount[];
  @Field(() => Int) ombudsmanEnquiriesAnsweredOnTime!: number;
  @Field(() => Int) ombudsmanEnquiriesAnsweredLate!: number;
  @Field(() => [String], { description: 'Lessons learned from the year’s responses, then the remedy actions completed, by remedy' })
  serviceImprovements!: string[];
  @Field(() => [SelfAssessmentItem]) selfAssessment!: SelfAssessmentItem[];
  @Field(() => String, { nullable: true, description: "The governing body's response (Code 8.2)" }) governanceResponse!: string | null;
  @Field(() => String, { nullable: true }) ombudsmanAnnualLetter!: string | null;
  @Field(() => Int) comments!: number;
  @Field(() => Int) serviceRequests!: number;
  @Field(() => Int, { description: 'Stages escalated to the next in the year' }) escalations!: number;
  @Field(() => [StatisticsRow], { description: 'The year by financial quarter ("2026-Q1")' }) byQuarter!: StatisticsRow[];
  @Field(() => [StatisticsRow], { description: 'Responses by outcome' }) byOutcome!: StatisticsRow[];
  @Field(() => [StageSlaCompliance]) slaByStage!: StageSlaCompliance[];
  @Field(() => [PraiseCount]) praise!: PraiseCount[];
  @Field(() => [String]) lessonsLearned!: string[];
  @Field(() => [RemedyCount]) remedyActionsCompleted!: RemedyCount[];
  @Field(() => [String], { description: "The report's own totals withheld in the Member's view (fewer than 5): given as 0" })
  suppressed!: string[];
}
