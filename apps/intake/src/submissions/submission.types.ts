import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Channel, ComplainantType, ConsentEvidence, FeedbackKind, IntakeOutcome, Matter } from '@redress/policy';
import { DateScalar } from '@redress/platform';

@InputType()
export class ComplainantInput {
  @Field(() => ComplainantType) type!: ComplainantType;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
}

@InputType()
export class RepresentativeInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'e.g. "councillor", "advocate", "family member"' }) relationship!: string;
  @Field(() => Boolean, { nullable: true }) isCouncillor?: boolean | null;
  @Field(() => ConsentEvidence, { description: 'Confirmation from the complainant that they act for them' }) consent!: ConsentEvidence;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
}

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID) councilId!: string;
  @Field(() => FeedbackKind) kind!: FeedbackKind;
  @Field(() => Channel) channel!: Channel;
  @Field(() => String) serviceArea!: string;
  @Field(() => Matter, { nullable: true, defaultValue: Matter.SERVICE_FAILURE }) matter?: Matter | null;
  @Field(() => String) summary!: string;
  @Field(() => String) details!: string;
  @Field(() => String, { nullable: true }) desiredOutcome?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the matter arose: the time limit runs from here' }) incidentDate?: string | null;
  @Field(() => Date, { nullable: true, description: 'Defaults to now; staff may record an earlier receipt; never future' }) receivedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the complaint could not be made in time' }) lateJustification?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) safeguardingConcern?: boolean | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Go straight to Stage 1 where an informal stage exists' })
  skipInformal?: boolean | null;
  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result' }) idempotencyKey?: string | null;
  @Field(() => String, { nullable: true, description: 'For a compliment: the team or person praised' }) praised?: string | null;
  @Field(() => ComplainantInput, { nullable: true, description: 'Omitted = anonymous' }) complainant?: ComplainantInput | null;
  @Field(() => RepresentativeInput, { nullable: true }) representative?: RepresentativeInput | null;
}

@ObjectType()
@Directive('@shareable')
export class Referral {
  @Field(() => String, { description: 'e.g. "Planning appeal", "Hampshire County Council"' }) route!: string;
  @Field(() => String) detail!: string;
  @Field(() => ID, { nullable: true, description: 'Set when another council on this platform handles it' }) councilId?: string | null;
  @Field(() => String, { nullable: true, description: "The reference it was given there, when passed to another council on this platform" }) reference?: string | null;
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
