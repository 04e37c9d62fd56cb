import { Args, ArgsType, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AlertKind } from '@redress/policy';
import { UuidOf, notFound, signedInStaff } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import { StaffAlert } from './staff-alert.entity';

@ObjectType('StaffAlert', { description: 'Something a member of staff must know or do: a reminder, a breach, a decision due' })
export class StaffAlertView {
  @Field(() => ID) id!: string;
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => String) message!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ArgsType()
export class MyAlertsArgs {
  @Field(() => Boolean, { defaultValue: true, description: 'Only alerts not yet marked read' }) unreadOnly: boolean = true;
}

@ArgsType()
export class MarkAlertReadArgs {
  @Field(() => ID) @UuidOf('alert') id!: string;
}

const view = (a: StaffAlert): StaffAlertView => ({
  id: a.id,
  kind: a.kind,
  caseId: a.caseId,
  reference: a.reference,
  message: a.message,
  createdAt: a.createdAt,
  readAt: a.readAt,
});

/** Each member of staff reads their own alerts, of their own council, newest first. */
@Resolver()
export class StaffAlertResolver {
  @Query(() => [StaffAlertView], { description: 'Your alerts, newest first (unread only unless unreadOnly: false)' })
  async myAlerts(@Args(() => MyAlertsArgs) { unreadOnly }: MyAlertsArgs, @Ctx() ctx: RequestContext): Promise<StaffAlertView[]> {
    const staff = signedInStaff(ctx.auth);
    const alerts = await ctx.em.find(
      StaffAlert,
      { recipientId: staff.sub, councilId: staff.council, ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 500 },
    );
    return alerts.map(view);
  }

  @Mutation(() => StaffAlertView, { description: 'Mark one of your alerts read (again: no change)' })
  async markAlertRead(@Args(() => MarkAlertReadArgs) { id }: MarkAlertReadArgs, @Ctx() ctx: RequestContext): Promise<StaffAlertView> {
    const staff = signedInStaff(ctx.auth);
    const alert = await ctx.em.findOne(StaffAlert, { id, recipientId: staff.sub, councilId: staff.council });
    if (!alert) throw notFound(`You have no alert ${id}.`);
    if (!alert.readAt) {
      alert.readAt = ctx.now();
      await ctx.em.flush();
    }
    return view(alert);
  }
}
