import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Channel, FeedbackKind } from '@redress/policy';
import { CalendarDate, CouncilId, DateScalar, NotAfter } from '@redress/platform';

@ArgsType()
export class FeedbackArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => FeedbackKind, { description: 'COMMENT or COMPLIMENT' }) kind!: FeedbackKind;
  @Field(() => DateScalar, { description: 'First London date received, inclusive' }) @CalendarDate() @NotAfter('to') from!: string;
  @Field(() => DateScalar, { description: 'Last London date received, inclusive' }) @CalendarDate() to!: string;
}

@ObjectType({ description: 'A comment or compliment, for staff (Hart section 1: "highlight compliments about individuals or teams")' })
export class FeedbackRecord {
  @Field(() => String) reference!: string;
  @Field(() => FeedbackKind) kind!: FeedbackKind;
  @Field(() => Channel) channel!: Channel;
  @Field(() => String) serviceArea!: string;
  @Field(() => String) summary!: string;
  @Field(() => String) details!: string;
  @Field(() => String, { nullable: true, description: 'For a compliment: the team or person praised' }) praised!: string | null;
  @Field(() => Date) receivedAt!: Date;
}
