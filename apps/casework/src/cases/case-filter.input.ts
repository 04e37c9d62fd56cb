import { Field, ID, InputType, Int } from 'type-graphql';
import { CaseStatus } from '@redress/policy';

@InputType('CaseFilter')
export class CaseFilterInput {
  @Field(() => ID, { nullable: true }) councilId?: string | null;
  @Field(() => CaseStatus, { nullable: true }) status?: CaseStatus | null;
  @Field(() => Int, { nullable: true }) stage?: number | null;
  @Field(() => String, { nullable: true }) serviceArea?: string | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
}
