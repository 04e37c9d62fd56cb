import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IntakeContext } from '../intake.context';
import { EscalationRequestResult, RequestEscalationArgs } from './escalation.types';
import { requestEscalation } from './request-escalation';

@Resolver()
export class EscalationResolver {
  @Mutation(() => EscalationRequestResult, { description: 'Ask for the next stage: the resident with reference and email, or staff' })
  requestEscalation(
    @Args(() => RequestEscalationArgs) { input }: RequestEscalationArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<EscalationRequestResult> {
    return requestEscalation(ctx.em, input, ctx.auth.staff, ctx.now());
  }
}
