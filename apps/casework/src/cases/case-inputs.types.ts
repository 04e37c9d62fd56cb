import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  CaseOrder,
  CaseStatus,
  Channel,
  ComplaintCategory,
  ContactDirection,
  HoldReason,
  OmbudsmanDecision,
  Outcome,
  Remedy,
} from '@redress/policy';
import {
  AtMost,
  CalendarDate,
  CouncilId,
  DateScalar,
  ExternalReference,
  Instant,
  Nested,
  OptionalText,
  Reference,
  RequiredText,
  SearchTerm,
  ServiceAreaCode,
  ServiceAreaCodes,
  SomeOf,
  StaffId,
  StaffIds,
  TEXT_LIMITS,
  UuidOf,
  WholeNumber,
} from '@redress/platform';

/*
 * What casework's queries and mutations take, and the shape each argument must have (checked by class-validator at
 * the GraphQL edge; a failure names the argument path, e.g. `input.summary`). Whether the action is allowed, and
 * the policy's own limits (an extension's maximum…), are the policy core's.
 */

/** Column lengths (case.entity.ts) and limits on what is written to the timeline. */
export const LIMITS = { ombudsmanReference: 64, contactSummary: 5_000, short: TEXT_LIMITS.short, long: TEXT_LIMITS.long } as const;
/** About a year of working days: a longer extension is a typing slip (the policy's own maximum is checked by the policy core). */
const MOST_EXTENSION_WORKING_DAYS = 260;
/** Stage numbers: 0 informal resolution, 1, 2, 3. */
const STAGES = { first: 0, last: 9 } as const;
const REMEDIES = Object.keys(Remedy).length;
const CATEGORIES = Object.keys(ComplaintCategory).length;
const STATUSES = Object.keys(CaseStatus).length;
/** More staff than this named on one complaint is a slip (a whole team pasted in). */
const MOST_STAFF_INVOLVED = 20;

@InputType()
export class ContactInput {
  @Field(() => ContactDirection) direction!: ContactDirection;
  @Field(() => Channel) channel!: Channel;
  @Field(() => String) @RequiredText(LIMITS.contactSummary) summary!: string;
  @Field(() => Date, { nullable: true }) @Instant() at?: Date | null;
}

@InputType()
export class OmbudsmanDecisionInput {
  @Field(() => OmbudsmanDecision) decision!: OmbudsmanDecision;
  @Field(() => String) @RequiredText(LIMITS.long) summary!: string;
  @Field(() => [Remedy], { nullable: true }) @AtMost(REMEDIES) remedies?: Remedy[] | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.short) reason?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "The date the Ombudsman set for the council to carry out its recommendations; without it, the council's own remedy period",
  })
  @CalendarDate()
  dueOn?: string | null;
}

@InputType()
export class CaseResponseInput {
  @Field(() => Outcome) outcome!: Outcome;
  @Field(() => String) @RequiredText(LIMITS.long) findings!: string;
  @Field(() => [Remedy], { nullable: true }) @AtMost(REMEDIES) remedies?: Remedy[] | null;
  @Field(() => String, { nullable: true, description: 'Written for sharing: no personal data' })
  @OptionalText(LIMITS.short)
  lessonsLearned?: string | null;
  @Field(() => String, { nullable: true, description: 'Required with NOT_INVESTIGATED' })
  @OptionalText(LIMITS.short)
  notInvestigatedReason?: string | null;
}

@InputType('CaseFilter')
export class CaseFilterInput {
  @Field(() => ID, { nullable: true }) @CouncilId() councilId?: string | null;
  @Field(() => CaseStatus, { nullable: true }) status?: CaseStatus | null;
  @Field(() => [CaseStatus], {
    nullable: true,
    description:
      'Any of these statuses, e.g. [OPEN, ON_HOLD] for the cases still being worked. ' +
      'With status as well, both apply: only the cases whose status is that one and is in this list',
  })
  @SomeOf(STATUSES, 'e.g. [OPEN, ON_HOLD] for the cases still being worked, or leave statuses out for any status')
  statuses?: CaseStatus[] | null;
  @Field(() => Int, { nullable: true }) @WholeNumber(STAGES.first, STAGES.last, 'a stage number: 0 informal resolution, 1, 2, 3') stage?:
    number | null;
  @Field(() => String, { nullable: true }) @ServiceAreaCode() serviceArea?: string | null;
  @Field(() => ID, { nullable: true }) @StaffId() assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: "A reference, or the complainant's name, email or phone (audited)" })
  @OptionalText(200)
  @SearchTerm()
  search?: string | null;
  @Field(() => Boolean, { nullable: true }) unassigned?: boolean | null;
  @Field(() => [String], { nullable: true, description: "A team's queue: any of these service areas" })
  @ServiceAreaCodes()
  serviceAreas?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Not yet late, and to be answered within this many London working days' })
  @WholeNumber(0, 260, 'working days')
  dueWithinWorkingDays?: number | null;
  @Field(() => Boolean, { nullable: true }) awaitingSignOff?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Received after the time limit' }) lateComplaint?: boolean | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Queries (case.resolver.ts)

