import { Kind } from 'graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
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

/** Whether the query asks for `field` of the items of the list being resolved (directly or through a fragment). */
function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

@Resolver(() => CaseMessagesRef)
export class CaseMessagesResolver {
  @FieldResolver(() => [CaseMessageView], {
    nullable: true,
    description: 'What was sent to whom, oldest first (communications; null while it is unavailable)',
  })
  async messages(
    @Root() c: CaseMessagesRef,
    @Ctx() ctx: CommunicationsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseMessageView[]> {
    const staff = signedInStaff(ctx.auth);
    // Only the caller's council's: another council's case has no messages to them. A letter's PDF is loaded only when
    // asked for; it is read under the same audit row as the rest of the message.
    const found = await ctx.em.find(
      Message,
      { reference: c.reference, councilId: staff.council },
      { orderBy: { createdAt: 'asc', id: 'asc' }, populate: asksFor(info, 'letterPdf') ? ['letterPdf'] : [] },
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
