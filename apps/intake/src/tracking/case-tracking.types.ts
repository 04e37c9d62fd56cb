import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { CaseStatus, Outcome } from '@redress/policy';
import { DateScalar, EmailAddress, Reference } from '@redress/platform';

@ArgsType()
export class TrackCaseArgs {
  @Field(() => String) @Reference() reference!: string;
  @Field(() => String) @EmailAddress({ required: true }) email!: string;
}

@ObjectType('CaseTracking', { description: 'The public view of a case: no staff names, no internal notes' })
export class CaseTrackingView {
  @Field(() => String) reference!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Int) stage!: number;
  @Field(() => String) stageName!: string;
  @Field(() => DateScalar, { nullable: true }) acknowledgeBy!: string | null;
  @Field(() => DateScalar, { nullable: true }) respondBy!: string | null;
  @Field(() => Outcome, { nullable: true }) outcome!: Outcome | null;
  @Field(() => String, { description: 'How to escalate, or the Ombudsman after the final stage' }) nextSteps!: string;
}
