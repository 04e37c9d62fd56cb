import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@redress/platform';
import { ComplainantView } from '../cases/case.types';
import { recordReasonableAdjustment, setContactPreference } from './adjustments';
import type { Complainant } from './complainant.entity';
import {
  ContactRestrictionView,
  LiftContactRestrictionArgs,
  ReasonableAdjustmentView,
  RecordReasonableAdjustmentArgs,
  RestrictContactArgs,
  SetContactPreferenceArgs,
} from './complainant.types';
import type { ContactRestriction } from './contact-restriction.entity';
import { adjustmentsOf, isRestricted } from './person-loader';
import { liftContactRestriction, restrictContact } from './restrict-contact';

const restrictionView = (r: ContactRestriction): ContactRestrictionView => ({
  id: r.id,
  complainantId: r.complainantId,
  reason: r.reason,
  restrictions: r.restrictions,
  allowedMethods: [...r.allowedMethods],
  singlePointOfContactId: r.singlePointOfContactId,
  reviewOn: r.reviewOn,
  endsOn: r.endsOn,
  liftedAt: r.liftedAt,
  liftReason: r.liftReason,
  letter: r.letter,
});

/** The person as the contract's Complainant (restricted and adjustments are read by the field resolvers below). */
export const complainantView = (p: Complainant): ComplainantView => ({
  id: p.id,
  type: p.type,
  name: p.name,
  email: p.email,
  phone: p.phone,
  postalAddress: p.postalAddress,
  contactPreference: p.contactPreference,
});

@Resolver(() => ComplainantView)
export class ComplainantResolver {
  @FieldResolver(() => Boolean, { description: 'Under an unreasonable-behaviour contact restriction in force (not lifted, not ended)' })
  restricted(@Root() person: ComplainantView, @Ctx() ctx: RequestContext): Promise<boolean> {
    return isRestricted(ctx, person.id);
  }

  @FieldResolver(() => [ReasonableAdjustmentView], { description: 'Reasonable adjustments recorded (Code s.5), oldest first' })
  async adjustments(@Root() person: ComplainantView, @Ctx() ctx: RequestContext): Promise<ReasonableAdjustmentView[]> {
    return (await adjustmentsOf(ctx, person.id)).map((a) => ({
      id: a.id,
      kind: a.kind,
      need: a.need,
      recordedAt: a.recordedAt,
      reviewOn: a.reviewOn,
    }));
  }

  @Mutation(() => ContactRestrictionView, {
    description:
      'Unreasonable behaviour: restrict contact with someone on record (complainantId) or not yet (person), with the methods ' +
      'the council still uses, a single point of contact, a review date and an end; writes the restriction letter',
  })
  async restrictContact(
    @Args(() => RestrictContactArgs) { input }: RestrictContactArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactRestrictionView> {
    return restrictionView(await restrictContact(ctx, input));
  }

  @Mutation(() => ContactRestrictionView, { description: 'Lift a contact restriction, with the reason' })
  async liftContactRestriction(
    @Args(() => LiftContactRestrictionArgs) { id, reason }: LiftContactRestrictionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactRestrictionView> {
    return restrictionView(await liftContactRestriction(ctx, id, reason));
  }

  @Mutation(() => ComplainantView, {
    description: 'Record a reasonable adjustment the complainant needs, and when to review it (Code s.5)',
  })
  async recordReasonableAdjustment(
    @Args(() => RecordReasonableAdjustmentArgs) args: RecordReasonableAdjustmentArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplainantView> {
    return complainantView(await recordReasonableAdjustment(ctx, args));
  }

  @Mutation(() => ComplainantView, {
    description: 'How the complainant prefers to be contacted; TELEPHONE: their handler is asked to phone',
  })
  async setContactPreference(
    @Args(() => SetContactPreferenceArgs) { complainantId, preference }: SetContactPreferenceArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplainantView> {
    return complainantView(await setContactPreference(ctx, complainantId, preference));
  }
}
