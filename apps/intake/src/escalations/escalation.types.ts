import { Field, InputType, Int, ObjectType } from 'type-graphql';

@InputType()
export class RequestEscalationInput {
  @Field(() => String) reference!: string;
  @Field(() => String, { nullable: true, description: "Must match the complainant's; staff with a token may omit it" }) email?: string | null;
  @Field(() => String) reason!: string;
  @Field(() => Date, { nullable: true, description: 'Staff only: when the request was received' }) receivedAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'The stage asked for; stages cannot be skipped, so the next one opens' }) toStage?: number | null;
}

@ObjectType()
export class EscalationRequestResult {
  @Field(() => String) reference!: string;
  @Field(() => Boolean) accepted!: boolean;
  @Field(() => String) message!: string;
  @Field(() => Int, { nullable: true }) toStage!: number | null;
}
