import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { COUNCIL_POLICIES } from '@redress/policy';
import { audit, signedInStaff } from '@redress/platform';
import type { RequestContext } from '@redress/platform';
import type { Mailer } from './mailer';
import { Message } from './message.entity';
import { CaseMessageView, CaseMessagesRef, ResendMessageArgs, toCaseMessage } from './message.types';
import { resendMessage } from './resend-message';

/** The subgraph's context: the platform's, with the mail transport (SMTP_URL) and the senders (MAIL_FROM). */
export interface CommunicationsContext extends RequestContext {
  mailer: Mailer;
  mailFrom: Readonly<Record<string, string>>;
}

@Resolver(() => CaseMessagesRef)
export class CaseMessagesResolver {
  @FieldResolver(() => [CaseMessageView], {
    nullable: true,
    description: 'What was sent to whom, oldest first (communications; null while it is unavailable)',
  })
  async messages(@Root() c: CaseMessagesRef, @Ctx() ctx: CommunicationsContext): Promise<CaseMessageView[]> {
    const staff = signedInStaff(ctx.auth);
    // Only the caller's council's: another council's case has no messages to them.
    const found = await ctx.em.find(
      Message,
      { reference: c.reference, councilId: staff.council },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    await audit(
      ctx.em,
      staff,
      'READ_MESSAGES',
      found.map((m) => m.id),
      ctx.now(),
    );
    return found.map(toCaseMessage);
  }
}

@Resolver()
export class ResendMessageResolver {
  @Mutation(() => CaseMessageView, { description: 'Send an email again (audited): a new attempt to the same address' })
  async resendMessage(
    @Args(() => ResendMessageArgs) { messageId }: ResendMessageArgs,
    @Ctx() ctx: CommunicationsContext,
  ): Promise<CaseMessageView> {
    const staff = signedInStaff(ctx.auth);
    const m = await resendMessage(ctx.em, { mailer: ctx.mailer, config: { mailFrom: ctx.mailFrom }, now: ctx.now }, staff, messageId);
    return toCaseMessage(m);
  }
}

/** The council a reference belongs to, by its prefix (`HDC-…` is Hart's): each council's prefix is its own. */
const councilOfReference = (reference: string): string | null =>
  COUNCIL_POLICIES.find((p) => reference.toUpperCase().startsWith(`${p.referencePrefix.toUpperCase()}-`))?.councilId ?? null;

export const caseMessagesReference = {
  Case: {
    // Another council's case reads exactly like a missing one, here as in casework.
    __resolveReference: (ref: { reference: string }, ctx: CommunicationsContext): CaseMessagesRef | null => {
      const owner = councilOfReference(ref.reference);
      return owner && owner !== signedInStaff(ctx.auth).council ? null : { reference: ref.reference };
    },
  },
};
