import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { CalendarDate, DateScalar, Nested, RequiredText, StaffId, TEXT_LIMITS, UuidOf } from '@redress/platform';

@InputType()
export class ContactRestrictionInput {
  @Field(() => ID) @UuidOf('complainant') complainantId!: string;
  @Field(() => String) @RequiredText(TEXT_LIMITS.short) reason!: string;
  @Field(() => String, { description: 'What is restricted, e.g. "telephone contact; one email a week"' })
  @RequiredText(TEXT_LIMITS.short)
  restrictions!: string;
  @Field(() => ID) @StaffId() singlePointOfContactId!: string;
  @Field(() => DateScalar) @CalendarDate() reviewOn!: string;
}

@ArgsType()
export class RestrictContactArgs {
  @Field(() => ContactRestrictionInput) @Nested() input!: ContactRestrictionInput;
}
