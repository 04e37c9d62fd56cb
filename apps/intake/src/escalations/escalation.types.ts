import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { EmailAddress, Instant, Nested, Reference, RequiredText, TEXT_LIMITS, WholeNumber } from '@redress/platform';

@InputType()
export class RequestEscalationInput {
  @Field(() => String) @Reference() reference!: string;
  @Field(() => String, { nullable: true, description: "Must match the complainant's; staff with a token may omit it" })
  @EmailAddress()
  email?: string | null;
  @Field(() => String) @RequiredText(TEXT_LIMITS.short) reason!: string;
  @Field(() => Date, { nullable: true, description: 'Staff only: when the request was received' }) @Instant() receivedAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'The stage asked for; stages cannot be skipped, so the next one opens' })
  @WholeNumber(0, 9, 'a stage number: 0 informal resolution, 1, 2, 3')
  toStage?: number | null;
}

@ArgsType()
export class RequestEscalationArgs {
  @Field(() => RequestEscalationInput) @Nested() input!: RequestEscalationInput;
}

@ObjectType()
export class EscalationRequestResult {
  @Field(() => String) reference!: string;
  @Field(() => Boolean) accepted!: boolean;
  @Field(() => String) message!: string;
  @Field(() => Int, { nullable: true }) toStage!: number | null;
}
