import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { AdjustmentKind, ContactPreference } from '@redress/policy';
import { AtMost, CalendarDate, ComplainantInput, DateScalar, Nested, RequiredText, StaffId, TEXT_LIMITS, UuidOf } from '@redress/platform';

/** Column lengths (complainant.entity.ts): a longer value could not be stored. */
const LIMITS = { short: TEXT_LIMITS.short } as const;

@InputType()
export class ContactRestrictionInput {
  @Field(() => ID, { nullable: true, description: 'A complainant on record; or give person instead' })
  @UuidOf('complainant')
  complainantId?: string | null;
  @Field(() => ComplainantInput, {
    nullable: true,
    description: 'Someone with no complaint yet (Hampshire: "even where a formal complaint has not been received")',
  })
  @Nested()
  person?: ComplainantInput | null;
  @Field(() => String) @RequiredText(LIMITS.short) reason!: string;
  @Field(() => String, { description: 'What is restricted, e.g. "telephone contact; one email a week"' })
  @RequiredText(LIMITS.short)
  restrictions!: string;
  @Field(() => [ContactPreference], {
    nullable: true,
    description: 'How the council will still write or speak to them (default: every way)',
  })
  @AtMost(3)
  allowedMethods?: ContactPreference[] | null;
  @Field(() => ID) @StaffId() singlePointOfContactId!: string;
  @Field(() => DateScalar) @CalendarDate() reviewOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The last day of the restriction: the duration the letter states' })
  @CalendarDate()
  endsOn?: string | null;
}

@ArgsType()
export class RestrictContactArgs {
  @Field(() => ContactRestrictionInput) @Nested() input!: ContactRestrictionInput;
}

@ArgsType()
export class LiftContactRestrictionArgs {
  @Field(() => ID) @UuidOf('contact restriction') id!: string;
  @Field(() => String) @RequiredText(LIMITS.short) reason!: string;
}

@ArgsType()
export class RecordReasonableAdjustmentArgs {
  @Field(() => ID) @UuidOf('complainant') complainantId!: string;
  @Field(() => AdjustmentKind) kind!: AdjustmentKind;
  @Field(() => String, { description: 'The need in words, e.g. "16 point print; partially sighted"' })
  @RequiredText(LIMITS.short)
  need!: string;
  @Field(() => DateScalar, { nullable: true }) @CalendarDate() reviewOn?: string | null;
}

@ArgsType()
export class SetContactPreferenceArgs {
  @Field(() => ID) @UuidOf('complainant') complainantId!: string;
  @Field(() => ContactPreference) preference!: ContactPreference;
}

@ObjectType('ReasonableAdjustment', { description: 'An adjustment a person needs (Code s.5): kept under review' })
export class ReasonableAdjustmentView {
  @Field(() => ID) id!: string;
  @Field(() => AdjustmentKind) kind!: AdjustmentKind;
  @Field(() => String) need!: string;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => DateScalar, { nullable: true }) reviewOn!: string | null;
}

@ObjectType('ContactRestriction', { description: 'An unreasonable-behaviour contact restriction (Hart s.10; Hampshire)' })
export class ContactRestrictionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) complainantId!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) restrictions!: string;
  @Field(() => [ContactPreference]) allowedMethods!: ContactPreference[];
  @Field(() => ID) singlePointOfContactId!: string;
  @Field(() => DateScalar) reviewOn!: string;
  @Field(() => DateScalar, { nullable: true }) endsOn!: string | null;
  @Field(() => Date, { nullable: true }) liftedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was lifted' }) liftReason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The restriction letter (why, what, how long), for communications to send; null for restrictions made before letters',
  })
  letter!: string | null;
}
