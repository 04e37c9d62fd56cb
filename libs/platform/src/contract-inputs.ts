import { Field, InputType } from 'type-graphql';
import { ComplainantType, ContactPreference } from '@redress/policy';
import { EmailAddress, OptionalText, RequiredText, TEXT_LIMITS } from './validation';

/** The column lengths of a person's details (intake's submission, casework's complainant): a longer value could not be stored. */
export const PERSON_LIMITS = { name: 200, phone: 64, postalAddress: TEXT_LIMITS.short, adjustments: TEXT_LIMITS.short } as const;

/**
 * A complainant as the contract gives one: intake takes it with a submission, casework with a contact restriction on
 * someone who has no complaint yet. One class, so that both subgraphs declare the same input and validate it alike.
 */
@InputType()
export class ComplainantInput {
  @Field(() => ComplainantType) type!: ComplainantType;
  @Field(() => String) @RequiredText(PERSON_LIMITS.name) name!: string;
  @Field(() => String, { nullable: true }) @EmailAddress() email?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(PERSON_LIMITS.phone) phone?: string | null;
  @Field(() => String, { nullable: true }) @OptionalText(PERSON_LIMITS.postalAddress) postalAddress?: string | null;
  @Field(() => ContactPreference, { nullable: true, description: 'How they would like the council to contact them' })
  contactPreference?: ContactPreference | null;
  @Field(() => String, { nullable: true, description: 'Reasonable adjustments asked for, e.g. "large print", "phone me, no letters"' })
  @OptionalText(PERSON_LIMITS.adjustments)
  adjustments?: string | null;
}