@ArgsType()
export class CaseByReferenceArgs {
  @Field(() => String) @Reference() reference!: string;
}

@ArgsType()
export class CasesArgs {
  @Field(() => CaseFilterInput, { nullable: true }) @Nested() filter?: CaseFilterInput | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @WholeNumber(1, 100, 'cases on one page') first?: number | null;
  @Field(() => String, { nullable: true }) @OptionalText(200) after?: string | null;
  @Field(() => CaseOrder, { nullable: true, defaultValue: CaseOrder.OLDEST_FIRST }) orderBy?: CaseOrder | null;
}

@ArgsType()
export class StaffDirectoryArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations (case-mutations.resolver.ts): each names its case first (declared in each class, not inherited, so
// that a problem with it is the one reported first: class-validator checks a class's own properties before inherited ones).

@ArgsType()
export class CaseArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
}

@ArgsType()
export class AssignCaseArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => ID) @StaffId() assigneeId!: string;
}

@ArgsType()
export class AgreeExtensionArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => Int) @WholeNumber(1, MOST_EXTENSION_WORKING_DAYS, 'working days added to the response deadline') workingDays!: number;
  @Field(() => String) @RequiredText(LIMITS.short) reason!: string;
}

@ArgsType()
export class HoldCaseArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => HoldReason) reason!: HoldReason;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.short) note?: string | null;
}

@ArgsType()
export class RespondToCaseArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => CaseResponseInput) @Nested() input!: CaseResponseInput;
}

@ArgsType()
export class EscalateCaseArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => String) @RequiredText(LIMITS.short) reason!: string;
}

@ArgsType()
export class AgreeStatementArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => String) @RequiredText(LIMITS.long) statement!: string;
}

@ArgsType()
export class ReferToOmbudsmanArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => String) @ExternalReference(LIMITS.ombudsmanReference) ombudsmanReference!: string;
  @Field(() => DateScalar, { nullable: true, description: "The date the Ombudsman asked for the council's answer by: chased with timers" })
  @CalendarDate()
  enquiryRespondBy?: string | null;
}

@ArgsType()
export class AnswerOmbudsmanEnquiryArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => String) @RequiredText(LIMITS.long) summary!: string;
}

@ArgsType()
export class RecordOmbudsmanDecisionArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => OmbudsmanDecisionInput) @Nested() input!: OmbudsmanDecisionInput;
}

@ArgsType()
export class RecordContactArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => ContactInput) @Nested() input!: ContactInput;
}

@ArgsType()
export class ReturnForChangesArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => String, { description: 'What must change before it is signed off' }) @RequiredText(LIMITS.short) reason!: string;
}

@ArgsType()
export class NotifyDelayArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => DateScalar, { description: 'The new date the customer can expect the response by' }) @CalendarDate() newRespondBy!: string;
  @Field(() => String, { description: 'Why it is late: told to the customer' }) @RequiredText(LIMITS.short) reason!: string;
}

@ArgsType()
export class DecideLateComplaintArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => Boolean, { description: 'true: the complaint is considered; false: it is not investigated, and closes' }) accept!: boolean;
  @Field(() => String, { description: 'Why: told to the customer' }) @RequiredText(LIMITS.short) reason!: string;
}

@ArgsType()
export class SetCaseCategoriesArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => [ComplaintCategory]) @SomeOf(CATEGORIES, 'OTHER_UNFAIRNESS when none of the others fits') categories!: ComplaintCategory[];
}

@ArgsType()
export class SetStaffInvolvedArgs {
  @Field(() => ID) @UuidOf('case') caseId!: string;
  @Field(() => [ID], { description: 'Everyone the complaint is about (an empty list: nobody)' })
  @StaffIds(MOST_STAFF_INVOLVED)
  staffIds!: string[];
}
