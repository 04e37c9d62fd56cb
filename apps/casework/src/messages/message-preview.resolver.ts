import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { CaseworkContext } from '../casework.context';
import { MessagePreviewView, PreviewMessageArgs } from './message-preview.types';
import { previewMessage } from './preview-message';

@Resolver(() => MessagePreviewView)
export class MessagePreviewResolver {
  @Query(() => MessagePreviewView, {
    description: 'A message to the customer as it would be sent if you took its action now (the shared templates): check it before you act',
  })
  previewMessage(
    @Args(() => PreviewMessageArgs) { caseId, kind }: PreviewMessageArgs,
    @Ctx() ctx: CaseworkContext,
  ): Promise<MessagePreviewView> {
    return previewMessage(ctx, caseId, kind);
  }
}
