import { ArgsType, Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Channel, ComplaintCategory, ConsentEvidence, FeedbackKind, IntakeOutcome, Matter } from '@redress/policy';
import {
  AtMost,
  CalendarDate,
  CouncilId,
  DateScalar,
  EmailAddress,
  Instant,
  Nested,
  OptionalText,
  Reference,
  RequiredText,
  ServiceAreaCode,
  TEXT_LIMITS,
  ComplainantInput,
} from '@redress/platform';

/** The column lengths of the submission (submission.entity.ts): a longer value could not be stored. */
export const LIMITS = {
  summary: 200,
  details: TEXT_LIMITS.long,
  shortText: TEXT_LIMITS.short,
  name: 200,
  phone: 64,
  idempotencyKey: 200,
  praised: 200,
  localArea: 64,
  /** Every category there is: a list cannot usefully be longer. */
  categories: Object.keys(ComplaintCategory).length,
} as const;

@InputType()
export class RepresentativeInput {
  @Field(() => String) @RequiredText(LIMITS.name) name!: string;
  @Field(() => String, { description: 'e.g. "councillor", "advocate", "family member"' }) @RequiredText(LIMITS.name) relationship!: string;
  @Field(() => Boolean, { nullable: true }) isCouncillor?: boolean | null;
  @Field(() => ConsentEvidence, { description: 'Confirmation from the complainant that they act for them' }) consent!: ConsentEvidence;
  @Field(() => String, { nullable: true }) @EmailAddress() email?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.phone) phone?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.shortText) postalAddress?: string | null;
}

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => FeedbackKind) kind!: FeedbackKind;
  @Field(() => Channel) channel!: Channel;
  @Field(() => String) @ServiceAreaCode() serviceArea!: string;
  @Field(() => Matter, { nullable: true, defaultValue: Matter.SERVICE_FAILURE }) matter?: Matter | null;
  @Field(() => String) @RequiredText(LIMITS.summary) summary!: string;
  @Field(() => String) @RequiredText(LIMITS.details) details!: string;
  @Field(() => String, { nullable: true }) @OptionalText(LIMITS.shortText) desiredOutcome?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the matter arose: the time limit runs from here' })
  @CalendarDate()
  incidentDate?: string | null;
  @Field(() => Date, { nullable: true, description: 'Defaults to now; staff may record an earlier receipt; never future' })
  @Instant()
  receivedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the complaint could not be made in time' })
  @OptionalText(LIMITS.shortText)
  lateJustification?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) safeguardingConcern?: boolean | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Go straight to Stage 1 where an informal stage exists' })
  skipInformal?: boolean | null;
  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result' })
  @OptionalText(LIMITS.idempotencyKey)
  idempotencyKey?: string | null;
  @Field(() => String, { nullable: true, description: 'For a compliment: the team or person praised' })
  @OptionalText(LIMITS.praised)
  praised?: string | null;
  @Field(() => ComplainantInput, { nullable: true, description: 'Omitted = anonymous' }) @Nested() complainant?: ComplainantInput | null;
  @Field(() => RepresentativeInput, { nullable: true }) @Nested() representative?: RepresentativeInput | null;
  @Field(() => [ComplaintCategory], {
    nullable: true,
    description: 'What went wrong (Hart s.3; Hampshire "What the complaints scheme covers")',
  })
  @AtMost(LIMITS.categories)
  categories?: ComplaintCategory[] | null;
  @Field(() => String, { nullable: true, description: "A code from the council's localAreas, where the matter arose" })
  @OptionalText(LIMITS.localArea)
  localArea?: string | null;
}

@ArgsType()
export class SubmitFeedbackArgs {
  @Field(() => SubmitFeedbackInput) @Nested() input!: SubmitFeedbackInput;
}

@ArgsType()
export class ConvertToComplaintArgs {
  @Field(() => String) @Reference() reference!: string;
  @Field(() => String) @RequiredText(LIMITS.shortText) reason!: string;
}

@ObjectType()
@Directive('@shareable')
export class Referral {
  @Field(() => String, { description: 'e.g. "Planning appeal", "Hampshire County Council"' }) route!: string;
  @Field(() => String) detail!: string;
  @Field(() => ID, { nullable: true, description: 'Set when another council on this platform handles it' }) councilId?: string | null;
  @Field(() => String, { nullable: true, description: 'The reference it was given there, only when a case was opened there' })
  reference?: string | null;
}

@ObjectType()
export class SubmitFeedbackResult {
  @Field(() => String, { description: 'Unique, given to the customer, whatever the outcome' }) reference!: string;
  @Field(() => IntakeOutcome) outcome!: IntakeOutcome;
  @Field(() => String, { description: 'Plain English for the customer' }) message!: string;
  @Field(() => Referral, { nullable: true }) referral!: Referral | null;
  @Field(() => Int, { nullable: true, description: 'The stage opened (0 informal, 1, ...) when ACCEPTED' }) stage!: number | null;
  @Field(() => DateScalar, { nullable: true }) acknowledgeBy!: string | null;
  @Field(() => DateScalar, { nullable: true }) respondBy!: string | null;
}

@ObjectType({ description: 'What submitFeedback would answer, without storing anything or taking a reference' })
export class SubmissionCheck {
  @Field(() => IntakeOutcome) outcome!: IntakeOutcome;
  @Field(() => String) message!: string;
  @Field(() => Referral, { nullable: true }) referral!: Referral | null;
  @Field(() => Boolean, { description: "Past the policy's time limit: a justification is needed" }) late!: boolean;
  @Field(() => Int, { nullable: true }) stage!: number | null;
  @Field(() => DateScalar, { nullable: true }) acknowledgeBy!: string | null;
  @Field(() => DateScalar, { nullable: true }) respondBy!: string | null;
}
