import { Args, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { DateScalar } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import { RestrictContactArgs } from './complainant.types';
import { restrictContact } from './restrict-contact';

@ObjectType('ContactRestriction')
export class ContactRestrictionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) complainantId!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) restrictions!: string;
  @Field(() => ID) singlePointOfContactId!: string;
  @Field(() => DateScalar) reviewOn!: string;
}

@Resolver()
export class ComplainantResolver {
  @Mutation(() => ContactRestrictionView, {
    description: 'Unreasonable behaviour: restrict contact, with a single point of contact and a review date',
  })
  async restrictContact(
    @Args(() => RestrictContactArgs) { input }: RestrictContactArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactRestrictionView> {
    const r = await restrictContact(ctx, input);
    return {
      id: r.id,
      complainantId: r.complainantId,
      reason: r.reason,
      restrictions: r.restrictions,
      singlePointOfContactId: r.singlePointOfContactId,
      reviewOn: r.reviewOn,
    };
  }
}
