import { ArgsType, Field, ID } from 'type-graphql';
import { CouncilId, EmailAddress, RequiredText, TEXT_LIMITS } from '@redress/platform';

@ArgsType()
export class SubjectAccessExportArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => String) @EmailAddress({ required: true }) email!: string;
}

@ArgsType()
export class EraseSubjectArgs {
  @Field(() => ID) @CouncilId() councilId!: string;
  @Field(() => String) @EmailAddress({ required: true }) email!: string;
  @Field(() => String, { description: 'The request, e.g. "Erasure request received by email on 1 December 2026"' })
  @RequiredText(TEXT_LIMITS.short)
  reason!: string;
}
