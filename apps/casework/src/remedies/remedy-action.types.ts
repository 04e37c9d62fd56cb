import { ArgsType, Field, ID } from 'type-graphql';
import { CouncilId, OptionalText, TEXT_LIMITS, UuidOf } from '@redress/platform';

@ArgsType()
export class OutstandingRemedyActionsArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
}

@ArgsType()
export class CompleteRemedyActionArgs {
  @Field(() => ID) @UuidOf('remedy action') actionId!: string;
  @Field(() => String, { nullable: true }) @OptionalText(TEXT_LIMITS.short) note?: string | null;
}
