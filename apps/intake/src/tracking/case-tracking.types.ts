import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { CaseStatus, Outcome, Remedy } from '@redress/policy';
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
  @Field(() => Outcome, { nullable: true, description: 'The outcome of the latest response (null until one is issued)' })
  outcome!: Outcome | null;
  @Field(() => String, { nullable: true, description: 'The reasons given in the latest response' }) findings!: string | null;
  @Field(() => [Remedy], { description: 'What the latest response promised to put things right' }) remedies!: Remedy[];
  @Field(() => Int, { nullable: true, description: 'The stage of the latest response; null until one is issued' })
  responseStage!: number | null;
  @Field(() => String, { nullable: true }) responseStageName!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The London date the latest response was issued' }) respondedOn!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The stage a request for the next stage (requestEscalation) would open now; null when none can be asked for now',
  })
  nextStage!: number | null;
  @Field(() => String, { nullable: true }) nextStageName!: string | null;
  @Field(() => Boolean, { description: 'The stage is the last of the procedure: after it, the Ombudsman' }) finalStage!: boolean;
  @Field(() => String, { description: 'How to escalate, or the Ombudsman after the final stage' }) nextSteps!: string;
}
